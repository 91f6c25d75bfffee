/**
 * The <em>Synthetic Spectrum Image</em> node: generates a synthetic STEM-EDX spectrum image with known ground truth (the paper's mantle sample by default).
 *
 * <p>As every node package: {@code SyntheticSettings} declares the settings once (node, dialog and example workflows
 * derive from it), {@code SyntheticRunner} does the work in plain Java on top of the engine (main entry point
 * {@code org.psnmf.engine.synth.Synthesizer}), {@code SyntheticNodeModel} is the thin KNIME glue and {@code SyntheticNodeFactory} (with its
 * {@code .xml} description and icon) registers the node.
 */
package org.psnmf.knime.nodes.synthetic;
