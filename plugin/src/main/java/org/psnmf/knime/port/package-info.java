/**
 * The two PSNMF port types (registered in plugin.xml under {@code org.knime.core.PortType}).
 * <ul>
 * <li><b>Spectrum Image</b> ({@link org.psnmf.knime.port.SpectrumImagePortObject} +
 * {@link org.psnmf.knime.port.SpectrumImageSpec}): raw counts (sparse) or a model (factored or dense), written to one
 * KNIME file store by {@link org.psnmf.knime.port.SpectrumImageFiles} and read back lazily; the spec (size, energy
 * axis, metadata, counts or model) lets downstream nodes configure before execution.</li>
 * <li><b>Decomposition</b> ({@link org.psnmf.knime.port.DecompositionPortObject} +
 * {@link org.psnmf.knime.port.DecompositionSpec}) wrapping the plain-Java {@link org.psnmf.knime.port.Decomposition}:
 * component spectra W (k x channels), abundance maps H (k x pixels), energy axis, grid, method and provenance.</li>
 * </ul>
 * Serializers write their own zip entries (spec as text, data as big-endian binary) so they round-trip without
 * KNIME's runtime. {@link org.psnmf.knime.port.PsnmfPortTypes} holds the PortType constants apart from the classes,
 * which therefore load without KNIME's port type registry.
 */
package org.psnmf.knime.port;
