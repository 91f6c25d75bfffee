package org.psnmf.knime.nodes.choosebinning;

import org.psnmf.knime.settings.ParamDialog;

/** Dialog of the "Choose Binning Factor" node, built from {@link ChooseBinningSettings#PARAMS} (same keys, defaults and labels). */
final class ChooseBinningNodeDialog extends ParamDialog {

    ChooseBinningNodeDialog() {
        super(ChooseBinningSettings.PARAMS);
    }
}
