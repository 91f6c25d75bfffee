/**
 * The data model, values only (no algorithms): a spectrum image is a {@code width x height} grid of spectra on one
 * {@link org.psnmf.engine.data.EnergyAxis}, pixels row-major ({@code p = y * width + x}), described by an
 * {@link org.psnmf.engine.data.ImageShape} with its {@link org.psnmf.engine.data.AcquisitionInfo}.
 *
 * <ul>
 * <li>{@link org.psnmf.engine.data.SpectrumImage}: the common read interface (spectra, sums, channel-window maps).</li>
 * <li>{@link org.psnmf.engine.data.SparseSpectrumImage}: raw counts, sparse per row; read pixel by pixel with its
 * {@link org.psnmf.engine.data.SparseSpectrumImage.Cursor}, built row by row with its
 * {@link org.psnmf.engine.data.SparseSpectrumImage.Builder} or, for counts arriving in any order, with
 * {@link org.psnmf.engine.data.SparseRowAccumulator}.</li>
 * <li>{@link org.psnmf.engine.data.FactoredSpectrumImage}: a model W·H kept factored (reconstructions, PCA).</li>
 * <li>{@link org.psnmf.engine.data.DenseSpectrumImage}: non-integer values read from files.</li>
 * </ul>
 */
package org.psnmf.engine.data;
