package org.psnmf.engine.psnmf;

import java.util.Arrays;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.nmf.NmfOptions;

/**
 * Pure-pixel refinement of the spectra, the remedy for the rotational ambiguity of NMF. With sum-to-one abundances,
 * any simplex of spectra that encloses the data fits them equally well; multiplicative updates often stop at one
 * whose vertex lies beyond the purest pixels of a phase (measured on the espm rock image: the garnet component's
 * largest full-resolution abundance was 0.88, its spectrum 11° from the truth, at every b). Where a phase has pure
 * pixels, its true spectrum is the model spectrum of those pixels. So each round fits the abundances of a sample of
 * full-resolution pixels with the spectra fixed ({@link PixelFit}), takes for each component j the mean abundance
 * vector c_j of its purest pixels (the top 0.5 %, at least 20) and moves the vertex there: W'_j = Σ_i c_ji W_i, a
 * convex combination, so the model stays non-negative and sums still sum to one. A vertex that already sits at its
 * purest pixels (c_j ≈ e_j) does not move.
 */
final class PurePixels {

    /** Refinement rounds. */
    static final int ROUNDS = 3;
    /** Pixels sampled (seeded, uniform; the fit is per pixel). */
    static final int SAMPLE = 16384;

    private PurePixels() {
    }

    /**
     * @param img counts at full resolution; Not modified
     * @param w   spectra at the count level of one pixel, k x channels; Not modified
     * @param h   abundances at full resolution to start from (e.g. the upsampled binned maps), k x pixels; Not
     *            modified
     * @return the refined spectra (new arrays)
     */
    static double[][] refine(SparseSpectrumImage img, double[][] w, double[][] h, NmfOptions base) {
        int k = w.length;
        if (k < 2) {
            return BinLadder.scaled(w, 1);
        }
        int[] px = Thinning.samplePixels(img.pixels(), SAMPLE, base.seed() + 17);
        SparseSpectrumImage sample = Thinning.pixelsOf(img, px);
        double[][] hs = new double[k][px.length];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < px.length; i++) {
                hs[j][i] = h[j][px[i]];
            }
        }
        double[][] cur = BinLadder.scaled(w, 1);
        int top = Math.max(20, px.length / 200);
        for (int round = 0; round < ROUNDS; round++) {
            hs = PixelFit.abundances(sample, cur, hs, base);
            double[][] c = new double[k][k];
            Integer[] order = new Integer[px.length];
            for (int j = 0; j < k; j++) {
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                final double[] hj = hs[j];
                // ties broken by index, so the choice is deterministic
                Arrays.sort(order, (a, b) -> hj[a] != hj[b] ? Double.compare(hj[b], hj[a]) : Integer.compare(a, b));
                int t = Math.min(top, order.length);
                for (int q = 0; q < t; q++) {
                    for (int i = 0; i < k; i++) {
                        c[j][i] += hs[i][order[q]] / t;
                    }
                }
            }
            double[][] next = new double[k][cur[0].length];
            double moved = 0;
            for (int j = 0; j < k; j++) {
                moved = Math.max(moved, 1 - c[j][j]);
                for (int i = 0; i < k; i++) {
                    double cji = c[j][i];
                    double[] src = cur[i];
                    double[] dst = next[j];
                    for (int ch = 0; ch < dst.length; ch++) {
                        dst[ch] += cji * src[ch];
                    }
                }
            }
            cur = next;
            if (moved < 1e-3) {
                break;
            }
        }
        return cur;
    }
}
