package org.psnmf.engine.synth;

import java.util.List;

import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;

/**
 * A synthetic spectrum image and its ground truth.
 *
 * <p>Truth convention (the same as the NMF results, {@code Y ≈ W·H}): {@code spectra[k]} is phase k's spectrum in
 * expected counts per channel for a pixel made of phase k only, {@code maps[k]} its abundance per pixel (summing to 1
 * over k), so the noise-free expected counts are λ(p, c) = Σ_k maps[k][p] · spectra[k][c] and {@code counts} is a
 * Poisson draw of λ.
 *
 * @param counts  the sampled counts (sparse)
 * @param spectra k x channels, expected counts; Do not modify
 * @param maps    k x pixels (row-major, p = y * width + x), abundances in [0, 1] summing to 1 per pixel; Do not modify
 * @param phases  the k phases (compositions)
 * @param options the options that produced it
 */
public record SyntheticDataset(SparseSpectrumImage counts, double[][] spectra, double[][] maps, List<Phase> phases,
        SyntheticOptions options) {

    /** @return number of phases k */
    public int components() {
        return phases.size();
    }

    /** @return phase names in component order */
    public List<String> phaseNames() {
        return phases.stream().map(Phase::name).toList();
    }

    /** @return the noise-free expected counts W·H, kept factored (no dense cube) */
    public FactoredSpectrumImage expected() {
        return new FactoredSpectrumImage(counts.width(), counts.height(), counts.energyAxis(), counts.info(), spectra,
                maps);
    }
}
