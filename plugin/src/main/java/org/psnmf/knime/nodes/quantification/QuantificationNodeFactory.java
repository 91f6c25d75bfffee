package org.psnmf.knime.nodes.quantification;

import org.psnmf.knime.util.PsnmfNodeFactory;

/**
 * Factory of the "Quantification" node. The description is QuantificationNodeFactory.xml next to this class; the logic is in
 * {@link QuantificationRunner}, the settings in {@link QuantificationSettings}.
 */
public final class QuantificationNodeFactory extends PsnmfNodeFactory<QuantificationSettings, QuantificationNodeModel> {

    public QuantificationNodeFactory() {
        super(QuantificationNodeModel::new, QuantificationSettings::new);
    }
}
