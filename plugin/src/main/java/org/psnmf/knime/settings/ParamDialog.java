package org.psnmf.knime.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.swing.BoxLayout;
import javax.swing.JFileChooser;
import javax.swing.JPanel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;
import org.psnmf.knime.settings.Param.BoolParam;
import org.psnmf.knime.settings.Param.ChoiceParam;
import org.psnmf.knime.settings.Param.DoubleParam;
import org.psnmf.knime.settings.Param.IntParam;
import org.psnmf.knime.settings.Param.TextParam;

/**
 * The classic dialog of every PSNMF node, derived from its {@link ParamSettings}: one KNIME dialog component per
 * {@link Param} (same key, default, range and label), in declaration order, on one "Options" tab.
 *
 * <p>The dialog reads and writes the node settings <em>only through {@link ParamSettings}</em>, the form the node
 * model saves and the example workflows are generated from: plain entries, one per param. The components'
 * SettingsModels are used as view models only: their own persisted form (value plus a {@code <key>_Internals}
 * sub-config) stays in a scratch {@link NodeSettings} and is never written to the node. So a dialog opened and
 * confirmed unchanged writes exactly what the node holds (KNIME's {@code areDialogAndNodeSettingsEqual}), and the
 * form is the one KNIME's NodeParameters persist by default (a field per key), for a later move to that framework.
 */
public final class ParamDialog extends NodeDialogPane {

    private final Supplier<? extends ParamSettings> settings;
    private final List<DialogComponent> components = new ArrayList<>();

    /**
     * @param settings creates the node's settings with defaults (the params come from it)
     */
    public ParamDialog(Supplier<? extends ParamSettings> settings) {
        this.settings = settings;
        JPanel panel = new JPanel();
        panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
        for (Param<?> p : settings.get().params()) {
            DialogComponent c = component(p);
            components.add(c);
            panel.add(c.getComponentPanel());
        }
        addTab("Options", panel);
    }

    /** Lenient load (missing or invalid values show their default), then each component shows its value. */
    @Override
    protected void loadSettingsFrom(NodeSettingsRO nodeSettings, PortObjectSpec[] specs)
            throws NotConfigurableException {
        ParamSettings values = settings.get();
        values.loadLenient(nodeSettings);
        NodeSettings view = new NodeSettings("view");
        values.save(view);
        for (DialogComponent c : components) {
            c.loadSettingsFrom(view, specs);
        }
    }

    /**
     * Commits each component's edit into a scratch settings object, reads the values from there with the node's
     * strict loader (so the dialog refuses what the node would refuse, with the same message) and saves them in the
     * node's form.
     */
    @Override
    protected void saveSettingsTo(NodeSettingsWO nodeSettings) throws InvalidSettingsException {
        NodeSettings view = new NodeSettings("view");
        for (DialogComponent c : components) {
            c.saveSettingsTo(view);
        }
        ParamSettings values = settings.get();
        values.loadStrict(view);
        values.save(nodeSettings);
    }

    private static DialogComponent component(Param<?> p) {
        if (p instanceof IntParam ip) {
            return new DialogComponentNumber(
                    new SettingsModelIntegerBounded(ip.key(), ip.defaultValue(), ip.min(), ip.max()), ip.label(), 1);
        } else if (p instanceof DoubleParam dp) {
            return new DialogComponentNumber(
                    new SettingsModelDoubleBounded(dp.key(), dp.defaultValue(), dp.min(), dp.max()), dp.label(),
                    dp.step());
        } else if (p instanceof BoolParam bp) {
            return new DialogComponentBoolean(new SettingsModelBoolean(bp.key(), bp.defaultValue()), bp.label());
        } else if (p instanceof ChoiceParam cp) {
            return new DialogComponentStringSelection(new SettingsModelString(cp.key(), cp.defaultValue()),
                    cp.label(), cp.choices().toArray(new String[0]));
        }
        TextParam tp = (TextParam) p;
        SettingsModelString model = new SettingsModelString(tp.key(), tp.defaultValue());
        if (tp.kind() == TextParam.Kind.TEXT) {
            return new DialogComponentString(model, tp.label());
        }
        String[] ext = tp.extensions().toArray(new String[0]);
        DialogComponentFileChooser chooser = tp.kind() == TextParam.Kind.OPEN_FILE
                ? new DialogComponentFileChooser(model, "psnmf-" + tp.key(), ext)
                : new DialogComponentFileChooser(model, "psnmf-" + tp.key(), JFileChooser.SAVE_DIALOG, ext);
        chooser.setBorderTitle(tp.label());
        return chooser;
    }
}
