package org.psnmf.engine.synth;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;

/**
 * A simple, deterministic Poisson phantom for tests and the benchmark (independent of the mantle generator): k
 * component spectra made of a smooth falling background plus Gaussian peaks (some shared between components), and
 * sum-to-one abundance maps made of smooth random fields sharpened into mostly pure domains with mixed borders.
 * Counts are drawn sparse, pixel by pixel: the pixel total is Poisson ({@link PoissonSampler}), then each count picks a component by
 * abundance and a channel from that component's spectrum. No dense cube is ever built.
 */
public final class GaussianPeaksPhantom {

    private GaussianPeaksPhantom() {
    }

    /**
     * @param image   the noisy counts
     * @param spectra true W, k x channels, each summing to {@code countsPerPixel} (so W·H has the mean count level)
     * @param maps    true H, k x pixels, summing to one per pixel
     */
    public record Truth(SparseSpectrumImage image, double[][] spectra, double[][] maps) {
    }

    /**
     * @param countsPerPixel mean counts per pixel, &gt; 0
     * @param seed           fixes everything (spectra, maps, noise)
     */
    public static Truth generate(int width, int height, int channels, int k, double countsPerPixel, long seed) {
        if (k < 1 || channels < 8 || !(countsPerPixel > 0)) {
            throw new IllegalArgumentException("Phantom needs k >= 1, channels >= 8 and positive counts.");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] spectra = new double[k][channels];
        double[] shared = {0.12 + 0.1 * rnd.nextDouble(), 0.5 + 0.1 * rnd.nextDouble()};
        for (int j = 0; j < k; j++) {
            double[] s = spectra[j];
            for (int c = 0; c < channels; c++) {
                double e = (c + 0.5) / channels;
                s[c] = 0.3 * Math.exp(-3 * e) * (0.8 + 0.4 * j / Math.max(1, k - 1));
            }
            int peaks = 3 + rnd.nextInt(3);
            for (int q = 0; q < peaks + 2; q++) {
                double centre = q < 2 ? shared[q] : 0.05 + 0.9 * rnd.nextDouble();
                double amp = q < 2 ? 2 + 3 * rnd.nextDouble() : 5 + 20 * rnd.nextDouble();
                double sigma = 0.004 + 0.004 * rnd.nextDouble();
                for (int c = 0; c < channels; c++) {
                    double d = ((c + 0.5) / channels - centre) / sigma;
                    if (Math.abs(d) < 8) {
                        s[c] += amp * Math.exp(-0.5 * d * d) / channels * 100;
                    }
                }
            }
            double sum = Arrays.stream(s).sum();
            for (int c = 0; c < channels; c++) {
                s[c] *= countsPerPixel / sum;
            }
        }
        int pixels = width * height;
        double[][] maps = new double[k][pixels];
        double[][] fx = new double[k][6];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < 6; i++) {
                fx[j][i] = rnd.nextDouble();
            }
        }
        double[] f = new double[k];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = (x + 0.5) / width;
                double v = (y + 0.5) / height;
                double mx = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    double[] a = fx[j];
                    f[j] = Math.cos(2 * Math.PI * (1 + 2 * a[0]) * u + 6.28 * a[1])
                            + Math.cos(2 * Math.PI * (1 + 2 * a[2]) * v + 6.28 * a[3])
                            + Math.cos(2 * Math.PI * (1 + 2 * a[4]) * (u + v) + 6.28 * a[5]);
                    mx = Math.max(mx, f[j]);
                }
                double s = 0;
                for (int j = 0; j < k; j++) {
                    f[j] = Math.exp(6 * (f[j] - mx)); // sharpened: mostly pure domains, smooth mixed borders
                    s += f[j];
                }
                for (int j = 0; j < k; j++) {
                    maps[j][y * width + x] = f[j] / s;
                }
            }
        }
        return new Truth(sample(width, height, spectra, maps, seed), spectra, maps);
    }

    /** Poisson-samples the model W·H sparsely (see class comment). Deterministic per row. */
    public static SparseSpectrumImage sample(int width, int height, double[][] spectra, double[][] maps, long seed) {
        int k = spectra.length;
        int channels = spectra[0].length;
        double[][] cdf = new double[k][channels];
        double[] tot = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int c = 0; c < channels; c++) {
                s += spectra[j][c];
                cdf[j][c] = s;
            }
            tot[j] = s;
            for (int c = 0; c < channels; c++) {
                cdf[j][c] /= s;
            }
        }
        SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(width, height,
                new EnergyAxis(channels, 0, 10.0 / channels), AcquisitionInfo.UNKNOWN.withTitle("Gaussian-peaks phantom"));
        // rows are independent (own seeded generator), so they are drawn in parallel with identical results
        java.util.stream.IntStream.range(0, height).parallel().forEach(y -> {
            int[] buf = new int[64];
            double[] wj = new double[k];
            SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + y);
            int[] ptr = new int[width + 1];
            char[] chs = new char[Math.max(16, width * 8)];
            int[] cnt = new int[chs.length];
            int n = 0;
            for (int x = 0; x < width; x++) {
                int p = y * width + x;
                double lam = 0;
                for (int j = 0; j < k; j++) {
                    wj[j] = maps[j][p] * tot[j];
                    lam += wj[j];
                }
                int total = (int) PoissonSampler.sample(lam, rnd);
                if (buf.length < total) {
                    buf = new int[total * 2];
                }
                for (int t = 0; t < total; t++) {
                    double u = rnd.nextDouble() * lam;
                    int j = 0;
                    while (j < k - 1 && u >= wj[j]) {
                        u -= wj[j++];
                    }
                    int c = Arrays.binarySearch(cdf[j], rnd.nextDouble());
                    c = c < 0 ? -c - 1 : c;
                    buf[t] = Math.min(c, channels - 1);
                }
                Arrays.sort(buf, 0, total);
                if (n + total > chs.length) {
                    chs = Arrays.copyOf(chs, Math.max(chs.length * 2, n + total));
                    cnt = Arrays.copyOf(cnt, chs.length);
                }
                for (int t = 0; t < total; t++) {
                    if (t > 0 && buf[t] == buf[t - 1]) {
                        cnt[n - 1]++;
                    } else {
                        chs[n] = (char) buf[t];
                        cnt[n++] = 1;
                    }
                }
                ptr[x + 1] = n;
            }
            synchronized (b) {
                b.setRowSparse(y, ptr, Arrays.copyOf(chs, n), Arrays.copyOf(cnt, n));
            }
        });
        return b.build();
    }
}
