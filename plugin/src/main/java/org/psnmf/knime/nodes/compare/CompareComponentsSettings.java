package org.psnmf.knime.nodes.compare;

import java.util.List;

import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.BoolParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the Compare Components node. */
public final class CompareComponentsSettings extends ParamSettings {

    public static final BoolParam MATCH = new BoolParam("match", "Match components", true);

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(MATCH);

    public CompareComponentsSettings() {
        super(PARAMS);
    }
}
