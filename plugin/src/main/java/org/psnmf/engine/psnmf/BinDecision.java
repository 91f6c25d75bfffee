package org.psnmf.engine.psnmf;

import java.util.List;

/**
 * The automatic choice of the bin factor b ({@link BinChoice}) and its evidence, one row per candidate b.
 *
 * @param bin        the chosen b
 * @param candidates the candidates, coarse to fine
 * @param warning    a sentence for the user when no candidate is clearly safe, else null
 */
public record BinDecision(int bin, List<Candidate> candidates, String warning) {

    /**
     * One candidate b.
     *
     * @param bin                b
     * @param binnedWidth        width of the binned image
     * @param binnedHeight       height of the binned image
     * @param countsPerBin       mean counts per bin of the image (both halves)
     * @param heldOutDeviance    Poisson deviance per held-out pixel of the spectra fitted on one half of the counts,
     *                           scored on the other half with the abundances fitted there (lower = better)
     * @param excessDeviance     {@code heldOutDeviance} minus the smallest one of all candidates (0 for the best)
     * @param excessZ            that excess in standard errors of the paired per-pixel differences (the rule: the
     *                           coarsest b with excessZ ≤ 1 is chosen)
     * @param maxAngleToCoarser  largest spectral angle, degrees, between this b's spectra and those of the previous
     *                           (coarser) candidate after matching; NaN for the first
     * @param angleToBestDeg     largest spectral angle, degrees, to the spectra of the lowest-scoring b (0 for it)
     * @param converged          whether the binned fit on the first half met its tolerance
     * @param seconds            seconds spent on this candidate (fit and score)
     */
    public record Candidate(int bin, int binnedWidth, int binnedHeight, double countsPerBin, double heldOutDeviance,
            double excessDeviance, double excessZ, double maxAngleToCoarser, double angleToBestDeg, boolean converged, double seconds) {
    }
}
