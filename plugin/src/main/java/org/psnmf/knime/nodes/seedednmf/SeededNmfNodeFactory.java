package org.psnmf.knime.nodes.seedednmf;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the "Seeded NMF" node. The description is SeededNmfNodeFactory.xml next to this class; the logic is in
 * {@link SeededNmfRunner}, the settings in {@link SeededNmfSettings}.
 */
public final class SeededNmfNodeFactory extends NodeFactory<SeededNmfNodeModel> {

    @Override
    public SeededNmfNodeModel createNodeModel() {
        return new SeededNmfNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<SeededNmfNodeModel> createNodeView(final int viewIndex, final SeededNmfNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SeededNmfNodeDialog();
    }
}
