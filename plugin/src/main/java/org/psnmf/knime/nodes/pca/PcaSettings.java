package org.psnmf.knime.nodes.pca;

import java.util.List;

import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.IntParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the PCA (Poisson-scaled) node. */
public final class PcaSettings extends ParamSettings {

    public static final IntParam COMPONENTS = new IntParam("components", "Components", 3, 1, 256);

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(COMPONENTS);

    public PcaSettings() {
        super(PARAMS);
    }
}
