/**
 * The PSNMF method (Chen, Alexander, Hébert, arXiv:2405.14649, Supporting Note 1) built on the Poisson NMF solver of
 * {@link org.psnmf.engine.nmf}: bin the counts b x b, fit spectra on the binned image, seed the full-resolution fit with
 * W/b² and the upsampled maps, keep the binned-stage spectra.
 *
 * <ul>
 * <li>{@link org.psnmf.engine.psnmf.Psnmf}: the pipeline; {@link org.psnmf.engine.psnmf.PsnmfOptions} its settings.</li>
 * <li>{@link org.psnmf.engine.psnmf.Seeding}: the seeding step (W/b², upsampled maps), shared by the pipeline and the
 * Seeded NMF node.</li>
 * <li>{@link org.psnmf.engine.psnmf.Upsampling}: binned maps back to the pixel grid.</li>
 * <li>{@link org.psnmf.engine.psnmf.BinSweep}: one step of the bin-factor sweep (CLI {@code sweep-bin} and the Choose
 * Binning Factor node).</li>
 * </ul>
 *
 * <p>Symbols (Y, W, H, sum-to-one) as in {@link org.psnmf.engine.nmf}.
 */
package org.psnmf.engine.psnmf;
