/**
 * The <em>Poisson PCA</em> node: principal component analysis with Poisson scaling: scree table and the rank-k denoised image.
 *
 * <p>As every node package: {@code PcaSettings} declares the settings once (node, dialog and example workflows
 * derive from it), {@code PcaRunner} does the work in plain Java on top of the engine (main entry point
 * {@code org.psnmf.engine.pca.PoissonPca}), {@code PcaNodeModel} is the thin KNIME glue and {@code PcaNodeFactory} (with its
 * {@code .xml} description and icon) registers the node.
 */
package org.psnmf.knime.nodes.pca;
