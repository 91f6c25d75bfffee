package org.psnmf.knime.nodes.binning;

import org.psnmf.knime.util.PsnmfNodeFactory;

/**
 * Factory of the "Spatial Binning" node. The description is BinningNodeFactory.xml next to this class; the logic is in
 * {@link BinningRunner}, the settings in {@link BinningSettings}.
 */
public final class BinningNodeFactory extends PsnmfNodeFactory<BinningSettings, BinningNodeModel> {

    public BinningNodeFactory() {
        super(BinningNodeModel::new, BinningSettings::new);
    }
}
