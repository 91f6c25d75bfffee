package org.psnmf.knime.settings;

import java.util.List;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.psnmf.knime.settings.Param.BoolParam;
import org.psnmf.knime.settings.Param.ChoiceParam;
import org.psnmf.knime.settings.Param.DoubleParam;
import org.psnmf.knime.settings.Param.IntParam;
import org.psnmf.knime.settings.Param.TextParam;

/**
 * A classic KNIME dialog built from a node's {@link Param} declarations: one SettingsModel per param, bound to the
 * same key, with the same default and range, and the param's label (file choosers sit in a group titled with it).
 */
public class ParamDialog extends DefaultNodeSettingsPane {

    /**
     * @param params the node's settings in dialog order
     */
    protected ParamDialog(List<Param<?>> params) {
        for (Param<?> p : params) {
            add(p);
        }
    }

    private void add(Param<?> p) {
        if (p instanceof IntParam ip) {
            addDialogComponent(new DialogComponentNumber(
                    new SettingsModelIntegerBounded(ip.key(), ip.defaultValue(), ip.min(), ip.max()), ip.label(), 1));
        } else if (p instanceof DoubleParam dp) {
            addDialogComponent(new DialogComponentNumber(
                    new SettingsModelDoubleBounded(dp.key(), dp.defaultValue(), dp.min(), dp.max()), dp.label(),
                    dp.step()));
        } else if (p instanceof BoolParam bp) {
            addDialogComponent(new DialogComponentBoolean(new SettingsModelBoolean(bp.key(), bp.defaultValue()),
                    bp.label()));
        } else if (p instanceof ChoiceParam cp) {
            addDialogComponent(new DialogComponentStringSelection(
                    new SettingsModelString(cp.key(), cp.defaultValue()), cp.label(),
                    cp.choices().toArray(new String[0])));
        } else if (p instanceof TextParam tp) {
            SettingsModelString model = new SettingsModelString(tp.key(), tp.defaultValue());
            if (tp.kind() == TextParam.Kind.TEXT) {
                addDialogComponent(new DialogComponentString(model, tp.label()));
                return;
            }
            createNewGroup(tp.label());
            String[] ext = tp.extensions().toArray(new String[0]);
            if (tp.kind() == TextParam.Kind.OPEN_FILE) {
                addDialogComponent(new DialogComponentFileChooser(model, "psnmf-" + tp.key(), ext));
            } else {
                addDialogComponent(new DialogComponentFileChooser(model, "psnmf-" + tp.key(), JFileChooser.SAVE_DIALOG,
                        ext));
            }
            closeCurrentGroup();
        }
    }
}
