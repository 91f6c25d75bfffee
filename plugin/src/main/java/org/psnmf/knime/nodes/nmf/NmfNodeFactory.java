package org.psnmf.knime.nodes.nmf;

import org.psnmf.knime.util.PsnmfNodeFactory;

/**
 * Factory of the "NMF" node. The description is NmfNodeFactory.xml next to this class; the logic is in
 * {@link NmfRunner}, the settings in {@link NmfSettings}.
 */
public final class NmfNodeFactory extends PsnmfNodeFactory<NmfSettings, NmfNodeModel> {

    public NmfNodeFactory() {
        super(NmfNodeModel::new, NmfSettings::new);
    }
}
