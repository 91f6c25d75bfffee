package org.psnmf.engine.nmf;

import java.util.Arrays;

import org.psnmf.engine.data.SparseSpectrumImage;

/**
 * The multiplicative-update loops of {@link PoissonNmf}, evaluated only at the stored non-zeros.
 *
 * <p>Layout (chosen so that the inner loops read contiguous memory): {@code w[c * k + j]} (channel-major W) and
 * {@code h[p * k + j]} (pixel-major H). One {@link #sweep} visits every pixel once; per pixel it gathers the W rows of
 * the pixel's non-zero channels into a small buffer, runs {@code inner} abundance updates on it (W fixed, so the
 * buffer stays in cache), then with the new abundances accumulates the W numerator {@code sum_p y/m · h} and
 * optionally the objective. Pixels are split into a fixed list of blocks (independent of the thread count); each
 * block owns its partial sums, which {@link #sweep} adds up in block order: the result is bit-identical for any
 * number of threads.
 *
 * <p>Abundance update of pixel p (Lee–Seung majorise–minimise step, Févotte &amp; Idier 2011), with
 * {@code a_j = h_j · sum_c W[c][j] y_c / m_c} and {@code s_j = sum_c W[c][j]}:
 * <ul>
 * <li>free, no smoothness: {@code h_j = a_j / s_j};</li>
 * <li>sum-to-one: {@code h_j = a_j / (s_j + λ)} with the multiplier λ solved (safeguarded Newton, bracketed) so that
 * {@code sum_j h_j = 1} exactly; this is the exact minimiser of the Jensen auxiliary function on the simplex, so the
 * objective still never increases (espm's simplex update);</li>
 * <li>smoothness μ &gt; 0: the Laplacian term is majorised by the separable bound
 * {@code (h_p − h_q)² ≤ 2(h_p − m)² + 2(h_q − m)²}, {@code m} = mean of the previous values, which turns each
 * stationarity condition into {@code α h² + (s_j + λ − 2μ M_j) h − a_j = 0} (α = 2μ·neighbours, M_j = sum of the
 * neighbour-pair means); its positive root is used. Neighbour values come from a copy of H taken before the sweep,
 * so the update is deterministic.</li>
 * </ul>
 * Floor against zero-locking: after each update {@code h ≥ floorH} and {@code W ≥ floorW} (1e-10 times the initial
 * mean entry), because a multiplicative update can never move an entry that reached exactly 0. The floor's effect on
 * the objective is below 1e-9 relative. With sum-to-one, the floored vector is renormalised to sum exactly one.
 */
final class KlKernel {

    final SparseSpectrumImage img;
    final int width;
    final int pixels;
    final int channels;
    final int k;
    final double[] w;
    final double[] h;
    final double[] wsum;
    final boolean sumToOne;
    final double mu;
    final double floorW;
    final double floorH;
    private final BlockRunner runner;
    private final int[] blockStart;
    private final double[][] wnumPart;
    private final double[][] hsumPart;
    private final double[] objPart;
    private final double[] wnum;
    private final double[] hsum;
    private final int maxNnz;
    private double[] hOld;

    KlKernel(SparseSpectrumImage img, int k, boolean sumToOne, double mu, double[] w, double[] h, BlockRunner runner) {
        this.img = img;
        this.width = img.width();
        this.pixels = img.pixels();
        this.channels = img.channels();
        this.k = k;
        this.w = w;
        this.h = h;
        this.sumToOne = sumToOne;
        this.mu = mu;
        this.runner = runner;
        this.wsum = new double[k];
        double mw = 0;
        for (double v : w) {
            mw += v;
        }
        double mh = 0;
        for (double v : h) {
            mh += v;
        }
        floorW = Math.max(1e-10 * mw / w.length, Double.MIN_NORMAL);
        floorH = Math.max(1e-10 * mh / h.length, Double.MIN_NORMAL);
        // fixed partition: about 64 blocks of at least 64 pixels, capped so that the partial W numerators stay small
        int cap = (int) Math.max(1, Math.min(64, (1L << 24) / ((long) channels * k)));
        int size = Math.max(64, (pixels + cap - 1) / cap);
        int nb = (pixels + size - 1) / size;
        blockStart = new int[nb + 1];
        for (int b = 0; b <= nb; b++) {
            blockStart[b] = Math.min(pixels, b * size);
        }
        wnumPart = new double[nb][];
        hsumPart = new double[nb][k];
        objPart = new double[nb];
        wnum = new double[channels * k];
        hsum = new double[k];
        int mx = 0;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < width; x++) {
                mx = Math.max(mx, img.nnz(x, y));
            }
        }
        maxNnz = mx;
        updateWsum();
    }

    int blocks() {
        return blockStart.length - 1;
    }

    private void updateWsum() {
        Arrays.fill(wsum, 0);
        for (int c = 0; c < channels; c++) {
            for (int j = 0; j < k; j++) {
                wsum[j] += w[c * k + j];
            }
        }
    }

    /**
     * One pass over all pixels.
     *
     * @param inner   abundance updates per pixel (0 = none, evaluation only)
     * @param updateW whether W is updated at the end of the pass (with the new H)
     * @param wantObj whether to return the objective
     * @return the objective D(W_before, H_after) + penalty(H_after) if wanted, else NaN
     */
    double sweep(int inner, boolean updateW, boolean wantObj) {
        if (mu > 0 && inner > 0) {
            hOld = hOld == null ? h.clone() : hOld;
            System.arraycopy(h, 0, hOld, 0, h.length);
        }
        runner.run(blocks(), b -> block(b, inner, updateW, wantObj));
        // deterministic reduction in block order
        Arrays.fill(hsum, 0);
        double obj = 0;
        for (int b = 0; b < blocks(); b++) {
            for (int j = 0; j < k; j++) {
                hsum[j] += hsumPart[b][j];
            }
            obj += objPart[b];
        }
        if (wantObj) {
            for (int j = 0; j < k; j++) {
                obj += hsum[j] * wsum[j];
            }
            obj += penalty();
        }
        if (updateW) {
            Arrays.fill(wnum, 0);
            for (int b = 0; b < blocks(); b++) {
                double[] part = wnumPart[b];
                for (int i = 0; i < wnum.length; i++) {
                    wnum[i] += part[i];
                }
            }
            for (int c = 0; c < channels; c++) {
                for (int j = 0; j < k; j++) {
                    int i = c * k + j;
                    // hsum > 0 always: every h >= floorH
                    w[i] = Math.max(floorW, w[i] * wnum[i] / hsum[j]);
                }
            }
            updateWsum();
        }
        return wantObj ? obj : Double.NaN;
    }

    /** @return (μ/2) · sum over horizontal and vertical neighbour pairs of ||h_p − h_q||² */
    double penalty() {
        if (mu == 0) {
            return 0;
        }
        double s = 0;
        int height = img.height();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = (y * width + x) * k;
                for (int j = 0; j < k; j++) {
                    double v = h[p + j];
                    if (x + 1 < width) {
                        double d = v - h[p + k + j];
                        s += d * d;
                    }
                    if (y + 1 < height) {
                        double d = v - h[p + width * k + j];
                        s += d * d;
                    }
                }
            }
        }
        return 0.5 * mu * s;
    }

    private void block(int b, int inner, boolean updateW, boolean wantObj) {
        double[] wn = null;
        if (updateW) {
            if (wnumPart[b] == null) {
                wnumPart[b] = new double[channels * k];
            }
            wn = wnumPart[b];
            Arrays.fill(wn, 0);
        }
        double[] hs = hsumPart[b];
        Arrays.fill(hs, 0);
        double[] ws = new double[Math.max(1, maxNnz) * k];
        double[] yv = new double[Math.max(1, maxNnz)];
        int[] cw = new int[Math.max(1, maxNnz)];
        double[] num = new double[k];
        double[] a = new double[k];
        double[] nbm = new double[k];
        double obj = 0;
        int height = img.height();
        SparseSpectrumImage.Cursor px = img.cursor();
        for (int p = blockStart[b], end = blockStart[b + 1]; p < end; p++) {
            int y = p / width;
            int x = p - y * width;
            int n = px.moveTo(x, y);
            int hb = p * k;
            for (int i = 0; i < n; i++) {
                // a plain loop: System.arraycopy's call overhead dominates for k of 2-8
                int src = px.channel(i) * k;
                int dst = i * k;
                for (int j = 0; j < k; j++) {
                    ws[dst + j] = w[src + j];
                }
                yv[i] = px.count(i);
                cw[i] = src;
            }
            if (inner > 0 && (n > 0 || mu > 0)) {
                int neighbours = 0;
                if (mu > 0) {
                    Arrays.fill(nbm, 0);
                    neighbours += addNeighbour(nbm, hb, x > 0 ? hb - k : -1);
                    neighbours += addNeighbour(nbm, hb, x + 1 < width ? hb + k : -1);
                    neighbours += addNeighbour(nbm, hb, y > 0 ? hb - width * k : -1);
                    neighbours += addNeighbour(nbm, hb, y + 1 < height ? hb + width * k : -1);
                }
                for (int it = 0; it < inner; it++) {
                    hStep(n, ws, yv, hb, num, a, nbm, neighbours);
                }
            }
            if (updateW) {
                accumulate(n, ws, yv, cw, hb, wn);
            }
            if (wantObj) {
                obj += objective(n, ws, yv, hb);
            }
            for (int j = 0; j < k; j++) {
                hs[j] += h[hb + j];
            }
        }
        objPart[b] = obj;
    }

    private int addNeighbour(double[] nbm, int hb, int qb) {
        if (qb < 0) {
            return 0;
        }
        for (int j = 0; j < k; j++) {
            nbm[j] += 0.5 * (hOld[hb + j] + hOld[qb + j]);
        }
        return 1;
    }

    /** One majorise-minimise abundance update of one pixel (see class comment). */
    private void hStep(int n, double[] ws, double[] yv, int hb, double[] num, double[] a, double[] nbm,
            int neighbours) {
        numerator(n, ws, yv, hb, num);
        for (int j = 0; j < k; j++) {
            a[j] = h[hb + j] * num[j];
        }
        double alpha = 2 * mu * neighbours;
        if (!sumToOne) {
            for (int j = 0; j < k; j++) {
                double beta = wsum[j] - 2 * mu * nbm[j];
                h[hb + j] = Math.max(floorH, root(alpha, beta, a[j]));
            }
            return;
        }
        // bracket the multiplier: h_j(λ) decreases in λ; λ_j(t) = a/t − α t − b0 is where h_j = t
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            if (a[j] > 0 || alpha > 0) {
                double b0 = wsum[j] - 2 * mu * nbm[j];
                lo = Math.max(lo, a[j] - alpha - b0);
                hi = Math.max(hi, a[j] * k - alpha / k - b0);
            }
        }
        if (lo == Double.NEGATIVE_INFINITY) {
            // empty pixel without smoothing: nothing to fit, keep the current abundances (they sum to one)
            return;
        }
        double lam = lo;
        for (int it = 0; it < 100; it++) {
            double g = -1;
            double d = 0;
            for (int j = 0; j < k; j++) {
                double beta = wsum[j] + lam - 2 * mu * nbm[j];
                double v = root(alpha, beta, a[j]);
                g += v;
                double den = 2 * alpha * v + beta;
                if (den > 0) {
                    d -= v / den;
                }
            }
            if (Math.abs(g) <= 1e-14) {
                break;
            }
            if (g > 0) {
                lo = lam;
            } else {
                hi = lam;
            }
            double next = d < 0 ? lam - g / d : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (next == lam || hi - lo <= 1e-15 * Math.max(1, Math.abs(lam))) {
                break;
            }
            lam = next;
        }
        double s = 0;
        for (int j = 0; j < k; j++) {
            double beta = wsum[j] + lam - 2 * mu * nbm[j];
            double v = Math.max(floorH, root(alpha, beta, a[j]));
            h[hb + j] = v;
            s += v;
        }
        for (int j = 0; j < k; j++) {
            h[hb + j] /= s;
        }
    }

    /*
     * The three loops below run once per non-zero per iteration and dominate the cost. The pixel's abundances are
     * copied into locals for k = 3 and 4 (the common cases): the JIT cannot keep array elements in registers across
     * the stores into another double[] (possible aliasing), and the unrolled form avoids the short j-loops.
     */

    /** num_j = sum_i W_ij y_i / m_i for one pixel (Modified: num). A fixed W may be 0 where there are counts. */
    private void numerator(int n, double[] ws, double[] yv, int hb, double[] num) {
        final double tiny = Double.MIN_NORMAL;
        if (k == 3) {
            double h0 = h[hb];
            double h1 = h[hb + 1];
            double h2 = h[hb + 2];
            double n0 = 0;
            double n1 = 0;
            double n2 = 0;
            for (int i = 0, o = 0; i < n; i++, o += 3) {
                double w0 = ws[o];
                double w1 = ws[o + 1];
                double w2 = ws[o + 2];
                double r = yv[i] / Math.max(h0 * w0 + h1 * w1 + h2 * w2, tiny);
                n0 += r * w0;
                n1 += r * w1;
                n2 += r * w2;
            }
            num[0] = n0;
            num[1] = n1;
            num[2] = n2;
        } else if (k == 4) {
            double h0 = h[hb];
            double h1 = h[hb + 1];
            double h2 = h[hb + 2];
            double h3 = h[hb + 3];
            double n0 = 0;
            double n1 = 0;
            double n2 = 0;
            double n3 = 0;
            for (int i = 0, o = 0; i < n; i++, o += 4) {
                double w0 = ws[o];
                double w1 = ws[o + 1];
                double w2 = ws[o + 2];
                double w3 = ws[o + 3];
                double r = yv[i] / Math.max(h0 * w0 + h1 * w1 + h2 * w2 + h3 * w3, tiny);
                n0 += r * w0;
                n1 += r * w1;
                n2 += r * w2;
                n3 += r * w3;
            }
            num[0] = n0;
            num[1] = n1;
            num[2] = n2;
            num[3] = n3;
        } else {
            Arrays.fill(num, 0);
            for (int i = 0; i < n; i++) {
                int o = i * k;
                double m = 0;
                for (int j = 0; j < k; j++) {
                    m += h[hb + j] * ws[o + j];
                }
                double r = yv[i] / Math.max(m, tiny);
                for (int j = 0; j < k; j++) {
                    num[j] += r * ws[o + j];
                }
            }
        }
    }

    /** wn[c][j] += h_j y_i / m_i for the pixel's non-zeros, cw[i] = c_i * k (Modified: wn). */
    private void accumulate(int n, double[] ws, double[] yv, int[] cw, int hb, double[] wn) {
        final double tiny = Double.MIN_NORMAL;
        if (k == 3) {
            double h0 = h[hb];
            double h1 = h[hb + 1];
            double h2 = h[hb + 2];
            for (int i = 0, o = 0; i < n; i++, o += 3) {
                double r = yv[i] / Math.max(h0 * ws[o] + h1 * ws[o + 1] + h2 * ws[o + 2], tiny);
                int c = cw[i];
                wn[c] += r * h0;
                wn[c + 1] += r * h1;
                wn[c + 2] += r * h2;
            }
        } else if (k == 4) {
            double h0 = h[hb];
            double h1 = h[hb + 1];
            double h2 = h[hb + 2];
            double h3 = h[hb + 3];
            for (int i = 0, o = 0; i < n; i++, o += 4) {
                double r = yv[i] / Math.max(h0 * ws[o] + h1 * ws[o + 1] + h2 * ws[o + 2] + h3 * ws[o + 3], tiny);
                int c = cw[i];
                wn[c] += r * h0;
                wn[c + 1] += r * h1;
                wn[c + 2] += r * h2;
                wn[c + 3] += r * h3;
            }
        } else {
            for (int i = 0; i < n; i++) {
                int o = i * k;
                double m = 0;
                for (int j = 0; j < k; j++) {
                    m += h[hb + j] * ws[o + j];
                }
                double r = yv[i] / Math.max(m, tiny);
                int c = cw[i];
                for (int j = 0; j < k; j++) {
                    wn[c + j] += r * h[hb + j];
                }
            }
        }
    }

    /** @return sum over the pixel's non-zeros of y log(y/m) − y */
    private double objective(int n, double[] ws, double[] yv, int hb) {
        double obj = 0;
        for (int i = 0; i < n; i++) {
            int o = i * k;
            double m = 0;
            for (int j = 0; j < k; j++) {
                m += h[hb + j] * ws[o + j];
            }
            double yi = yv[i];
            obj += yi * Math.log(yi / Math.max(m, Double.MIN_NORMAL)) - yi;
        }
        return obj;
    }

    /** @return the non-negative root of α h² + β h − a = 0 (a ≥ 0), i.e. a/β when α = 0 */
    static double root(double alpha, double beta, double a) {
        if (alpha == 0) {
            return beta > 0 ? a / beta : 0;
        }
        double disc = Math.sqrt(beta * beta + 4 * alpha * a);
        // two algebraically equal forms; pick the one without cancellation
        return beta > 0 ? 2 * a / (beta + disc) : (disc - beta) / (2 * alpha);
    }
}
