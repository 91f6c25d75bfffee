package org.psnmf.knime.util;

import java.util.function.Supplier;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.psnmf.knime.settings.ParamDialog;
import org.psnmf.knime.settings.ParamSettings;

/**
 * The one factory of every PSNMF node: a model from its supplier, no views, and the dialog derived from the node's
 * settings ({@link ParamDialog}). A node's factory only names its model and settings; KNIME still needs one class per
 * node (plugin.xml names it, and the description {@code <Factory>.xml} and icon are found next to it).
 *
 * <p>KNIME 5.6+ deprecates the three Swing-dialog methods of {@link NodeFactory} ({@code hasDialog},
 * {@code createNodeDialogPane}, {@code createNodeView}); they are overridden here only, so a move to the web-dialog
 * framework (NodeParameters) changes this class and not the twelve nodes.
 *
 * @param <S> the node's settings
 * @param <M> the node's model
 */
public abstract class PsnmfNodeFactory<S extends ParamSettings, M extends PsnmfNodeModel<S>> extends NodeFactory<M> {

    private final Supplier<M> model;
    private final Supplier<S> settings;

    /**
     * @param model    creates the node model
     * @param settings creates the node's settings with defaults (the dialog is built from them)
     */
    protected PsnmfNodeFactory(Supplier<M> model, Supplier<S> settings) {
        // KNIME's NodeFactory() constructor reads the description and icon only; it calls none of the methods below
        this.model = model;
        this.settings = settings;
    }

    @Override
    public final M createNodeModel() {
        return model.get();
    }

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<M> createNodeView(final int viewIndex, final M nodeModel) {
        return null;
    }

    @Override
    protected final boolean hasDialog() {
        return true;
    }

    @Override
    protected final NodeDialogPane createNodeDialogPane() {
        return new ParamDialog(settings);
    }
}
