package org.psnmf.knime.nodes.quantification;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the "Quantification" node. The description is QuantificationNodeFactory.xml next to this class; the logic is in
 * {@link QuantificationRunner}, the settings in {@link QuantificationSettings}.
 */
public final class QuantificationNodeFactory extends NodeFactory<QuantificationNodeModel> {

    @Override
    public QuantificationNodeModel createNodeModel() {
        return new QuantificationNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<QuantificationNodeModel> createNodeView(final int viewIndex, final QuantificationNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new QuantificationNodeDialog();
    }
}
