package org.psnmf.knime.nodes.writer;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the "Spectrum Image Writer" node. The description is WriterNodeFactory.xml next to this class; the logic is in
 * {@link WriterRunner}, the settings in {@link WriterSettings}.
 */
public final class WriterNodeFactory extends NodeFactory<WriterNodeModel> {

    @Override
    public WriterNodeModel createNodeModel() {
        return new WriterNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<WriterNodeModel> createNodeView(final int viewIndex, final WriterNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new WriterNodeDialog();
    }
}
