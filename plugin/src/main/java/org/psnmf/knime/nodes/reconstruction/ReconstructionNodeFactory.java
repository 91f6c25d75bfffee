package org.psnmf.knime.nodes.reconstruction;

import org.psnmf.knime.util.PsnmfNodeFactory;

/**
 * Factory of the "Reconstruction" node. The description is ReconstructionNodeFactory.xml next to this class; the logic is in
 * {@link ReconstructionRunner}, the settings in {@link ReconstructionSettings}.
 */
public final class ReconstructionNodeFactory extends PsnmfNodeFactory<ReconstructionSettings, ReconstructionNodeModel> {

    public ReconstructionNodeFactory() {
        super(ReconstructionNodeModel::new, ReconstructionSettings::new);
    }
}
