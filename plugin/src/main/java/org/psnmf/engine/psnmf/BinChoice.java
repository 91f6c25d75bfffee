package org.psnmf.engine.psnmf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.nmf.NmfResult;
import org.psnmf.engine.nmf.PoissonNmf;
import org.psnmf.engine.progress.Progress;

/**
 * Chooses the bin factor b from the data ({@code b = auto}): the b whose spectra best predict counts they were not
 * fitted on.
 *
 * <h2>Criterion: held-out Poisson likelihood of a count split</h2>
 * The counts are split by binomial thinning into two independent Poisson halves ({@link Thinning}). On the first
 * half, the binned stage runs coarse to fine over the candidate b ({@link BinLadder}), giving spectra W_b for every b.
 * Each W_b / b² is then held fixed and only the abundances are fitted, pixel by pixel, on the second half (a seeded
 * sample of pixels); the Poisson deviance of that fit is the score. The chosen b is the coarsest one whose score is
 * within one standard error (of the paired per-pixel differences) of the lowest score, or whose spectra are within
 * {@value #STABLE_DEG}° of the spectra of the lowest-scoring b: the one-standard-error rule of
 * cross-validation (Hastie, Tibshirani, Friedman, The Elements of Statistical Learning, 2nd ed., §7.10), because the
 * held-out likelihood cannot see the rotational ambiguity of NMF (spectra that fit equally well), which grows as the
 * bins get smaller and noisier; so among the b that fit new counts equally well, or that give the same spectra as the
 * best-fitting b, the one with most counts per bin wins. (On the evaluation images the held-out score kept falling
 * down to the finest b tried, by many standard errors, while the spectra of b = 8 and b = 2 differed by less than a
 * degree: the spectral test is what lets the coarse bins' SNR be used.)
 *
 * <p>Why this criterion: it measures directly what b trades off. A b too large for the smallest phase structure
 * leaves no pure bin of that phase, so its spectrum comes out mixed with its surroundings; then no abundances can fit
 * the pure pixels of that phase at full resolution and the held-out deviance rises there. A b too small gives spectra
 * with more noise (fewer counts per bin, more local minima), which fit new counts worse everywhere. Because the
 * spectra never saw the held-out half, noise fitted into them is penalised rather than rewarded (scoring on the same
 * counts always favours the smallest b). Spectral stability across b and pixel purity were considered: both need a
 * threshold that depends on the count level and the spectra, which the likelihood does not.
 *
 * <p>Deterministic for a given seed on any thread count (the split, the pixel sample and every fit are).
 */
public final class BinChoice {

    /** Held-out pixels scored (a seeded uniform sample; with W fixed each pixel is fitted on its own). */
    static final int HELD_OUT_PIXELS = 16384;
    /** Standard errors within which a coarser b counts as good as the best (the one-standard-error rule). */
    static final double SE_RULE = 1;
    /**
     * Most bins of a candidate of b = auto: caps the cost of the finest binned fits on large images (a 512 px image
     * tries b down to 4, a 256 px one down to 2); the held-out score kept falling down to the finest b tried in the
     * evaluation, so this cap is a cost limit, not a statistical one.
     */
    static final long MAX_BINS = 16384;
    /**
     * Largest spectral angle (degrees, worst component) to the spectra of the best-scoring b at which a coarser b
     * counts as the same solution: about twice the angle between consecutive fine candidates on the mantle and espm
     * images (0.3–0.5°), i.e. above the noise of the half-data fits.
     */
    static final double STABLE_DEG = 1.0;
    /** Largest spectral change (degrees) between the two finest candidates that still counts as settled. */
    static final double SETTLED_DEG = 5;
    /** Fewest bins a candidate's binned image must have (per component, and at least 16). */
    static final int MIN_BINS_PER_COMPONENT = 4;

    /** The decision and the state the final fit starts from. */
    record Outcome(BinDecision decision, BinLadder.Stage chosen, double trainFraction) {
    }

    private BinChoice() {
    }

    /**
     * @return the candidates of {@code ladder} that give a binned image large enough for k components and, for
     *         b = auto, at most {@link #MAX_BINS} bins
     */
    static List<Integer> candidates(List<Integer> ladder, int width, int height, int k) {
        List<Integer> out = new ArrayList<>();
        int minBins = Math.max(16, MIN_BINS_PER_COMPONENT * k);
        for (int b : ladder) {
            long bins = (long) (width / Math.max(1, b)) * (height / Math.max(1, b));
            if (b >= 1 && b <= Math.min(width, height) && bins >= minBins) {
                out.add(b);
            }
        }
        return out;
    }

    /** @return {@link #candidates} without the b whose binned image has more than {@link #MAX_BINS} bins */
    static List<Integer> autoCandidates(List<Integer> ladder, int width, int height, int k) {
        List<Integer> out = new ArrayList<>();
        for (int b : candidates(ladder, width, height, k)) {
            if ((long) (width / b) * (height / b) <= MAX_BINS || out.isEmpty()) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * @param img     counts; Not modified
     * @param options PSNMF settings: the ladder (candidates, coarse to fine), the binned-stage NMF settings, seed
     * @throws IllegalArgumentException if no candidate fits the image
     */
    public static BinDecision choose(SparseSpectrumImage img, PsnmfOptions options, Progress progress) {
        return decide(img, options, progress).decision();
    }

    static Outcome decide(SparseSpectrumImage img, PsnmfOptions options, Progress progress) {
        Progress pr = progress == null ? Progress.NONE : progress;
        NmfOptions base = options.binned();
        int k = base.components();
        List<Integer> bins = autoCandidates(options.ladder(), img.width(), img.height(), k);
        if (bins.isEmpty()) {
            throw new IllegalArgumentException("No bin factor of " + options.ladder() + " leaves at least "
                    + Math.max(16, MIN_BINS_PER_COMPONENT * k) + " bins of the " + img.width() + " x " + img.height()
                    + " image for " + k + " components; set b by hand (e.g. b = 1).");
        }
        pr.report(0, () -> "Choosing b: splitting the counts into two halves");
        Thinning.Split split = Thinning.half(img, HELD_OUT_PIXELS, base.seed());
        double countsPerPixel = img.totalCounts() / img.pixels();
        List<BinLadder.Stage> stages = new ArrayList<>();
        double[][] perPixel = new double[bins.size()][];
        double[] score = new double[bins.size()];
        double[] angle = new double[bins.size()];
        double[] secs = new double[bins.size()];
        BinLadder.Stage prev = null;
        for (int i = 0; i < bins.size(); i++) {
            int b = bins.get(i);
            long t0 = System.nanoTime();
            Progress sub = pr.sub((i + 0.05) / bins.size(), (i + 1.0) / bins.size());
            pr.report((i + 0.05) / bins.size(), () -> "Choosing b: candidate b = " + b + " of " + bins);
            BinLadder.Stage st = BinLadder.fit(split.train(), b, base, prev, 1, options.upsampling(), sub);
            perPixel[i] = heldOutDeviance(split, st, img.width(), img.height(), base, options.upsampling());
            score[i] = mean(perPixel[i]);
            angle[i] = prev == null ? Double.NaN : maxAngle(st.fit().spectra(), prev.fit().spectra());
            secs[i] = (System.nanoTime() - t0) * 1e-9;
            stages.add(st);
            prev = st;
        }
        int min = 0;
        for (int i = 1; i < bins.size(); i++) {
            if (score[i] < score[min]) {
                min = i;
            }
        }
        // one-standard-error rule: the coarsest b whose excess over the best is within one standard error of the
        // paired per-pixel differences
        // or whose spectra are within STABLE_DEG of the best-scoring b's: the same phases at a better SNR
        double[] z = new double[bins.size()];
        double[] toBest = new double[bins.size()];
        int best = min;
        for (int i = 0; i < bins.size(); i++) {
            z[i] = zScore(perPixel[i], perPixel[min]);
            toBest[i] = i == min ? 0 : maxAngle(stages.get(i).fit().spectra(), stages.get(min).fit().spectra());
            if (i < best && (z[i] <= SE_RULE || toBest[i] <= STABLE_DEG)) {
                best = i;
            }
        }
        List<BinDecision.Candidate> rows = new ArrayList<>();
        for (int i = 0; i < bins.size(); i++) {
            BinLadder.Stage st = stages.get(i);
            int b = bins.get(i);
            rows.add(new BinDecision.Candidate(b, st.binnedWidth(), st.binnedHeight(), countsPerPixel * b * b, score[i],
                    score[i] - score[min], z[i], angle[i], toBest[i], st.fit().converged(), secs[i]));
        }
        String warning = null;
        if (bins.size() == 1) {
            warning = "Only b = " + bins.get(0) + " of " + options.ladder() + " fits the " + img.width() + " x "
                    + img.height() + " image, so b was not compared with other values.";
        } else if (best == bins.size() - 1 && angle[best] > SETTLED_DEG) {
            warning = String.format(Locale.ROOT, "No b is clearly safe: the held-out deviance is lowest at the "
                    + "smallest b tried (b = %d) and the spectra still changed by %.1f° from b = %d, so phase "
                    + "structures may be smaller than the bins or the counts too low to resolve them. Check the maps "
                    + "and spectra; more counts or a smaller b set by hand may help.", bins.get(best), angle[best],
                    bins.get(best - 1));
        }
        return new Outcome(new BinDecision(bins.get(best), rows, warning), stages.get(best), split.trainFraction());
    }

    /**
     * Fits the abundances of the held-out pixels with the stage's spectra fixed (scaled to one pixel of the first
     * half) and returns the Poisson deviance of each held-out pixel.
     */
    private static double[] heldOutDeviance(Thinning.Split split, BinLadder.Stage st, int width, int height,
            NmfOptions base, Upsampling up) {
        int k = st.fit().components();
        double[][] w = BinLadder.scaled(st.fit().spectra(), 1.0 / ((double) st.bin() * st.bin()));
        int[] px = split.pixels();
        double[][] h0 = new double[k][px.length];
        for (int j = 0; j < k; j++) {
            double[] full = up.apply(st.fit().maps()[j], st.binnedWidth(), st.binnedHeight(), st.bin(), width,
                    height);
            for (int i = 0; i < px.length; i++) {
                h0[j][i] = full[px[i]];
            }
        }
        double[][] h = PixelFit.abundances(split.heldOut(), w, h0, base);
        return PixelFit.deviance(split.heldOut(), w, h);
    }

    /** @return mean(a − b) / standard error of the mean of (a − b); 0 when a equals b */
    static double zScore(double[] a, double[] b) {
        int n = a.length;
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double d = a[i] - b[i];
            s += d;
            s2 += d * d;
        }
        double mean = s / n;
        double var = Math.max(0, s2 / n - mean * mean) / Math.max(1, n - 1);
        return var > 0 ? mean / Math.sqrt(var) : 0;
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    private static double maxAngle(double[][] a, double[][] b) {
        double m = 0;
        for (double v : ComponentMatching.angles(a, b)) {
            m = Math.max(m, v);
        }
        return m;
    }
}
