package org.psnmf.engine.psnmf;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.metrics.PoissonDeviance;
import org.psnmf.engine.progress.Progress;

/**
 * One step of the aid to choose the binning factor b: run PSNMF with a given b and score it by the Poisson deviance
 * of the final model on the original counts and by how far its spectra moved from those of the previous b (mean and
 * largest spectral angle after optimal matching). Pick b where the spectra stop changing while the deviance stays low.
 * Used by {@code psnmf sweep-bin} and the Choose Binning Factor node.
 */
public final class BinSweep {

    /**
     * @param meanAngleDeg mean spectral angle to the previous b's matched spectra, degrees (NaN for the first b)
     * @param maxAngleDeg  largest of those angles (NaN for the first b)
     * @param spectra      this b's spectra (pass to the next step)
     */
    public record Row(int bin, int binnedWidth, int binnedHeight, double deviance, double meanAngleDeg,
            double maxAngleDeg, double seconds, double[][] spectra) {
    }

    private BinSweep() {
    }

    /**
     * @param img      original counts; Not modified
     * @param options  PSNMF settings including b
     * @param previous spectra of the previous b, or null for the first one; Not modified
     * @throws IllegalArgumentException if b does not fit the image (see {@link Psnmf#run})
     */
    public static Row evaluate(SparseSpectrumImage img, PsnmfOptions options, double[][] previous,
            Progress progress) {
        PsnmfResult r = Psnmf.run(img, options, progress);
        double deviance = PoissonDeviance.of(img, r.toImage(img.width(), img.height(), img.energyAxis(), img.info()));
        double mean = Double.NaN;
        double max = Double.NaN;
        if (previous != null) {
            double[] a = ComponentMatching.angles(r.spectra(), previous);
            double sum = 0;
            max = 0;
            for (double v : a) {
                sum += v;
                max = Math.max(max, v);
            }
            mean = sum / a.length;
        }
        return new Row(r.bin(), r.binnedWidth(), r.binnedHeight(), deviance, mean, max, r.seconds(), r.spectra());
    }
}
