package org.psnmf.engine.psnmf;

import org.psnmf.engine.binning.Binning;
import org.psnmf.engine.binning.EdgePolicy;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.nmf.NmfResult;
import org.psnmf.engine.nmf.PoissonNmf;
import org.psnmf.engine.progress.Progress;

/**
 * Coarse-to-fine seeding across bin factors (multi-scale PSNMF): the binned fit at the coarsest b starts from the
 * usual initialisation; every finer b starts from the previous fit, its spectra scaled to the finer bin's count level
 * ((b / b_prev)²) and its maps carried to the finer grid. A coarse bin has the best spectral SNR and an easy
 * optimisation landscape; the finer fits then only have to resolve what the coarse bins mixed (small grains), and
 * converge in few iterations.
 */
final class BinLadder {

    /**
     * A binned fit.
     *
     * @param bin          b
     * @param binnedWidth  width of the binned image (drop edge policy)
     * @param binnedHeight height of the binned image
     * @param fit          the NMF of the binned image (spectra at the count level of one bin)
     * @param nnz          non-zeros of the binned image
     */
    record Stage(int bin, int binnedWidth, int binnedHeight, NmfResult fit, long nnz) {
    }

    private BinLadder() {
    }

    /**
     * Fits the image binned b x b, starting from {@code previous} (a fit at another b) or, when it is null, from
     * {@code base}'s initialisation.
     *
     * @param countScale expected counts of {@code img} over those of the image {@code previous} was fitted on (1 for
     *                   the same image)
     */
    static Stage fit(SparseSpectrumImage img, int b, NmfOptions base, Stage previous, double countScale,
            Upsampling up, Progress progress) {
        SparseSpectrumImage binned = Binning.spatial(img, b, EdgePolicy.DROP, null).image();
        NmfOptions o = base;
        if (previous != null) {
            double s = countScale * ((double) b * b) / ((double) previous.bin() * previous.bin());
            double[][] w = scaled(previous.fit().spectra(), s);
            double[][] h = regrid(previous.fit().maps(), previous.binnedWidth(), previous.binnedHeight(),
                    previous.bin(), img.width(), img.height(), b, up);
            o = base.toBuilder().initial(w, h).restarts(1).build();
        }
        NmfResult r = PoissonNmf.fit(binned, o, progress);
        return new Stage(b, binned.width(), binned.height(), r, binned.nnz());
    }

    static double[][] scaled(double[][] spectra, double s) {
        double[][] out = new double[spectra.length][];
        for (int j = 0; j < spectra.length; j++) {
            out[j] = spectra[j].clone();
            for (int c = 0; c < out[j].length; c++) {
                out[j][c] *= s;
            }
        }
        return out;
    }

    /**
     * Carries maps from the grid of b_from bins to the grid of b_to bins of the same {@code width x height} image: up
     * to the pixel grid, then the mean over each b_to x b_to bin (means of convex weights: sums to one stay one).
     */
    static double[][] regrid(double[][] maps, int fromWidth, int fromHeight, int bFrom, int width, int height, int bTo,
            Upsampling up) {
        int tw = width / bTo;
        int th = height / bTo;
        double[][] out = new double[maps.length][tw * th];
        double inv = 1.0 / ((double) bTo * bTo);
        for (int j = 0; j < maps.length; j++) {
            double[] full = up.apply(maps[j], fromWidth, fromHeight, bFrom, width, height);
            double[] o = out[j];
            for (int y = 0; y < th * bTo; y++) {
                int row = (y / bTo) * tw;
                for (int x = 0; x < tw * bTo; x++) {
                    o[row + x / bTo] += full[y * width + x] * inv;
                }
            }
        }
        return out;
    }
}
