/**
 * The <em>Spectrum Image Writer</em> node: writes a Spectrum Image to a RIPPLE file pair (.rpl + .raw), or its sum spectrum to an EMSA/MAS file.
 *
 * <p>As every node package: {@code WriterSettings} declares the settings once (node, dialog and example workflows
 * derive from it), {@code WriterRunner} does the work in plain Java on top of the engine (main entry point
 * {@code org.psnmf.engine.io.ripple.RippleWriter}), {@code WriterNodeModel} is the thin KNIME glue and {@code WriterNodeFactory} (with its
 * {@code .xml} description and icon) registers the node.
 */
package org.psnmf.knime.nodes.writer;
