/**
 * The <em>Elemental Maps</em> node: integrates the X-ray line windows of chosen elements into intensity maps (PNG) with totals.
 *
 * <p>As every node package: {@code ElementalMapsSettings} declares the settings once (node, dialog and example workflows
 * derive from it), {@code ElementalMapsRunner} does the work in plain Java on top of the engine (main entry point
 * {@code org.psnmf.engine.xray.XrayDatabase}), {@code ElementalMapsNodeModel} is the thin KNIME glue and {@code ElementalMapsNodeFactory} (with its
 * {@code .xml} description and icon) registers the node.
 */
package org.psnmf.knime.nodes.elementalmaps;
