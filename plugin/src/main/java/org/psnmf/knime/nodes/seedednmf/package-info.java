/**
 * The <em>Seeded NMF</em> node: the full-resolution stage of PSNMF: abundance maps of the original image from spectra found on the binned image.
 *
 * <p>As every node package: {@code SeededNmfSettings} declares the settings once (node, dialog and example workflows
 * derive from it), {@code SeededNmfRunner} does the work in plain Java on top of the engine (main entry point
 * {@code org.psnmf.engine.psnmf.Seeding}), {@code SeededNmfNodeModel} is the thin KNIME glue and {@code SeededNmfNodeFactory} (with its
 * {@code .xml} description and icon) registers the node.
 */
package org.psnmf.knime.nodes.seedednmf;
