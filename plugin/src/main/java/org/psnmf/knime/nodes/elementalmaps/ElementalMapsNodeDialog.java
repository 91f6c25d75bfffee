package org.psnmf.knime.nodes.elementalmaps;

import org.psnmf.knime.settings.ParamDialog;

/** Dialog of the "Elemental Maps" node, built from {@link ElementalMapsSettings#PARAMS} (same keys, defaults and labels). */
final class ElementalMapsNodeDialog extends ParamDialog {

    ElementalMapsNodeDialog() {
        super(ElementalMapsSettings.PARAMS);
    }
}
