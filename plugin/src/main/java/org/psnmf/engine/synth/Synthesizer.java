package org.psnmf.engine.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.progress.Progress;

/**
 * Generates a synthetic STEM-EDX spectrum image with ground truth, the way the paper's validation data were made
 * (phase spectra × abundance maps, then Poisson noise).
 *
 * <ol>
 * <li>Abundance maps H (k × pixels) from {@link AbundanceMaps#grains} with {@code mapSeed}.</li>
 * <li>Phase spectra r_k from {@link SpectrumModel#phaseSpectrum} (cross-section units).</li>
 * <li>One global scale s makes the mean expected counts per pixel equal the request exactly:
 * s = counts / (Σ_k f_k · Σ_c r_k[c]) with f_k the mean of map k; W_k = s · r_k. Phases keep their physical relative
 * yields (a pixel of a heavier, brighter phase gets more counts), as in a real acquisition with constant dose.</li>
 * <li>Poisson sampling of λ(p, c) = Σ_k H[k][p] W_k[c], pixel by pixel, without the dense λ cube: draw the pixel total
 * N ~ Poisson(Σ_c λ(p, c)), then N channels from the mixture Σ_k H[k][p] W_k / Σ_c λ(p, c) (phase by its weight,
 * channel by inverse CDF). Independent Poisson channels and "Poisson total + multinomial split" are the same
 * distribution; this costs O(N log channels) per pixel instead of O(channels · k).</li>
 * </ol>
 *
 * <p><b>Determinism.</b> Row y draws from its own {@code SplittableRandom} seeded by a hash of (seed, y), so rows can be
 * sampled in parallel in any order and the counts are identical for a given seed on any number of threads.
 * Memory: the sparse result plus one row of work arrays per thread.
 */
public final class Synthesizer {

    /** Rows sampled between two progress reports and cancellation checks. */
    private static final int ROW_BLOCK = 8;

    private Synthesizer() {
    }

    /**
     * @param options  what to generate (validated on construction)
     * @param progress progress and cancellation; cancellation is checked every {@value #ROW_BLOCK} rows
     * @return the counts and the ground truth
     * @throws org.psnmf.engine.progress.CancelledException if cancelled
     */
    public static SyntheticDataset generate(SyntheticOptions options, Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        int w = options.width();
        int h = options.height();
        int k = options.phases().size();
        EnergyAxis axis = options.axis();
        int channels = axis.channels();
        if (channels > 65536) {
            throw new IllegalArgumentException("At most 65536 energy channels are supported, got " + channels + ".");
        }
        p.report(0, () -> "Synthetic data: abundance maps");
        double[][] maps = AbundanceMaps.grains(w, h, options.grains(), options.mapSeed());
        p.checkCancelled();

        p.report(0.02, () -> "Synthetic data: phase spectra");
        SpectrumModel model = options.spectrumModel();
        double[][] spectra = new double[k][];
        double[] rawTotals = new double[k];
        for (int j = 0; j < k; j++) {
            spectra[j] = model.phaseSpectrum(options.phases().get(j));
            rawTotals[j] = sum(spectra[j]);
            if (!(rawTotals[j] > 0)) {
                throw new IllegalArgumentException("Phase " + options.phases().get(j).name()
                        + " emits no X-rays on the energy axis " + axisText(axis) + " at " + options.beamEnergyKv()
                        + " kV; check its elements and the axis.");
            }
        }
        double[] fractions = AbundanceMaps.volumeFractions(maps);
        double meanRaw = 0;
        for (int j = 0; j < k; j++) {
            meanRaw += fractions[j] * rawTotals[j];
        }
        double scale = options.countsPerPixel() / meanRaw;
        double[] totals = new double[k];
        double[][] cdf = new double[k][];
        for (int j = 0; j < k; j++) {
            double[] s = spectra[j];
            for (int c = 0; c < channels; c++) {
                s[c] *= scale;
            }
            totals[j] = sum(s);
            cdf[j] = cumulative(s);
        }

        // initial non-zeros per row: at most one per count, at most one per channel (grown if a row needs more)
        int rowCapacity = (int) Math.min((long) w * channels, (long) w * ((long) Math.ceil(options.countsPerPixel()) + 16));
        SparseSpectrumImage.Builder builder = new SparseSpectrumImage.Builder(w, h, axis, info(options));
        for (int y0 = 0; y0 < h; y0 += ROW_BLOCK) {
            p.checkCancelled();
            int start = y0;
            p.report(0.05 + 0.95 * y0 / h, () -> String.format(Locale.ROOT, "Synthetic data: Poisson sampling, row %d of %d",
                    start + 1, h));
            int end = Math.min(h, y0 + ROW_BLOCK);
            // rows are independent (own generator, own builder slot), so parallel order cannot change the result
            IntStream.range(y0, end).parallel().forEach(y -> sampleRow(y, w, k, maps, totals, cdf, options.seed(),
                    rowCapacity, builder));
        }
        p.checkCancelled();
        p.report(1, () -> "Synthetic data: done");
        return new SyntheticDataset(builder.build(), spectra, maps, options.phases(), options);
    }

    private static void sampleRow(int y, int w, int k, double[][] maps, double[] totals, double[][] cdf, long seed,
            int rowCapacity, SparseSpectrumImage.Builder builder) {
        SplittableRandom rnd = new SplittableRandom(rowSeed(seed, y));
        int[] ptr = new int[w + 1];
        char[] chs = new char[Math.max(16, rowCapacity)];
        int[] cnt = new int[chs.length];
        int n = 0;
        int[] draws = new int[64];
        double[] weights = new double[k];
        for (int x = 0; x < w; x++) {
            int pix = y * w + x;
            double lambda = 0;
            for (int j = 0; j < k; j++) {
                weights[j] = maps[j][pix] * totals[j];
                lambda += weights[j];
            }
            long big = PoissonSampler.sample(lambda, rnd);
            if (big > Integer.MAX_VALUE / 2) {
                throw new IllegalArgumentException("Pixel (" + x + ", " + y + ") would hold " + big
                        + " counts; lower the counts per pixel.");
            }
            int total = (int) big;
            if (draws.length < total) {
                draws = new int[Math.max(total, draws.length * 2)];
            }
            for (int i = 0; i < total; i++) {
                double u = rnd.nextDouble() * lambda;
                int j = 0;
                while (j < k - 1 && u >= weights[j]) {
                    u -= weights[j];
                    j++;
                }
                draws[i] = channelOf(cdf[j], rnd.nextDouble());
            }
            Arrays.sort(draws, 0, total);
            if (n + total > chs.length) {
                int cap = Math.max(n + total, chs.length * 2);
                chs = Arrays.copyOf(chs, cap);
                cnt = Arrays.copyOf(cnt, cap);
            }
            for (int i = 0; i < total;) {
                int c = draws[i];
                int run = 1;
                while (i + run < total && draws[i + run] == c) {
                    run++;
                }
                chs[n] = (char) c;
                cnt[n++] = run;
                i += run;
            }
            ptr[x + 1] = n;
        }
        synchronized (builder) {
            builder.setRowSparse(y, ptr, Arrays.copyOf(chs, n), Arrays.copyOf(cnt, n));
        }
    }

    /** @return the first channel whose cumulative probability exceeds u (u in [0, 1)) */
    private static int channelOf(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** @return normalised cumulative sums, last entry exactly 1 */
    private static double[] cumulative(double[] s) {
        double[] c = new double[s.length];
        double acc = 0;
        for (int i = 0; i < s.length; i++) {
            acc += s[i];
            c[i] = acc;
        }
        for (int i = 0; i < s.length; i++) {
            c[i] /= acc;
        }
        // channels after the last non-zero one share the value 1 and are never chosen (first index with cdf > u)
        c[s.length - 1] = 1;
        return c;
    }

    /** SplitMix64 finaliser of (seed, row): well-mixed, independent per-row seeds. */
    static long rowSeed(long seed, int row) {
        long z = seed * 0x9E3779B97F4A7C15L + (row + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static AcquisitionInfo info(SyntheticOptions o) {
        Set<String> elements = new LinkedHashSet<>();
        for (Phase ph : o.phases()) {
            elements.addAll(ph.atomicPercent().keySet());
        }
        String title = o.title().isEmpty() ? "PSNMF synthetic data" : o.title();
        title += String.format(Locale.ROOT, ", %s counts/px, seed %d, map seed %d", trim(o.countsPerPixel()), o.seed(),
                o.mapSeed());
        return new AcquisitionInfo(o.beamEnergyKv(), Double.NaN, o.detector().resolutionMnKaEv(), Double.NaN, Double.NaN,
                "", new ArrayList<>(elements), title, "");
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String axisText(EnergyAxis a) {
        return String.format(Locale.ROOT, "%.3f-%.3f keV", a.offsetKeV(), a.maxEnergy());
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }
}
