package org.psnmf.knime.nodes.elementalmaps;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the "Elemental Maps" node. The description is ElementalMapsNodeFactory.xml next to this class; the logic is in
 * {@link ElementalMapsRunner}, the settings in {@link ElementalMapsSettings}.
 */
public final class ElementalMapsNodeFactory extends NodeFactory<ElementalMapsNodeModel> {

    @Override
    public ElementalMapsNodeModel createNodeModel() {
        return new ElementalMapsNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<ElementalMapsNodeModel> createNodeView(final int viewIndex, final ElementalMapsNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ElementalMapsNodeDialog();
    }
}
