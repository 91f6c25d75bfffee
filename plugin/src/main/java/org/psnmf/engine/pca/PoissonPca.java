package org.psnmf.engine.pca;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.linalg.SymmetricEigen;
import org.psnmf.engine.progress.Progress;

/**
 * Poisson-scaled PCA: the counts are scaled {@code ỹ[p][c] = y[p][c] / sqrt(a_p · b_c)} with a_p the pixel total and
 * b_c the channel total (Keenan–Kotula; HyperSpy's "normalize_poissonian_noise"), which makes the Poisson noise
 * roughly homoscedastic. The channel x channel scatter matrix {@code S = sum_p ỹ_p ỹ_p^T} (not mean-centred, as in
 * HyperSpy, so the first component carries the mean) is accumulated from the non-zeros of each pixel, cost
 * {@code sum_p nnz_p²}. Empty pixels and channels have a zero scale and contribute zeros (no NaN).
 *
 * <p>Eigenpairs: with up to 512 channels S is decomposed completely (EJML); above that the leading
 * {@code q = min(channels, max(2k, k + 16))} eigenpairs come from a seeded subspace iteration on S followed by an EJML
 * Rayleigh–Ritz step. The explained-variance ratios always use the exact total, trace(S).
 */
public final class PoissonPca {

    private static final int FULL_EIGEN_LIMIT = 512;

    private PoissonPca() {
    }

    /**
     * @param data       counts; Not modified
     * @param components k, 1 ≤ k ≤ min(pixels, channels)
     * @param progress   may be null
     */
    public static PcaResult fit(SparseSpectrumImage data, int components, Progress progress) {
        Progress pr = progress == null ? Progress.NONE : progress;
        int channels = data.channels();
        int pixels = data.pixels();
        if (components < 1 || components > Math.min(channels, pixels)) {
            throw new IllegalArgumentException("Components must be between 1 and min(pixels, channels) = "
                    + Math.min(channels, pixels) + ", got " + components + ".");
        }
        if (data.totalCountsExact() == 0) {
            throw new IllegalArgumentException("The spectrum image has no counts (all zero); PCA needs data.");
        }
        double[] a = new double[pixels];
        for (int p = 0; p < pixels; p++) {
            a[p] = data.pixelTotal(p);
        }
        double[] b = data.sumSpectrum();
        double[] ia = new double[pixels];
        double[] ib = new double[channels];
        for (int p = 0; p < pixels; p++) {
            ia[p] = a[p] > 0 ? 1 / Math.sqrt(a[p]) : 0;
        }
        for (int c = 0; c < channels; c++) {
            ib[c] = b[c] > 0 ? 1 / Math.sqrt(b[c]) : 0;
        }
        // scatter matrix from the non-zeros (upper triangle, mirrored)
        double[] s = new double[channels * channels];
        int width = data.width();
        double[] v = new double[channels];
        int[] vc = new int[channels];
        SparseSpectrumImage.Cursor cur = data.cursor();
        for (int y = 0; y < data.height(); y++) {
            pr.checkCancelled();
            for (int x = 0; x < width; x++) {
                double sp = ia[y * width + x];
                int n = cur.moveTo(x, y);
                for (int i = 0; i < n; i++) {
                    vc[i] = cur.channel(i);
                    v[i] = cur.count(i) * sp * ib[vc[i]];
                }
                for (int i = 0; i < n; i++) {
                    double vi = v[i];
                    int row = vc[i] * channels;
                    for (int j = i; j < n; j++) {
                        s[row + vc[j]] += vi * v[j];
                    }
                }
            }
            final int fy = y;
            pr.report(0.8 * (y + 1) / data.height(), () -> "PCA: scatter matrix, row " + (fy + 1));
        }
        double trace = 0;
        for (int c = 0; c < channels; c++) {
            trace += s[c * channels + c];
            for (int d = c + 1; d < channels; d++) {
                s[d * channels + c] = s[c * channels + d];
            }
        }
        double[] values;
        double[][] vectors;
        int k = components;
        if (channels <= FULL_EIGEN_LIMIT) {
            SymmetricEigen e = SymmetricEigen.of(s, channels);
            values = e.values().clone();
            vectors = new double[k][];
            for (int r = 0; r < k; r++) {
                vectors[r] = e.vector(r).clone();
            }
        } else {
            int q = Math.min(channels, Math.max(2 * k, k + 16));
            double[][] top = subspace(s, channels, q, 30, pr);
            values = top[0];
            vectors = Arrays.copyOfRange(top, 1, 1 + k);
        }
        double[] ratio = new double[values.length];
        for (int r = 0; r < values.length; r++) {
            values[r] = Math.max(0, values[r]);
            ratio[r] = trace > 0 ? values[r] / trace : 0;
        }
        // sign convention: the largest-magnitude entry of each loading is positive
        for (double[] vec : vectors) {
            int im = 0;
            for (int c = 1; c < channels; c++) {
                if (Math.abs(vec[c]) > Math.abs(vec[im])) {
                    im = c;
                }
            }
            if (vec[im] < 0) {
                for (int c = 0; c < channels; c++) {
                    vec[c] = -vec[c];
                }
            }
        }
        double[][] scores = new double[k][pixels];
        for (int p = 0; p < pixels; p++) {
            for (int i = 0, n = cur.moveTo(p); i < n; i++) {
                int c = cur.channel(i);
                double val = cur.count(i) * ia[p] * ib[c];
                for (int r = 0; r < k; r++) {
                    scores[r][p] += val * vectors[r][c];
                }
            }
        }
        double[][] spectra = new double[k][channels];
        double[][] maps = new double[k][pixels];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < channels; c++) {
                spectra[r][c] = vectors[r][c] * Math.sqrt(b[c]);
            }
            for (int p = 0; p < pixels; p++) {
                maps[r][p] = scores[r][p] * Math.sqrt(a[p]);
            }
        }
        pr.report(1, () -> "PCA done");
        FactoredSpectrumImage model = new FactoredSpectrumImage(data.width(), data.height(), data.energyAxis(),
                data.info(), spectra, maps);
        return new PcaResult(values, ratio, vectors, scores, model);
    }

    /** @return {values, vector_0, ..., vector_{q-1}} of the q leading eigenpairs of the dense symmetric s */
    private static double[][] subspace(double[] s, int n, int q, int steps, Progress pr) {
        SplittableRandom rnd = new SplittableRandom(12345);
        double[][] v = new double[q][n];
        for (double[] row : v) {
            for (int i = 0; i < n; i++) {
                row[i] = rnd.nextDouble() - 0.5;
            }
        }
        orthonormalise(v);
        double[][] z = new double[q][n];
        for (int it = 0; it < steps; it++) {
            pr.checkCancelled();
            multiply(s, n, v, z);
            double[][] t = v;
            v = z;
            z = t;
            orthonormalise(v);
        }
        multiply(s, n, v, z);
        double[] m = new double[q * q];
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                double d = 0;
                for (int i = 0; i < n; i++) {
                    d += v[a][i] * z[b][i];
                }
                m[a * q + b] = d;
            }
        }
        for (int a = 0; a < q; a++) {
            for (int b = a + 1; b < q; b++) {
                double avg = 0.5 * (m[a * q + b] + m[b * q + a]);
                m[a * q + b] = avg;
                m[b * q + a] = avg;
            }
        }
        SymmetricEigen e = SymmetricEigen.of(m, q);
        double[][] out = new double[q + 1][];
        out[0] = e.values().clone();
        for (int r = 0; r < q; r++) {
            double[] rv = e.vector(r);
            double[] vec = new double[n];
            for (int a = 0; a < q; a++) {
                for (int i = 0; i < n; i++) {
                    vec[i] += rv[a] * v[a][i];
                }
            }
            out[r + 1] = vec;
        }
        return out;
    }

    private static void multiply(double[] s, int n, double[][] v, double[][] out) {
        for (int r = 0; r < v.length; r++) {
            double[] src = v[r];
            double[] dst = out[r];
            for (int i = 0; i < n; i++) {
                double d = 0;
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    d += s[row + j] * src[j];
                }
                dst[i] = d;
            }
        }
    }

    private static void orthonormalise(double[][] v) {
        for (int r = 0; r < v.length; r++) {
            for (int q = 0; q < r; q++) {
                double d = 0;
                for (int i = 0; i < v[r].length; i++) {
                    d += v[r][i] * v[q][i];
                }
                for (int i = 0; i < v[r].length; i++) {
                    v[r][i] -= d * v[q][i];
                }
            }
            double norm = 0;
            for (double x : v[r]) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < v[r].length; i++) {
                v[r][i] = norm > 0 ? v[r][i] / norm : (i == r ? 1 : 0);
            }
        }
    }
}
