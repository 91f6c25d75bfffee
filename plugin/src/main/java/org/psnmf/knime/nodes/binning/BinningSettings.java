package org.psnmf.knime.nodes.binning;

import java.util.List;
import java.util.Locale;

import org.psnmf.engine.binning.EdgePolicy;
import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.ChoiceParam;
import org.psnmf.knime.settings.Param.IntParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the Spatial Binning node. */
public final class BinningSettings extends ParamSettings {

    public static final IntParam FACTOR = new IntParam("binFactor", "Bin factor b", 2, 1, 1024);
    public static final ChoiceParam EDGE = new ChoiceParam("edgePolicy", "Edge policy", "drop", "drop", "keep");
    public static final IntParam ENERGY_FACTOR = new IntParam("energyBinFactor", "Energy bin factor", 1, 1, 64);

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(FACTOR, EDGE, ENERGY_FACTOR);

    public BinningSettings() {
        super(PARAMS);
    }

    public int factor() {
        return get(FACTOR);
    }

    public EdgePolicy edgePolicy() {
        return EdgePolicy.valueOf(get(EDGE).toUpperCase(Locale.ROOT));
    }

    public int energyFactor() {
        return get(ENERGY_FACTOR);
    }
}
