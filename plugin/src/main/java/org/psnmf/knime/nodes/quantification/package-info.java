/**
 * The <em>Quantification</em> node: Cliff-Lorimer quantification of component spectra, of an image's sum spectrum and optionally of every pixel.
 *
 * <p>As every node package: {@code QuantificationSettings} declares the settings once (node, dialog and example workflows
 * derive from it), {@code QuantificationRunner} does the work in plain Java on top of the engine (main entry point
 * {@code org.psnmf.engine.quant.Quantifier}), {@code QuantificationNodeModel} is the thin KNIME glue and {@code QuantificationNodeFactory} (with its
 * {@code .xml} description and icon) registers the node.
 */
package org.psnmf.knime.nodes.quantification;
