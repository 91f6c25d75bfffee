/**
 * Quantification of X-ray spectra: line intensities, then Cliff-Lorimer compositions with uncertainties from counting
 * statistics.
 *
 * <ul>
 * <li>{@link org.psnmf.engine.quant.Quantifier}: the entry point; spectra (components, sum spectrum, pixels) on one
 * energy axis with {@link org.psnmf.engine.quant.QuantSettings} to {@link org.psnmf.engine.quant.Composition} and
 * {@link org.psnmf.engine.quant.CompositionMaps}.</li>
 * <li>Line intensities: a model fit of line families and continuum ({@link org.psnmf.engine.quant.ModelFitEstimator},
 * {@link org.psnmf.engine.quant.AdaptiveFamilyFit}) or background-subtracted windows
 * ({@link org.psnmf.engine.quant.WindowEstimator}); {@link org.psnmf.engine.quant.IntensityMethod} chooses.</li>
 * <li>{@link org.psnmf.engine.quant.CliffLorimer} with theoretical or user k-factors
 * ({@link org.psnmf.engine.quant.KFactorTable}), optional thin-film absorption
 * ({@link org.psnmf.engine.quant.ThinFilmAbsorption}, {@link org.psnmf.engine.quant.MassAttenuation}).</li>
 * <li>CSV input and output: {@link org.psnmf.engine.quant.SpectraCsv}, {@link org.psnmf.engine.quant.QuantCsv}.</li>
 * </ul>
 * Symbols: C_i atomic fraction of element i, I_i counts in its line family, k_i its factor relative to Si Kα.
 */
package org.psnmf.engine.quant;
