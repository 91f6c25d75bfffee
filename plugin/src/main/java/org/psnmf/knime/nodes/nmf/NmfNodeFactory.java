package org.psnmf.knime.nodes.nmf;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the "NMF" node. The description is NmfNodeFactory.xml next to this class; the logic is in
 * {@link NmfRunner}, the settings in {@link NmfSettings}.
 */
public final class NmfNodeFactory extends NodeFactory<NmfNodeModel> {

    @Override
    public NmfNodeModel createNodeModel() {
        return new NmfNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<NmfNodeModel> createNodeView(final int viewIndex, final NmfNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new NmfNodeDialog();
    }
}
