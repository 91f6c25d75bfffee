package org.psnmf.knime.nodes.synthetic;

import org.psnmf.knime.settings.ParamDialog;

/** Dialog of the "Synthetic EDX Spectrum Image" node, built from {@link SyntheticSettings#PARAMS} (same keys, defaults and labels). */
final class SyntheticNodeDialog extends ParamDialog {

    SyntheticNodeDialog() {
        super(SyntheticSettings.PARAMS);
    }
}
