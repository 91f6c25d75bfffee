package org.psnmf.engine.nmf;

import java.util.Arrays;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.progress.Progress;

/**
 * Poisson NMF: minimises the generalised Kullback–Leibler divergence
 * {@code D(Y || WH) = sum_{p,c} y log(y/m) − y + m}, {@code m = W·H}, over W ≥ 0 (channels x k) and H ≥ 0
 * (k x pixels), optionally with {@code sum_j H[j][p] = 1} per pixel and a spatial smoothness penalty on H.
 *
 * <h2>Algorithm</h2>
 * Alternating multiplicative (majorise–minimise) updates (Lee &amp; Seung 2001; Févotte &amp; Idier, Neural Comput.
 * 23(9), 2011, doi:10.1162/NECO_a_00168): each iteration first updates every pixel's abundances with W fixed, then W
 * with the new H: {@code W[c][j] ← W[c][j] · (sum_p H[j][p] y_pc / m_pc) / (sum_p H[j][p])}. Both steps are exact
 * minimisers of a Jensen auxiliary function, so the objective never increases (tested). Only the stored non-zeros are
 * visited; the dense part of the objective is {@code sum_j colsum(W)_j · rowsum(H)_j}.
 *
 * <h2>Sum-to-one</h2>
 * Enforced exactly (not by renormalisation): the abundance update of pixel p is {@code h_j = a_j / (s_j + λ_p)} with
 * the per-pixel Lagrange multiplier λ_p found by bracketed Newton iterations so that {@code sum_j h_j = 1} (espm's
 * simplex update; see {@link KlKernel}). W is free, so it carries the count level: {@code W·H} reproduces the counts.
 * Pixels without counts (vacuum) keep their abundances unless smoothness fills them from their neighbours.
 *
 * <h2>Fixed spectra</h2>
 * With {@link NmfOptions.SpectraMode#FIXED} the problem is convex and separable per pixel. Each pass then gathers a
 * pixel's W rows once and runs {@code checkInterval} abundance updates on that cache-resident buffer, instead of one
 * update per pass over the whole image; W is never written (bit-identical).
 *
 * <h2>Convergence</h2>
 * The objective is evaluated every {@code checkInterval} iterations (one log per non-zero); the fit stops when the
 * relative decrease since the previous evaluation is below {@code tolerance}, at {@code maxIterations}, or when the
 * wall-time budget is spent ({@code converged = false} in the last two cases). Progress is reported and cancellation
 * checked every iteration.
 *
 * <h2>Determinism</h2>
 * Pixels are split into a fixed list of blocks whatever the thread count; partial sums are added in block order, so
 * 1 and N threads give bit-identical factors.
 */
public final class PoissonNmf {

    /** Abundance-only updates (W fixed, per pixel in cache) run before the first iteration of a W-only start. */
    static final int WARM_UP = 30;

    private PoissonNmf() {
    }

    /**
     * Fits Y ≈ W·H.
     *
     * @param data     counts (pixels x channels); Not modified
     * @param options  settings (ranges already checked by the record)
     * @param progress progress and cancellation; may be null
     * @return the best restart's factors and diagnostics
     * @throws IllegalArgumentException if k exceeds min(pixels, channels), the image has no counts, or custom
     *                                  factors have the wrong length
     * @throws org.psnmf.engine.progress.CancelledException when cancelled
     */
    public static NmfResult fit(SparseSpectrumImage data, NmfOptions options, Progress progress) {
        Progress pr = progress == null ? Progress.NONE : progress;
        checkData(data, options);
        long t0 = System.nanoTime();
        double deadline = options.wallTimeSeconds();
        NmfResult best = null;
        try (BlockRunner runner = new BlockRunner(options.threads())) {
            for (int r = 0; r < options.restarts(); r++) {
                NmfOptions.Init init = r == 0 ? options.init() : NmfOptions.Init.RANDOM;
                Initialization.Start start = Initialization.create(data, options, init, options.seed() + r);
                Progress sub = pr.sub((double) r / options.restarts(), (r + 1.0) / options.restarts());
                // a W-only start (pure pixels, given spectra) first fits H with W fixed: one alternating step from
                // uniform abundances would otherwise blur the good spectra before H has caught up
                boolean wOnly = init == NmfOptions.Init.SPA || (init == NmfOptions.Init.CUSTOM
                        && options.initialSpectra() != null && options.initialMaps() == null);
                NmfResult res = run(data, options, start, runner, sub, t0, deadline, r, wOnly ? WARM_UP : 0);
                if (best == null || res.objective() < best.objective()) {
                    best = res;
                }
                if ((System.nanoTime() - t0) * 1e-9 > deadline) {
                    break;
                }
            }
        }
        double secs = (System.nanoTime() - t0) * 1e-9;
        return new NmfResult(best.spectra(), best.maps(), best.iterations(), best.objectiveTrace(),
                best.traceIterations(), best.objective(), best.converged(), secs, best.bestRestart());
    }

    static void checkData(SparseSpectrumImage data, NmfOptions o) {
        int k = o.components();
        int limit = Math.min(data.pixels(), data.channels());
        if (k > limit) {
            throw new IllegalArgumentException("Components (" + k + ") exceeds min(pixels, channels) = " + limit
                    + " of the " + data.width() + " x " + data.height() + " x " + data.channels()
                    + " image. Lower 'Components'.");
        }
        if (data.totalCountsExact() == 0) {
            throw new IllegalArgumentException("The spectrum image has no counts (all zero); NMF needs data.");
        }
        if (o.initialSpectra() != null && o.initialSpectra()[0].length != data.channels()) {
            throw new IllegalArgumentException("Initial spectra have " + o.initialSpectra()[0].length
                    + " channels, the image has " + data.channels() + ".");
        }
        if (o.initialMaps() != null && o.initialMaps()[0].length != data.pixels()) {
            throw new IllegalArgumentException("Initial maps have " + o.initialMaps()[0].length
                    + " pixels, the image has " + data.pixels() + ".");
        }
    }

    private static NmfResult run(SparseSpectrumImage data, NmfOptions o, Initialization.Start start,
            BlockRunner runner, Progress pr, long t0, double deadline, int restart, int warmUp) {
        int k = o.components();
        boolean fixedW = o.spectraMode() == NmfOptions.SpectraMode.FIXED;
        double mu = o.smoothness() * data.totalCounts() / data.pixels();
        KlKernel kern = new KlKernel(data, k, o.sumToOne(), mu, start.w(), start.h(), runner);
        // W fixed: run several updates per pixel while its data are in cache. With smoothness the neighbour anchor
        // stays the one from the start of the pass; each inner update still decreases the (KL + separable quadratic)
        // surrogate, which touches the true objective at that anchor, so the objective still never increases
        int inner = fixedW ? o.checkInterval() : 1;
        if (warmUp > 0 && !fixedW) {
            kern.sweep(warmUp, false, false);
        }
        int every = fixedW ? 1 : o.checkInterval();
        double[] trace = new double[o.maxIterations() / Math.max(1, inner * every) + 4];
        int[] traceIt = new int[trace.length];
        int nTrace = 0;
        double prev = Double.NaN;
        boolean converged = false;
        int it = 0;
        int pass = 0;
        while (it < o.maxIterations()) {
            pr.checkCancelled();
            int step = Math.min(inner, o.maxIterations() - it);
            pass++;
            boolean last = it + step >= o.maxIterations();
            boolean check = pass % every == 0 || last;
            double obj = kern.sweep(step, !fixedW, check);
            it += step;
            if (check) {
                if (nTrace == trace.length) {
                    trace = Arrays.copyOf(trace, nTrace * 2);
                    traceIt = Arrays.copyOf(traceIt, nTrace * 2);
                }
                trace[nTrace] = obj;
                traceIt[nTrace++] = it;
                if (o.tolerance() > 0 && !Double.isNaN(prev) && (prev - obj) <= o.tolerance() * Math.abs(obj)) {
                    converged = true;
                    final int fi = it;
                    final double fo = obj;
                    pr.report(1, () -> String.format("NMF converged at iteration %d, objective %.6g", fi, fo));
                    break;
                }
                prev = obj;
            }
            final int fi = it;
            final double fp = prev;
            pr.report((double) it / o.maxIterations(),
                    () -> String.format("NMF iteration %d/%d, objective %.6g", fi, o.maxIterations(), fp));
            if ((System.nanoTime() - t0) * 1e-9 > deadline) {
                break;
            }
        }
        double objective = kern.sweep(0, false, true);
        return new NmfResult(Initialization.split(kern.w, k), Initialization.split(kern.h, k), it,
                Arrays.copyOf(trace, nTrace), Arrays.copyOf(traceIt, nTrace), objective, converged, 0, restart);
    }
}
