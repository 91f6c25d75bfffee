package org.psnmf.engine.psnmf;

import java.util.ArrayList;
import java.util.List;

import org.psnmf.engine.binning.Binning;
import org.psnmf.engine.binning.EdgePolicy;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.nmf.NmfResult;
import org.psnmf.engine.nmf.PoissonNmf;
import org.psnmf.engine.progress.Progress;

/**
 * NMF-based pan-sharpening (Chen, Alexander, Hébert, arXiv:2405.14649, Supporting Note 1):
 * <ol>
 * <li>bin the counts b x b (LR-HS image X; still Poisson, b² times the counts per pixel);</li>
 * <li>Poisson NMF of X: X ≈ W·H_h (the accurate spectra);</li>
 * <li>seeded NMF of the original Y: W/b² (the same spectra at the count level of one pixel) and H_h upsampled to the
 * full grid start the fit; by default W stays fixed, so this stage is a convex, per-pixel abundance fit;</li>
 * <li>fusion: spectra = W/b² from step 2, maps = H from step 3.</li>
 * </ol>
 *
 * <p>With {@code b = auto} ({@link PsnmfOptions#AUTO}) b is chosen first from the data ({@link BinChoice}: the
 * held-out likelihood of a Poisson split) and the binned fit at the chosen b starts from the choice's own fit of
 * that b (coarse to fine over the candidates, {@link BinLadder}); with {@code multiscale} and a fixed b the binned fit
 * is reached coarse to fine through the ladder entries above b.
 *
 * <p>Stopping the full-resolution stage at very low counts: with W fixed and no regulariser, each pixel's abundances
 * converge to that pixel's own maximum-likelihood estimate, whose noise at ~20 counts/pixel is large; the map error
 * is then lowest after ~10 iterations from the smooth upsampled start and grows by a third when the stage is run to
 * convergence (an early-stopping optimum that depends on the count level). The default therefore adds the Laplacian
 * smoothness penalty ({@code fullSmoothness} 0.1): the stage converges to a regularised optimum whose map error is
 * half the unregularised one and no longer depends on the iteration limit (see docs/nmf-evaluation.md).
 */
public final class Psnmf {

    private Psnmf() {
    }

    /**
     * @param original counts at full resolution; Not modified
     * @param options  settings
     * @param progress progress/cancel; may be null
     * @throws IllegalArgumentException if b exceeds the image or k exceeds the binned image's pixels or channels
     */
    public static PsnmfResult run(SparseSpectrumImage original, PsnmfOptions options, Progress progress) {
        Progress pr = progress == null ? Progress.NONE : progress;
        int b = options.bin();
        if (b > Math.min(original.width(), original.height())) {
            throw new IllegalArgumentException("Bin factor " + b + " is larger than the " + original.width() + " x "
                    + original.height() + " image; choose b <= " + Math.min(original.width(), original.height())
                    + ".");
        }
        if (original.totalCountsExact() == 0) {
            throw new IllegalArgumentException("The spectrum image has no counts (all zero); PSNMF needs data.");
        }
        int k = options.binned().components();
        BinDecision decision = null;
        BinLadder.Stage start = null;
        double startScale = 1;
        double chooseSeconds = 0;
        double binnedEnd = 0.5;
        if (options.autoBin()) {
            long tc = System.nanoTime();
            BinChoice.Outcome oc = BinChoice.decide(original, options, pr.sub(0, 0.4));
            decision = oc.decision();
            b = decision.bin();
            start = oc.chosen();
            // the candidates were fitted on one half of the counts: scale their spectra to the whole image
            startScale = 1 / oc.trainFraction();
            chooseSeconds = (System.nanoTime() - tc) * 1e-9;
            binnedEnd = 0.6;
        } else if (options.multiscale()) {
            List<Integer> coarser = new ArrayList<>();
            for (int e : BinChoice.candidates(options.ladder(), original.width(), original.height(), k)) {
                if (e > b) {
                    coarser.add(e);
                }
            }
            long tc = System.nanoTime();
            for (int i = 0; i < coarser.size(); i++) {
                int e = coarser.get(i);
                pr.report(0.3 * i / coarser.size(), () -> "PSNMF: coarse-to-fine seeding, b = " + e);
                start = BinLadder.fit(original, e, options.binned(), start, 1, options.upsampling(),
                        pr.sub(0.3 * i / coarser.size(), 0.3 * (i + 1) / coarser.size()));
            }
            chooseSeconds = (System.nanoTime() - tc) * 1e-9;
        }
        long t0 = System.nanoTime();
        // full b x b bins only (DROP): a partial edge bin holds fewer counts, which a sum-to-one model cannot fit;
        // the dropped edge pixels still get abundances in the full-resolution stage
        SparseSpectrumImage binned = Binning.spatial(original, b, EdgePolicy.DROP, null).image();
        double binSeconds = (System.nanoTime() - t0) * 1e-9;
        if (k > Math.min(binned.pixels(), binned.channels())) {
            throw new IllegalArgumentException("Components (" + k + ") exceeds the " + binned.pixels()
                    + " pixels of the image binned " + b + " x " + b + " (" + binned.width() + " x " + binned.height()
                    + "). Lower 'Components' or the bin factor.");
        }
        double from = start == null ? 0 : binnedEnd - 0.2;
        pr.report(from, () -> "PSNMF: NMF of the " + binned.width() + " x " + binned.height() + " binned image");
        NmfResult first = start == null ? PoissonNmf.fit(binned, options.binned(), pr.sub(0, binnedEnd))
                : BinLadder.fit(original, b, options.binned(), start, startScale, options.upsampling(),
                        pr.sub(from, binnedEnd)).fit();
        Seeding.Seed seed = Seeding.fromBinned(first.spectra(), first.maps(), binned.width(), binned.height(), b,
                original.width(), original.height(), options.upsampling());
        if (options.purePixels()) {
            pr.report(binnedEnd, () -> "PSNMF: pure-pixel refinement of the spectra");
            seed = new Seeding.Seed(PurePixels.refine(original, seed.spectra(), seed.maps(), options.binned()),
                    seed.maps());
        }
        NmfOptions fullOpts = Seeding.fullStageOptions(options.binned(), seed, options.full());
        pr.report(binnedEnd, () -> "PSNMF: seeded NMF at full resolution");
        NmfResult second = PoissonNmf.fit(original, fullOpts, pr.sub(binnedEnd, 1));
        return new PsnmfResult(seed.spectra(), second.maps(), first, second, b, binned.width(), binned.height(),
                binSeconds, first.seconds(), second.seconds(), decision, chooseSeconds);
    }
}
