/**
 * The <em>Reconstruction</em> node: turns a Decomposition into a denoised Spectrum Image, the model W·H kept factored.
 *
 * <p>As every node package: {@code ReconstructionSettings} declares the settings once (node, dialog and example workflows
 * derive from it), {@code ReconstructionRunner} does the work in plain Java on top of the engine (main entry point
 * {@code org.psnmf.engine.data.FactoredSpectrumImage}), {@code ReconstructionNodeModel} is the thin KNIME glue and {@code ReconstructionNodeFactory} (with its
 * {@code .xml} description and icon) registers the node.
 */
package org.psnmf.knime.nodes.reconstruction;
