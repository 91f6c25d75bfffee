package org.psnmf.knime.nodes.reconstruction;

import org.psnmf.knime.settings.ParamDialog;

/** Dialog of the "Reconstruction" node, built from {@link ReconstructionSettings#PARAMS} (same keys, defaults and labels). */
final class ReconstructionNodeDialog extends ParamDialog {

    ReconstructionNodeDialog() {
        super(ReconstructionSettings.PARAMS);
    }
}
