package org.psnmf.engine.psnmf;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.nmf.NmfResult;

/**
 * Outcome of {@link Psnmf#run}.
 *
 * @param spectra       final W: the binned-stage spectra divided by b² (the count level of one original pixel), k x
 *                      channels
 * @param maps          final H at full resolution, k x (width·height), from the seeded stage
 * @param binned        the first NMF on the binned image (its spectra are at the binned count level)
 * @param full          the seeded NMF on the original image
 * @param bin           b
 * @param binnedWidth   width of the binned image
 * @param binnedHeight  height of the binned image
 * @param binSeconds    seconds spent binning
 * @param binnedSeconds seconds of the first NMF
 * @param fullSeconds   seconds of the seeded NMF
 * @param decision      how b was chosen ({@code b = auto}), null when b was given
 * @param chooseSeconds seconds spent choosing b (b = auto) or on the coarse-to-fine steps above b (multiscale)
 */
public record PsnmfResult(double[][] spectra, double[][] maps, NmfResult binned, NmfResult full, int bin,
        int binnedWidth, int binnedHeight, double binSeconds, double binnedSeconds, double fullSeconds, BinDecision decision,
        double chooseSeconds) {

    /** @return total seconds of all stages */
    public double seconds() {
        return chooseSeconds + binSeconds + binnedSeconds + fullSeconds;
    }

    /** @return the fused model W·H at full resolution (arrays shared) */
    public FactoredSpectrumImage toImage(int width, int height, EnergyAxis axis, AcquisitionInfo info) {
        return new FactoredSpectrumImage(width, height, axis, info, spectra, maps);
    }
}
