package org.psnmf.knime.nodes.elementalmaps;

import org.psnmf.knime.util.PsnmfNodeFactory;

/**
 * Factory of the "Elemental Maps" node. The description is ElementalMapsNodeFactory.xml next to this class; the logic is in
 * {@link ElementalMapsRunner}, the settings in {@link ElementalMapsSettings}.
 */
public final class ElementalMapsNodeFactory extends PsnmfNodeFactory<ElementalMapsSettings, ElementalMapsNodeModel> {

    public ElementalMapsNodeFactory() {
        super(ElementalMapsNodeModel::new, ElementalMapsSettings::new);
    }
}
