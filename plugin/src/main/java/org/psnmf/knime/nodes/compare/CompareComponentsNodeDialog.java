package org.psnmf.knime.nodes.compare;

import org.psnmf.knime.settings.ParamDialog;

/** Dialog of the "Compare Components" node, built from {@link CompareComponentsSettings#PARAMS} (same keys, defaults and labels). */
final class CompareComponentsNodeDialog extends ParamDialog {

    CompareComponentsNodeDialog() {
        super(CompareComponentsSettings.PARAMS);
    }
}
