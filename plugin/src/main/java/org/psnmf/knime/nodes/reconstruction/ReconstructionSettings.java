package org.psnmf.knime.nodes.reconstruction;

import java.util.ArrayList;
import java.util.List;

import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.TextParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the Reconstruction node. */
public final class ReconstructionSettings extends ParamSettings {

    public static final TextParam COMPONENTS = new TextParam("components", "Components to include", "",
            TextParam.Kind.TEXT, true);

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(COMPONENTS);

    public ReconstructionSettings() {
        super(PARAMS);
    }

    /** @return the component names listed, empty for all */
    public List<String> components() {
        List<String> out = new ArrayList<>();
        for (String s : get(COMPONENTS).split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
