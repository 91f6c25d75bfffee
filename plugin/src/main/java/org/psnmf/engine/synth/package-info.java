/**
 * Synthetic STEM-EDX spectrum images with ground truth, for validating the decompositions (the PSNMF paper's
 * approach: phase spectra × abundance maps, then Poisson noise).
 *
 * <ul>
 * <li>{@link org.psnmf.engine.synth.SpectrumModel}: thin-film phase spectra from compositions (lines, continuum,
 * optional absorption).</li>
 * <li>{@link org.psnmf.engine.synth.AbundanceMaps}: matrix + grains, partial overlaps along the beam, sum to one.</li>
 * <li>{@link org.psnmf.engine.synth.MantlePreset}: the paper's Brg/Fp/CaPv sample (Table 1).</li>
 * <li>{@link org.psnmf.engine.synth.GaussianPeaksPhantom}: a fast Gaussian-peaks phantom for solver tests and the
 * benchmark.</li>
 * <li>{@link org.psnmf.engine.synth.Synthesizer}: {@link org.psnmf.engine.synth.SyntheticOptions} →
 * {@link org.psnmf.engine.synth.SyntheticDataset} (sparse counts + truth), deterministic by seed on any thread
 * count.</li>
 * <li>{@link org.psnmf.engine.synth.TruthFiles}: {@code truth_spectra.csv}, {@code truth_maps.csv},
 * {@code truth_composition.csv}.</li>
 * </ul>
 * Truth convention, as for NMF results: {@code spectra[k][c]} = expected counts of a pure phase-k pixel,
 * {@code maps[k][p]} = abundance (sum 1 per pixel), expected counts = Σ_k maps[k][p]·spectra[k][c].
 *
 * <p>How well the decompositions recover this truth is measured by the evaluation in {@code docs/nmf-evaluation.md}
 * (and checked by the acceptance tests), not stated here, so that no figure in the code goes stale.
 */
package org.psnmf.engine.synth;
