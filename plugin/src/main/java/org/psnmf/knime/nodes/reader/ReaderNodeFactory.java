package org.psnmf.knime.nodes.reader;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the "EDX Spectrum Image Reader" node. The description is ReaderNodeFactory.xml next to this class; the logic is in
 * {@link ReaderRunner}, the settings in {@link ReaderSettings}.
 */
public final class ReaderNodeFactory extends NodeFactory<ReaderNodeModel> {

    @Override
    public ReaderNodeModel createNodeModel() {
        return new ReaderNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<ReaderNodeModel> createNodeView(final int viewIndex, final ReaderNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ReaderNodeDialog();
    }
}
