/**
 * The <em>Spectrum Image Reader</em> node: reads an EDX spectrum image (or a single spectrum) from a file of any supported format into a Spectrum Image.
 *
 * <p>As every node package: {@code ReaderSettings} declares the settings once (node, dialog and example workflows
 * derive from it), {@code ReaderRunner} does the work in plain Java on top of the engine (main entry point
 * {@code org.psnmf.engine.io.registry.Readers}), {@code ReaderNodeModel} is the thin KNIME glue and {@code ReaderNodeFactory} (with its
 * {@code .xml} description and icon) registers the node.
 */
package org.psnmf.knime.nodes.reader;
