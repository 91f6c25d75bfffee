package org.psnmf.knime.nodes.pca;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the "PCA (Poisson-scaled)" node. The description is PcaNodeFactory.xml next to this class; the logic is in
 * {@link PcaRunner}, the settings in {@link PcaSettings}.
 */
public final class PcaNodeFactory extends NodeFactory<PcaNodeModel> {

    @Override
    public PcaNodeModel createNodeModel() {
        return new PcaNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<PcaNodeModel> createNodeView(final int viewIndex, final PcaNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new PcaNodeDialog();
    }
}
