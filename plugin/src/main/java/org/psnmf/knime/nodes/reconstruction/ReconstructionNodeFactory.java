package org.psnmf.knime.nodes.reconstruction;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the "Reconstruction" node. The description is ReconstructionNodeFactory.xml next to this class; the logic is in
 * {@link ReconstructionRunner}, the settings in {@link ReconstructionSettings}.
 */
public final class ReconstructionNodeFactory extends NodeFactory<ReconstructionNodeModel> {

    @Override
    public ReconstructionNodeModel createNodeModel() {
        return new ReconstructionNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<ReconstructionNodeModel> createNodeView(final int viewIndex, final ReconstructionNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ReconstructionNodeDialog();
    }
}
