package org.psnmf.knime.nodes.choosebinning;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the "Choose Binning Factor" node. The description is ChooseBinningNodeFactory.xml next to this class; the logic is in
 * {@link ChooseBinningRunner}, the settings in {@link ChooseBinningSettings}.
 */
public final class ChooseBinningNodeFactory extends NodeFactory<ChooseBinningNodeModel> {

    @Override
    public ChooseBinningNodeModel createNodeModel() {
        return new ChooseBinningNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<ChooseBinningNodeModel> createNodeView(final int viewIndex, final ChooseBinningNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ChooseBinningNodeDialog();
    }
}
