package org.psnmf.knime.nodes.compare;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the "Compare Components" node. The description is CompareComponentsNodeFactory.xml next to this class; the logic is in
 * {@link CompareComponentsRunner}, the settings in {@link CompareComponentsSettings}.
 */
public final class CompareComponentsNodeFactory extends NodeFactory<CompareComponentsNodeModel> {

    @Override
    public CompareComponentsNodeModel createNodeModel() {
        return new CompareComponentsNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<CompareComponentsNodeModel> createNodeView(final int viewIndex, final CompareComponentsNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CompareComponentsNodeDialog();
    }
}
