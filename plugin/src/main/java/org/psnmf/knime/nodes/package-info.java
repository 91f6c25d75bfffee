/**
 * The PSNMF KNIME nodes, one package per node in the knime-base style. Each package holds
 * <ul>
 * <li>{@code <Name>Settings}: every setting declared once as a {@link org.psnmf.knime.settings.Param} (config key,
 * dialog label = option name in the description, default, allowed values);</li>
 * <li>{@code <Name>Runner}: the node's work in plain Java (settings + engine inputs → engine outputs and result
 * tables, plus the configure-time output specs); no KNIME runtime needed, so tests and the example-workflow chain test
 * run it directly;</li>
 * <li>{@code <Name>NodeModel} (thin glue on {@link org.psnmf.knime.util.PsnmfNodeModel}), a one-line
 * {@code <Name>NodeFactory} on {@link org.psnmf.knime.util.PsnmfNodeFactory} (the dialog is
 * {@link org.psnmf.knime.settings.ParamDialog}, derived from the params) and, under {@code src/main/resources} in the
 * same package, its
 * description {@code <Name>NodeFactory.xml} (namespace {@code http://knime.org/node/v4.1}) and 16x16 icon.</li>
 * </ul>
 * {@link org.psnmf.knime.nodes.NodeCatalog} lists the registered nodes; the plugin.xml, description and settings
 * contract tests iterate over it.
 */
package org.psnmf.knime.nodes;
