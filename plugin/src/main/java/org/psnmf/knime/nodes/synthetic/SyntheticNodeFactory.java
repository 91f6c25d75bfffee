package org.psnmf.knime.nodes.synthetic;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the "Synthetic EDX Spectrum Image" node. The description is SyntheticNodeFactory.xml next to this class; the logic is in
 * {@link SyntheticRunner}, the settings in {@link SyntheticSettings}.
 */
public final class SyntheticNodeFactory extends NodeFactory<SyntheticNodeModel> {

    @Override
    public SyntheticNodeModel createNodeModel() {
        return new SyntheticNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<SyntheticNodeModel> createNodeView(final int viewIndex, final SyntheticNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SyntheticNodeDialog();
    }
}
