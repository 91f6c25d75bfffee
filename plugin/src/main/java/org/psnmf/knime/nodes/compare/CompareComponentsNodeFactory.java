package org.psnmf.knime.nodes.compare;

import org.psnmf.knime.util.PsnmfNodeFactory;

/**
 * Factory of the "Compare Components" node. The description is CompareComponentsNodeFactory.xml next to this class; the logic is in
 * {@link CompareComponentsRunner}, the settings in {@link CompareComponentsSettings}.
 */
public final class CompareComponentsNodeFactory extends PsnmfNodeFactory<CompareComponentsSettings, CompareComponentsNodeModel> {

    public CompareComponentsNodeFactory() {
        super(CompareComponentsNodeModel::new, CompareComponentsSettings::new);
    }
}
