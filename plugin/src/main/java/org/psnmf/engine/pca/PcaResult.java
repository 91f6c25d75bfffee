package org.psnmf.engine.pca;

import org.psnmf.engine.data.FactoredSpectrumImage;

/**
 * Outcome of {@link PoissonPca#fit}.
 *
 * @param eigenvalues        leading eigenvalues of the scaled scatter matrix, descending (at least k of them)
 * @param explainedVariance  each eigenvalue divided by the total (the trace): the scree, in [0, 1]
 * @param loadings           k unit vectors of length channels, in the scaled space (sign: largest entry positive)
 * @param scores             k arrays of length pixels: the scaled data projected on each loading
 * @param model              the rank-k denoised data, unscaled back to counts, kept factored (spectra = loadings ·
 *                           sqrt(channel totals), maps = scores · sqrt(pixel totals)); values may be negative
 */
public record PcaResult(double[] eigenvalues, double[] explainedVariance, double[][] loadings, double[][] scores,
        FactoredSpectrumImage model) {
}
