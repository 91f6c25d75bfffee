package org.psnmf.knime.nodes.pca;

import org.psnmf.knime.util.PsnmfNodeFactory;

/**
 * Factory of the "PCA (Poisson-scaled)" node. The description is PcaNodeFactory.xml next to this class; the logic is in
 * {@link PcaRunner}, the settings in {@link PcaSettings}.
 */
public final class PcaNodeFactory extends PsnmfNodeFactory<PcaSettings, PcaNodeModel> {

    public PcaNodeFactory() {
        super(PcaNodeModel::new, PcaSettings::new);
    }
}
