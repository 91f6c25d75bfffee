package org.psnmf.knime.nodes.seedednmf;

import org.psnmf.knime.util.PsnmfNodeFactory;

/**
 * Factory of the "Seeded NMF" node. The description is SeededNmfNodeFactory.xml next to this class; the logic is in
 * {@link SeededNmfRunner}, the settings in {@link SeededNmfSettings}.
 */
public final class SeededNmfNodeFactory extends PsnmfNodeFactory<SeededNmfSettings, SeededNmfNodeModel> {

    public SeededNmfNodeFactory() {
        super(SeededNmfNodeModel::new, SeededNmfSettings::new);
    }
}
