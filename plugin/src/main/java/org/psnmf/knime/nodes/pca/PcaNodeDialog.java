package org.psnmf.knime.nodes.pca;

import org.psnmf.knime.settings.ParamDialog;

/** Dialog of the "PCA (Poisson-scaled)" node, built from {@link PcaSettings#PARAMS} (same keys, defaults and labels). */
final class PcaNodeDialog extends ParamDialog {

    PcaNodeDialog() {
        super(PcaSettings.PARAMS);
    }
}
