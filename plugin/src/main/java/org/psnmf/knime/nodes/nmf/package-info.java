/**
 * The <em>NMF</em> node: Poisson (Kullback-Leibler) NMF of a count spectrum image into component spectra and abundance maps.
 *
 * <p>As every node package: {@code NmfSettings} declares the settings once (node, dialog and example workflows
 * derive from it), {@code NmfRunner} does the work in plain Java on top of the engine (main entry point
 * {@code org.psnmf.engine.nmf.PoissonNmf}), {@code NmfNodeModel} is the thin KNIME glue and {@code NmfNodeFactory} (with its
 * {@code .xml} description and icon) registers the node.
 */
package org.psnmf.knime.nodes.nmf;
