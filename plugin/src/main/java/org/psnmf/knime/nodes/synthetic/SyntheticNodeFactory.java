package org.psnmf.knime.nodes.synthetic;

import org.psnmf.knime.util.PsnmfNodeFactory;

/**
 * Factory of the "Synthetic EDX Spectrum Image" node. The description is SyntheticNodeFactory.xml next to this class; the logic is in
 * {@link SyntheticRunner}, the settings in {@link SyntheticSettings}.
 */
public final class SyntheticNodeFactory extends PsnmfNodeFactory<SyntheticSettings, SyntheticNodeModel> {

    public SyntheticNodeFactory() {
        super(SyntheticNodeModel::new, SyntheticSettings::new);
    }
}
