package org.psnmf.knime.nodes.binning;

import org.psnmf.knime.settings.ParamDialog;

/** Dialog of the "Spatial Binning" node, built from {@link BinningSettings#PARAMS} (same keys, defaults and labels). */
final class BinningNodeDialog extends ParamDialog {

    BinningNodeDialog() {
        super(BinningSettings.PARAMS);
    }
}
