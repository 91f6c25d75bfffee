package org.psnmf.engine.psnmf;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.nmf.NmfResult;
import org.psnmf.engine.nmf.PoissonNmf;

/**
 * Abundances of a sample of pixels with the spectra held fixed (convex, each pixel on its own, no smoothness), and
 * the Poisson deviance of each pixel: the score of {@link BinChoice} and the input of {@link PurePixels}.
 */
final class PixelFit {

    /** Iterations of the fixed-spectra abundance fit. */
    static final int ITERATIONS = 100;

    private PixelFit() {
    }

    /**
     * @param sample pixels as a 1-row image; Not modified
     * @param w      spectra at the count level of one pixel of {@code sample}, k x channels; Not modified
     * @param h0     starting abundances, k x sample pixels (floored so that every abundance can move); Not modified
     * @return H, k x sample pixels
     */
    static double[][] abundances(SparseSpectrumImage sample, double[][] w, double[][] h0, NmfOptions base) {
        int k = w.length;
        double[][] h = new double[k][];
        for (int j = 0; j < k; j++) {
            h[j] = h0[j].clone();
            for (int i = 0; i < h[j].length; i++) {
                // multiplicative updates cannot move an abundance that starts at exactly 0
                h[j][i] = Math.max(h[j][i], 1e-4);
            }
        }
        NmfOptions o = base.toBuilder().initial(w, h).restarts(1).spectraMode(NmfOptions.SpectraMode.FIXED)
                .smoothness(0).maxIterations(ITERATIONS).tolerance(1e-6).wallTimeSeconds(Double.POSITIVE_INFINITY)
                .build();
        NmfResult r = PoissonNmf.fit(sample, o, null);
        return r.maps();
    }

    /** @return the Poisson deviance 2 Σ_c (y log(y/m) − y + m) of each pixel of {@code sample} under W·H */
    static double[] deviance(SparseSpectrumImage sample, double[][] w, double[][] h) {
        int k = w.length;
        int n = sample.pixels();
        double[] colSum = new double[k];
        for (int j = 0; j < k; j++) {
            for (double v : w[j]) {
                colSum[j] += v;
            }
        }
        SparseSpectrumImage.Cursor cur = sample.cursor();
        double[] out = new double[n];
        for (int p = 0; p < n; p++) {
            double m = 0;
            for (int j = 0; j < k; j++) {
                m += colSum[j] * h[j][p];
            }
            double s = m;
            int nz = cur.moveTo(p);
            for (int i = 0; i < nz; i++) {
                int c = cur.channel(i);
                double mc = 0;
                for (int j = 0; j < k; j++) {
                    mc += w[j][c] * h[j][p];
                }
                double y = cur.count(i);
                s += y * Math.log(y / Math.max(mc, 1e-300)) - y;
            }
            out[p] = 2 * s;
        }
        return out;
    }
}
