package org.psnmf.engine.quant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;

/**
 * Quantifies spectra on one energy axis: line intensities ({@link IntensityMethod#FIT} or
 * {@link IntensityMethod#WINDOW}) followed by {@link CliffLorimer}. The line plan and the fit design are built once in
 * the constructor, so quantifying many spectra (components, pixels) is cheap. Immutable and thread-safe.
 *
 * <pre>
 * Quantifier q = new Quantifier(QuantSettings.of(List.of("Mg", "Si", "O", "Fe")), axis);
 * Composition c = q.quantify("sum", sumSpectrum);
 * double mg = c.atomicPercent("Mg");
 * </pre>
 */
public final class Quantifier {

    /** Pixels per work unit in {@link #quantifyImage}; progress and cancellation are checked per block. */
    private static final int BLOCK = 256;

    private final LinePlan plan;
    private final LineIntensityEstimator estimator;

    /**
     * @throws IllegalArgumentException for unknown elements or lines, lines outside the axis or above the beam energy
     */
    public Quantifier(QuantSettings settings, EnergyAxis axis) {
        this.plan = LinePlan.resolve(settings, axis);
        this.estimator = settings.method() == IntensityMethod.WINDOW ? new WindowEstimator(plan) : new AdaptiveFamilyFit(plan);
    }

    public LinePlan plan() {
        return plan;
    }

    /** @return the line intensities of one spectrum (all plan elements, excluded ones included) */
    public LineIntensities intensities(String name, double[] spectrum) {
        validate(name, spectrum);
        return estimator.estimate(spectrum);
    }

    /**
     * @param name     spectrum title (used in messages and the result)
     * @param spectrum values on the axis (counts, or any non-negative scale); Not modified
     * @throws IllegalArgumentException for a wrong length, negative or non-finite values, an empty spectrum, or no
     *                                  signal of any composition element
     */
    public Composition quantify(String name, double[] spectrum) {
        LineIntensities li = intensities(name, spectrum);
        Composition c = CliffLorimer.compose(name, plan, li);
        if (c == null) {
            throw new IllegalArgumentException("Spectrum '" + name + "' shows no signal of any of the elements "
                    + compositionElements() + "; nothing to quantify.");
        }
        return c;
    }

    /** Quantifies several spectra (e.g. every component of a decomposition), in order. */
    public List<Composition> quantifyAll(List<String> names, double[][] spectra) {
        if (names.size() != spectra.length) {
            throw new IllegalArgumentException(names.size() + " names for " + spectra.length + " spectra.");
        }
        List<Composition> out = new ArrayList<>();
        for (int i = 0; i < spectra.length; i++) {
            out.add(quantify(names.get(i), spectra[i]));
        }
        return out;
    }

    /**
     * Quantifies every pixel of an image. Pixels are streamed (one spectrum per worker at a time); each pixel's result
     * depends only on its own spectrum, so the maps are identical for any thread count.
     *
     * @param threads worker threads, &gt;= 1
     * @throws IllegalArgumentException if the image axis differs from this quantifier's, or a pixel has a negative or
     *                                  non-finite value
     * @throws CancelledException       when cancelled (checked every 256 pixels)
     */
    public CompositionMaps quantifyImage(SpectrumImage image, int threads, Progress progress) {
        Progress pr = progress == null ? Progress.NONE : progress;
        if (!image.energyAxis().equals(plan.axis())) {
            throw new IllegalArgumentException("Image energy axis " + image.energyAxis() + " differs from the quantifier's " + plan.axis() + ".");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("Thread count must be >= 1, got " + threads + ".");
        }
        List<String> els = compositionElements();
        // one model for spectra and maps: the family fit of the image's sum spectrum fixes the detector response
        // and the family ratios; each pixel then fits one amplitude per element (see ModelFitEstimator)
        LineIntensityEstimator pixelFit = estimator;
        if (estimator instanceof AdaptiveFamilyFit ff) {
            double[] sum = image.sumSpectrum();
            boolean signal = false;
            for (int c = plan.fitFrom(); c < plan.fitTo(); c++) {
                signal |= sum[c] > 0;
            }
            pixelFit = signal ? new ModelFitEstimator(plan, ff.elementTemplates(sum)) : new ModelFitEstimator(plan);
        }
        LineIntensityEstimator perPixel = pixelFit;
        int n = image.pixels();
        int ne = els.size();
        float[][] at = new float[ne][n];
        float[][] sig = new float[ne][n];
        float[][] wt = new float[ne][n];
        int blocks = (n + BLOCK - 1) / BLOCK;
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "psnmf-quant");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int bIdx = 0; bIdx < blocks; bIdx++) {
                int p0 = bIdx * BLOCK;
                int p1 = Math.min(n, p0 + BLOCK);
                futures.add(pool.submit(() -> {
                    double[] spec = new double[image.channels()];
                    for (int p = p0; p < p1 && !stop.get(); p++) {
                        Arrays.fill(spec, 0);
                        image.addSpectrum(p, spec);
                        pixel(perPixel, image, p, spec, at, sig, wt);
                    }
                    return null;
                }));
            }
            for (int bIdx = 0; bIdx < blocks; bIdx++) {
                if (pr.isCancelled()) {
                    stop.set(true);
                    throw new CancelledException();
                }
                try {
                    futures.get(bIdx).get();
                } catch (ExecutionException e) {
                    stop.set(true);
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(c);
                } catch (InterruptedException e) {
                    stop.set(true);
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                }
                int done = Math.min(n, (bIdx + 1) * BLOCK);
                pr.report(done / (double) n, () -> String.format(Locale.ROOT, "Quantified %d of %d pixels", done, n));
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        return new CompositionMaps(image.width(), image.height(), els, at, sig, wt);
    }

    private void pixel(LineIntensityEstimator est, SpectrumImage image, int p, double[] spec, float[][] at, float[][] sig, float[][] wt) {
        boolean any = false;
        for (int c = 0; c < spec.length; c++) {
            double v = spec[c];
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "Pixel (%d, %d) has the value %s at channel %d (%.3f keV); quantification needs finite values >= 0.",
                        p % image.width(), p / image.width(), v, c, plan.axis().energyAt(c)));
            }
            any |= v > 0;
        }
        Composition comp = any ? CliffLorimer.compose("", plan, est.estimate(spec)) : null;
        for (int e = 0; e < at.length; e++) {
            if (comp == null) {
                at[e][p] = Float.NaN;
                sig[e][p] = Float.NaN;
                wt[e][p] = Float.NaN;
            } else {
                at[e][p] = (float) (100 * comp.atomicFraction()[e]);
                sig[e][p] = (float) (100 * comp.sigmaAtomicFraction()[e]);
                wt[e][p] = (float) (100 * comp.weightFraction()[e]);
            }
        }
    }

    /** @return the composition elements (plan elements minus excluded), in order */
    public List<String> compositionElements() {
        List<String> out = new ArrayList<>();
        for (QuantElement e : plan.elements()) {
            if (!e.excluded()) {
                out.add(e.element());
            }
        }
        return out;
    }

    private void validate(String name, double[] y) {
        EnergyAxis axis = plan.axis();
        if (y == null || y.length != axis.channels()) {
            throw new IllegalArgumentException("Spectrum '" + name + "' has " + (y == null ? 0 : y.length)
                    + " channels but the energy axis has " + axis.channels() + ".");
        }
        boolean any = false;
        for (int c = 0; c < y.length; c++) {
            double v = y[c];
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "Spectrum '%s' has the non-finite value %s at channel %d (%.3f keV).", name, v, c, axis.energyAt(c)));
            }
            if (v < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "Spectrum '%s' has the negative value %s at channel %d (%.3f keV); quantification needs counts >= 0.",
                        name, v, c, axis.energyAt(c)));
            }
            if (v > 0 && c >= plan.fitFrom() && c < plan.fitTo()) {
                any = true;
            }
        }
        if (!any) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Spectrum '%s' is empty (all zero between %.3f and %.3f keV); nothing to quantify.", name,
                    axis.energyAt(plan.fitFrom()), axis.energyAt(plan.fitTo() - 1)));
        }
    }
}
