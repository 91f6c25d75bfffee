/**
 * The <em>Spatial Binning</em> node: sums b x b blocks of pixels (and optionally adjacent energy channels) of a count spectrum image, the first step of PSNMF.
 *
 * <p>As every node package: {@code BinningSettings} declares the settings once (node, dialog and example workflows
 * derive from it), {@code BinningRunner} does the work in plain Java on top of the engine (main entry point
 * {@code org.psnmf.engine.binning.Binning}), {@code BinningNodeModel} is the thin KNIME glue and {@code BinningNodeFactory} (with its
 * {@code .xml} description and icon) registers the node.
 */
package org.psnmf.knime.nodes.binning;
