/**
 * The <em>Choose Binning Factor</em> node: runs PSNMF for several bin factors b and tabulates fit (Poisson deviance) and spectrum stability, to help choose b.
 *
 * <p>As every node package: {@code ChooseBinningSettings} declares the settings once (node, dialog and example workflows
 * derive from it), {@code ChooseBinningRunner} does the work in plain Java on top of the engine (main entry point
 * {@code org.psnmf.engine.psnmf.BinSweep}), {@code ChooseBinningNodeModel} is the thin KNIME glue and {@code ChooseBinningNodeFactory} (with its
 * {@code .xml} description and icon) registers the node.
 */
package org.psnmf.knime.nodes.choosebinning;
