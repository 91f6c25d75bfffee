package org.psnmf.knime.nodes.quantification;

import org.psnmf.knime.settings.ParamDialog;

/** Dialog of the "Quantification" node, built from {@link QuantificationSettings#PARAMS} (same keys, defaults and labels). */
final class QuantificationNodeDialog extends ParamDialog {

    QuantificationNodeDialog() {
        super(QuantificationSettings.PARAMS);
    }
}
