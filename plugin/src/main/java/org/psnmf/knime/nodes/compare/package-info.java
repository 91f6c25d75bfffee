/**
 * The <em>Compare Components</em> node: matches the components of a decomposition to a reference (such as the ground truth) and reports spectral angles and map errors.
 *
 * <p>As every node package: {@code CompareComponentsSettings} declares the settings once (node, dialog and example workflows
 * derive from it), {@code CompareComponentsRunner} does the work in plain Java on top of the engine (main entry point
 * {@code org.psnmf.engine.metrics.ComponentMatching}), {@code CompareComponentsNodeModel} is the thin KNIME glue and {@code CompareComponentsNodeFactory} (with its
 * {@code .xml} description and icon) registers the node.
 */
package org.psnmf.knime.nodes.compare;
