package org.psnmf.knime.nodes.seedednmf;

import org.psnmf.knime.settings.ParamDialog;

/** Dialog of the "Seeded NMF" node, built from {@link SeededNmfSettings#PARAMS} (same keys, defaults and labels). */
final class SeededNmfNodeDialog extends ParamDialog {

    SeededNmfNodeDialog() {
        super(SeededNmfSettings.PARAMS);
    }
}
