package org.psnmf.knime.nodes.choosebinning;

import org.psnmf.knime.util.PsnmfNodeFactory;

/**
 * Factory of the "Choose Binning Factor" node. The description is ChooseBinningNodeFactory.xml next to this class; the logic is in
 * {@link ChooseBinningRunner}, the settings in {@link ChooseBinningSettings}.
 */
public final class ChooseBinningNodeFactory extends PsnmfNodeFactory<ChooseBinningSettings, ChooseBinningNodeModel> {

    public ChooseBinningNodeFactory() {
        super(ChooseBinningNodeModel::new, ChooseBinningSettings::new);
    }
}
