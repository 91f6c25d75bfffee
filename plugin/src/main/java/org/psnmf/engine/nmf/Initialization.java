package org.psnmf.engine.nmf;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.linalg.SymmetricEigen;

/**
 * Starting points for {@link PoissonNmf}, in the kernel layout {@code w[c * k + j]}, {@code h[p * k + j]}. After every
 * init except a custom W, W is rescaled so that the model's total equals the data total (MU then starts at the right
 * count level); with sum-to-one each pixel's abundances are normalised to sum to one.
 */
final class Initialization {

    private Initialization() {
    }

    /** A starting point: W (channels x k, channel-major) and H (pixels x k, pixel-major). */
    record Start(double[] w, double[] h) {
    }

    static Start create(SparseSpectrumImage img, NmfOptions o, NmfOptions.Init init, long seed) {
        int k = o.components();
        int pixels = img.pixels();
        int channels = img.channels();
        double[] mean = img.sumSpectrum();
        for (int c = 0; c < channels; c++) {
            mean[c] /= pixels;
        }
        double[] w;
        double[] h;
        boolean scaleW = true;
        switch (init) {
            case RANDOM -> {
                SplittableRandom rnd = new SplittableRandom(seed);
                w = new double[channels * k];
                for (int c = 0; c < channels; c++) {
                    for (int j = 0; j < k; j++) {
                        w[c * k + j] = mean[c] * 2 * rnd.nextDouble() + 1e-6 * mean[c];
                    }
                }
                h = new double[pixels * k];
                for (int i = 0; i < h.length; i++) {
                    h[i] = 0.05 + rnd.nextDouble();
                }
            }
            case NNDSVDA -> {
                Start s = nndsvda(img, k, seed);
                w = s.w;
                h = s.h;
            }
            case SPA -> {
                w = spa(img, k, seed, mean);
                h = new double[pixels * k];
                Arrays.fill(h, 1.0 / k);
            }
            case CUSTOM -> {
                double[][] sp = o.initialSpectra();
                double[][] mp = o.initialMaps();
                if (sp != null) {
                    w = interleave(sp, channels);
                    scaleW = false;
                } else {
                    w = new double[channels * k];
                    for (int c = 0; c < channels; c++) {
                        for (int j = 0; j < k; j++) {
                            w[c * k + j] = mean[c] + 1e-6;
                        }
                    }
                }
                if (mp != null) {
                    h = interleave(mp, pixels);
                } else {
                    h = new double[pixels * k];
                    Arrays.fill(h, 1.0 / k);
                }
            }
            default -> throw new IllegalStateException(init.toString());
        }
        if (o.sumToOne()) {
            normaliseRows(h, k);
        }
        double total = img.totalCounts();
        double model = 0;
        double[] hs = new double[k];
        for (int i = 0; i < h.length; i++) {
            hs[i % k] += h[i];
        }
        for (int i = 0; i < w.length; i++) {
            model += w[i] * hs[i % k];
        }
        if (model > 0 && total > 0) {
            double f = total / model;
            if (scaleW) {
                for (int i = 0; i < w.length; i++) {
                    w[i] *= f;
                }
            } else if (!o.sumToOne()) {
                for (int i = 0; i < h.length; i++) {
                    h[i] *= f;
                }
            }
        }
        // multiplicative updates cannot move exact zeros: lift them to a tiny positive value
        if (o.spectraMode() == NmfOptions.SpectraMode.FREE) {
            liftZeros(w); // fixed spectra are kept exactly as given
        }
        liftZeros(h);
        return new Start(w, h);
    }

    static double[] interleave(double[][] a, int n) {
        int k = a.length;
        double[] out = new double[n * k];
        for (int j = 0; j < k; j++) {
            double[] r = a[j];
            for (int i = 0; i < n; i++) {
                out[i * k + j] = r[i];
            }
        }
        return out;
    }

    static double[][] split(double[] a, int k) {
        int n = a.length / k;
        double[][] out = new double[k][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                out[j][i] = a[i * k + j];
            }
        }
        return out;
    }

    private static void liftZeros(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, v);
        }
        double eps = m > 0 ? 1e-8 * m : 1e-12;
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] > eps)) {
                a[i] = eps;
            }
        }
    }

    static void normaliseRows(double[] h, int k) {
        for (int p = 0; p < h.length; p += k) {
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += h[p + j];
            }
            for (int j = 0; j < k; j++) {
                h[p + j] = s > 0 ? h[p + j] / s : 1.0 / k;
            }
        }
    }

    /**
     * Top right singular subspace of Y by seeded block power (subspace) iteration, O(nnz · l) per step, then a
     * Rayleigh-Ritz rotation. Returns V (channels x l, row-major c * l + r) with singular values, descending.
     */
    record Subspace(double[] v, double[] sigma, int l) {
    }

    static Subspace topSubspace(SparseSpectrumImage img, int l, int steps, long seed) {
        int channels = img.channels();
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] v = new double[channels * l];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextDouble() - 0.5;
        }
        orthonormalise(v, channels, l);
        double[] t = new double[l];
        for (int s = 0; s < steps; s++) {
            double[] z = new double[channels * l];
            forEachPixel(img, (px, n) -> {
                Arrays.fill(t, 0);
                for (int i = 0; i < n; i++) {
                    int c = px.channel(i) * l;
                    for (int r = 0; r < l; r++) {
                        t[r] += px.count(i) * v[c + r];
                    }
                }
                for (int i = 0; i < n; i++) {
                    int c = px.channel(i) * l;
                    for (int r = 0; r < l; r++) {
                        z[c + r] += px.count(i) * t[r];
                    }
                }
            });
            System.arraycopy(z, 0, v, 0, v.length);
            orthonormalise(v, channels, l);
        }
        // Rayleigh-Ritz: M = (YV)^T (YV), eigen M = R diag(σ²) R^T, right singular vectors V R
        double[] m = new double[l * l];
        forEachPixel(img, (px, n) -> {
            Arrays.fill(t, 0);
            for (int i = 0; i < n; i++) {
                int c = px.channel(i) * l;
                for (int r = 0; r < l; r++) {
                    t[r] += px.count(i) * v[c + r];
                }
            }
            for (int a = 0; a < l; a++) {
                for (int b = 0; b < l; b++) {
                    m[a * l + b] += t[a] * t[b];
                }
            }
        });
        SymmetricEigen eig = SymmetricEigen.of(m, l);
        double[] out = new double[channels * l];
        double[] sigma = new double[l];
        for (int r = 0; r < l; r++) {
            sigma[r] = Math.sqrt(Math.max(0, eig.values()[r]));
            double[] rv = eig.vector(r);
            for (int c = 0; c < channels; c++) {
                double s = 0;
                for (int a = 0; a < l; a++) {
                    s += v[c * l + a] * rv[a];
                }
                out[c * l + r] = s;
            }
        }
        return new Subspace(out, sigma, l);
    }

    interface PixelVisitor {
        /** @param px positioned at the pixel, which has n non-zeros */
        void visit(SparseSpectrumImage.Cursor px, int n);
    }

    /** Visits the pixels in index order. */
    static void forEachPixel(SparseSpectrumImage img, PixelVisitor v) {
        SparseSpectrumImage.Cursor px = img.cursor();
        for (int p = 0, pixels = img.pixels(); p < pixels; p++) {
            v.visit(px, px.moveTo(p));
        }
    }

    /** Modified Gram-Schmidt on the l columns of a (n x l, row-major); a degenerate column becomes a unit vector. */
    static void orthonormalise(double[] a, int n, int l) {
        for (int r = 0; r < l; r++) {
            for (int q = 0; q < r; q++) {
                double d = 0;
                for (int i = 0; i < n; i++) {
                    d += a[i * l + r] * a[i * l + q];
                }
                for (int i = 0; i < n; i++) {
                    a[i * l + r] -= d * a[i * l + q];
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += a[i * l + r] * a[i * l + r];
            }
            norm = Math.sqrt(norm);
            if (norm < 1e-300) {
                for (int i = 0; i < n; i++) {
                    a[i * l + r] = i == r % n ? 1 : 0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    a[i * l + r] /= norm;
                }
            }
        }
    }

    /** @return Y·V for pixel-major output (pixels x l) */
    private static double[] project(SparseSpectrumImage img, double[] v, int l) {
        double[] u = new double[img.pixels() * l];
        int[] p = {0};
        forEachPixel(img, (px, n) -> {
            int o = p[0]++ * l;
            for (int i = 0; i < n; i++) {
                int c = px.channel(i) * l;
                for (int r = 0; r < l; r++) {
                    u[o + r] += px.count(i) * v[c + r];
                }
            }
        });
        return u;
    }

    /** NNDSVD with zeros replaced by the data mean (Boutsidis &amp; Gallopoulos 2008, "nndsvda" in scikit-learn). */
    static Start nndsvda(SparseSpectrumImage img, int k, long seed) {
        int channels = img.channels();
        int pixels = img.pixels();
        int l = Math.min(k + 3, Math.min(channels, pixels));
        Subspace s = topSubspace(img, l, 8, seed);
        double[] u = project(img, s.v, l); // = U Σ
        double[] w = new double[channels * k];
        double[] h = new double[pixels * k];
        double avg = img.totalCounts() / ((double) pixels * channels);
        for (int j = 0; j < k; j++) {
            double sig = s.sigma[j];
            if (!(sig > 0)) {
                continue;
            }
            double xpn = 0;
            double xnn = 0;
            double ypn = 0;
            double ynn = 0;
            for (int p = 0; p < pixels; p++) {
                double x = u[p * l + j] / sig;
                if (x > 0) {
                    xpn += x * x;
                } else {
                    xnn += x * x;
                }
            }
            for (int c = 0; c < channels; c++) {
                double y = s.v[c * l + j];
                if (y > 0) {
                    ypn += y * y;
                } else {
                    ynn += y * y;
                }
            }
            double mp = Math.sqrt(xpn * ypn);
            double mn = Math.sqrt(xnn * ynn);
            boolean pos = mp >= mn;
            double xn = Math.sqrt(pos ? xpn : xnn);
            double yn = Math.sqrt(pos ? ypn : ynn);
            double lbd = Math.sqrt(sig * (pos ? mp : mn));
            for (int p = 0; p < pixels; p++) {
                double x = u[p * l + j] / sig;
                x = pos ? Math.max(x, 0) : Math.max(-x, 0);
                h[p * k + j] = xn > 0 ? lbd * x / xn : 0;
            }
            for (int c = 0; c < channels; c++) {
                double y = s.v[c * l + j];
                y = pos ? Math.max(y, 0) : Math.max(-y, 0);
                w[c * k + j] = yn > 0 ? lbd * y / yn : 0;
            }
        }
        for (int i = 0; i < w.length; i++) {
            if (w[i] == 0) {
                w[i] = avg;
            }
        }
        for (int i = 0; i < h.length; i++) {
            if (h[i] == 0) {
                h[i] = avg;
            }
        }
        return new Start(w, h);
    }

    /**
     * Successive projection algorithm on z_p = V^T y_p / total_p (count-normalised pixel spectra projected onto the
     * top-k right singular subspace, which removes most of the Poisson noise). Pixels with fewer than a quarter of
     * the mean counts are skipped (too noisy to be trusted as pure). Each selected pixel's raw spectrum (plus 0.01 % of
     * the mean spectrum, scaled to its counts, so that no channel starts at zero) becomes a W column.
     */
    static double[] spa(SparseSpectrumImage img, int k, long seed, double[] mean) {
        int channels = img.channels();
        int pixels = img.pixels();
        int l = Math.min(k, Math.min(channels, pixels));
        Subspace s = topSubspace(img, Math.min(k + 3, Math.min(channels, pixels)), 8, seed);
        int ls = s.l;
        double[] z = project(img, s.v, ls);
        double[] tot = new double[pixels];
        double meanTotal = img.totalCounts() / pixels;
        boolean[] ok = new boolean[pixels];
        double[] r = new double[pixels * l];
        for (int p = 0; p < pixels; p++) {
            tot[p] = img.pixelTotal(p);
            ok[p] = tot[p] > 0 && tot[p] >= 0.25 * meanTotal;
            for (int j = 0; j < l; j++) {
                r[p * l + j] = ok[p] ? z[p * ls + j] / tot[p] : 0;
            }
        }
        double[] w = new double[channels * k];
        double[] spec = new double[channels];
        double meanSum = 0;
        for (double v : mean) {
            meanSum += v;
        }
        int[] chosen = new int[k];
        for (int j = 0; j < k; j++) {
            int best = -1;
            double bn = -1;
            for (int p = 0; p < pixels; p++) {
                if (!ok[p]) {
                    continue;
                }
                double n = 0;
                for (int a = 0; a < l; a++) {
                    n += r[p * l + a] * r[p * l + a];
                }
                if (n > bn * (1 + 1e-12)) {
                    bn = n;
                    best = p;
                }
            }
            if (best < 0) {
                best = (int) ((seed & 0x7fffffffL) % pixels);
            }
            chosen[j] = best;
            double norm = Math.sqrt(Math.max(bn, 0));
            if (norm > 0) {
                double[] uvec = new double[l];
                for (int a = 0; a < l; a++) {
                    uvec[a] = r[best * l + a] / norm;
                }
                for (int p = 0; p < pixels; p++) {
                    double d = 0;
                    for (int a = 0; a < l; a++) {
                        d += uvec[a] * r[p * l + a];
                    }
                    for (int a = 0; a < l; a++) {
                        r[p * l + a] -= d * uvec[a];
                    }
                }
            }
            Arrays.fill(spec, 0);
            img.addSpectrum(best, spec);
            double t = Math.max(tot[best], 1);
            for (int c = 0; c < channels; c++) {
                w[c * k + j] = spec[c] + 1e-4 * mean[c] * (meanSum > 0 ? t / meanSum : 1);
            }
        }
        return w;
    }
}
