package org.psnmf.knime.nodes.binning;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the "Spatial Binning" node. The description is BinningNodeFactory.xml next to this class; the logic is in
 * {@link BinningRunner}, the settings in {@link BinningSettings}.
 */
public final class BinningNodeFactory extends NodeFactory<BinningNodeModel> {

    @Override
    public BinningNodeModel createNodeModel() {
        return new BinningNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<BinningNodeModel> createNodeView(final int viewIndex, final BinningNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new BinningNodeDialog();
    }
}
