package org.psnmf.knime.nodes.nmf;

import org.psnmf.knime.settings.ParamDialog;

/** Dialog of the "NMF" node, built from {@link NmfSettings#PARAMS} (same keys, defaults and labels). */
final class NmfNodeDialog extends ParamDialog {

    NmfNodeDialog() {
        super(NmfSettings.PARAMS);
    }
}
