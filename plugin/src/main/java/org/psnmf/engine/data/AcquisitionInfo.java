package org.psnmf.engine.data;

import java.util.List;

/**
 * Acquisition metadata of a spectrum image. Unknown numbers are {@code NaN}, unknown strings empty.
 *
 * @param beamEnergyKv           primary beam energy, kV
 * @param liveTimePerPixelS      detector live time per pixel, s (binning b x b multiplies it by b^2)
 * @param energyResolutionMnKaEv detector FWHM at Mn K-alpha (5.899 keV), eV
 * @param takeOffAngleDeg        X-ray take-off angle, degrees
 * @param pixelSize              spatial size of one pixel in {@code pixelUnits} (NaN if unknown)
 * @param pixelUnits             unit of {@code pixelSize}, e.g. "nm"
 * @param elements               element symbols recorded with the data (may be empty)
 * @param title                  a short title
 * @param sourceFile             file it was read from (empty if synthetic)
 */
public record AcquisitionInfo(double beamEnergyKv, double liveTimePerPixelS, double energyResolutionMnKaEv,
        double takeOffAngleDeg, double pixelSize, String pixelUnits, List<String> elements, String title,
        String sourceFile) {

    /** Metadata with nothing known. */
    public static final AcquisitionInfo UNKNOWN = new AcquisitionInfo(Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, "", List.of(), "", "");

    public AcquisitionInfo {
        elements = List.copyOf(elements == null ? List.of() : elements);
        pixelUnits = pixelUnits == null ? "" : pixelUnits;
        title = title == null ? "" : title;
        sourceFile = sourceFile == null ? "" : sourceFile;
    }

    public AcquisitionInfo withBeamEnergyKv(double v) {
        return new AcquisitionInfo(v, liveTimePerPixelS, energyResolutionMnKaEv, takeOffAngleDeg, pixelSize, pixelUnits,
                elements, title, sourceFile);
    }

    public AcquisitionInfo withLiveTimePerPixelS(double v) {
        return new AcquisitionInfo(beamEnergyKv, v, energyResolutionMnKaEv, takeOffAngleDeg, pixelSize, pixelUnits,
                elements, title, sourceFile);
    }

    public AcquisitionInfo withEnergyResolutionMnKaEv(double v) {
        return new AcquisitionInfo(beamEnergyKv, liveTimePerPixelS, v, takeOffAngleDeg, pixelSize, pixelUnits,
                elements, title, sourceFile);
    }

    public AcquisitionInfo withPixelSize(double size, String units) {
        return new AcquisitionInfo(beamEnergyKv, liveTimePerPixelS, energyResolutionMnKaEv, takeOffAngleDeg, size, units,
                elements, title, sourceFile);
    }

    public AcquisitionInfo withElements(List<String> v) {
        return new AcquisitionInfo(beamEnergyKv, liveTimePerPixelS, energyResolutionMnKaEv, takeOffAngleDeg, pixelSize,
                pixelUnits, v, title, sourceFile);
    }

    public AcquisitionInfo withTitle(String v) {
        return new AcquisitionInfo(beamEnergyKv, liveTimePerPixelS, energyResolutionMnKaEv, takeOffAngleDeg, pixelSize,
                pixelUnits, elements, v, sourceFile);
    }

    public AcquisitionInfo withSourceFile(String v) {
        return new AcquisitionInfo(beamEnergyKv, liveTimePerPixelS, energyResolutionMnKaEv, takeOffAngleDeg, pixelSize,
                pixelUnits, elements, title, v);
    }

    public AcquisitionInfo withTakeOffAngleDeg(double v) {
        return new AcquisitionInfo(beamEnergyKv, liveTimePerPixelS, energyResolutionMnKaEv, v, pixelSize, pixelUnits,
                elements, title, sourceFile);
    }
}
