package org.psnmf.engine.io.msa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.AtomicOutput;

/**
 * Writes one spectrum as an EMSA/MAS file (ISO 22029), e.g. a sum spectrum or an NMF component spectrum.
 *
 * <p>Layout: {@code #KEYWORD    : value} lines with CR LF endings (the keyword padded to 12 characters, as HyperSpy
 * writes it), {@code DATATYPE Y}, one value per line, energy axis in keV ({@code #XUNITS keV}, {@code #OFFSET} =
 * energy of channel 0, {@code #XPERCHAN}), {@code #SIGNALTYPE EDS}. Known metadata: {@code #BEAMKV -kV},
 * {@code #LIVETIME -s}, {@code #ELEVANGLE-dg}, {@code #FWHMMNKA-eV}. Integer values are written without decimals,
 * others with the shortest text that reads back to the same double. HyperSpy reads the file as an EDS Signal1D with
 * the same values and axis. The file is written atomically.
 */
public final class MsaWriter {

    private MsaWriter() {
    }

    /**
     * Writes the sum spectrum of {@code img} with its axis and metadata; its live time is the per-pixel live time
     * times the number of pixels summed (as HyperSpy does when it sums a spectrum image).
     */
    public static void writeSum(SpectrumImage img, Path out, boolean overwrite) throws IOException {
        String title = img.info().title().isBlank() ? "Sum spectrum" : "Sum spectrum of " + img.info().title();
        AcquisitionInfo info = img.info().withLiveTimePerPixelS(img.info().liveTimePerPixelS() * img.pixels());
        write(img.sumSpectrum(), img.energyAxis(), info, title, out, overwrite);
    }

    /**
     * @param spectrum  values per channel; Not modified
     * @param axis      energy axis, channels == spectrum.length
     * @param info      metadata (unknown values are left out); may be null
     * @param title     the #TITLE, cut to the standard's 64 characters
     * @param out       target file
     * @param overwrite replace an existing file
     */
    public static void write(double[] spectrum, EnergyAxis axis, AcquisitionInfo info, String title, Path out,
            boolean overwrite) throws IOException {
        if (spectrum.length != axis.channels()) {
            throw new IllegalArgumentException("Spectrum has " + spectrum.length + " values but the energy axis has "
                    + axis.channels() + " channels.");
        }
        for (int i = 0; i < spectrum.length; i++) {
            if (!Double.isFinite(spectrum[i])) {
                throw new IllegalArgumentException("Spectrum value " + spectrum[i] + " at channel " + i
                        + " is not finite and cannot be written.");
            }
        }
        AcquisitionInfo a = info == null ? AcquisitionInfo.UNKNOWN : info;
        StringBuilder sb = new StringBuilder();
        line(sb, "FORMAT", "EMSA/MAS Spectral Data File");
        line(sb, "VERSION", "1.0");
        String t = clean(title == null ? a.title() : title);
        // the standard limits TITLE to 64 characters (continuation lines would lose spaces at the break)
        line(sb, "TITLE", t.length() > 64 ? t.substring(0, 64).strip() : t);
        line(sb, "DATE", "");
        line(sb, "TIME", "");
        line(sb, "OWNER", "");
        line(sb, "NPOINTS", Integer.toString(spectrum.length));
        line(sb, "NCOLUMNS", "1");
        line(sb, "XUNITS", "keV");
        line(sb, "YUNITS", "counts");
        line(sb, "DATATYPE", "Y");
        line(sb, "XPERCHAN", num(axis.scaleKeV()));
        line(sb, "OFFSET", num(axis.offsetKeV()));
        line(sb, "SIGNALTYPE", "EDS");
        line(sb, "XLABEL", "Energy");
        line(sb, "YLABEL", "X-rays");
        if (Double.isFinite(a.beamEnergyKv())) {
            line(sb, "BEAMKV   -kV", num(a.beamEnergyKv()));
        }
        if (Double.isFinite(a.liveTimePerPixelS())) {
            line(sb, "LIVETIME  -s", num(a.liveTimePerPixelS()));
        }
        if (Double.isFinite(a.takeOffAngleDeg())) {
            line(sb, "ELEVANGLE-dg", num(a.takeOffAngleDeg()));
        }
        if (Double.isFinite(a.energyResolutionMnKaEv())) {
            line(sb, "FWHMMNKA-eV", num(a.energyResolutionMnKaEv()));
        }
        line(sb, "COMMENT", "Written by PSNMF");
        line(sb, "SPECTRUM", "Spectral Data Starts Here");
        for (double v : spectrum) {
            sb.append(num(v)).append("\r\n");
        }
        sb.append(String.format(Locale.ROOT, "#%-12s: %s\r\n", "ENDOFDATA", "End Of Data and File"));
        try (AtomicOutput o = AtomicOutput.open(out, overwrite)) {
            o.stream().write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
            o.commit();
        }
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(String.format(Locale.ROOT, "#%-12s: %s\r\n", key, value));
    }

    /** Integers without decimals, other values in the shortest round-trip form. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** HyperSpy splits header lines at ": ", so a value must not contain it; no line breaks either. */
    private static String clean(String s) {
        return s.replace("\r", " ").replace("\n", " ").replace(": ", " - ").strip();
    }
}
