package org.psnmf.knime.nodes.nmf;

import java.util.List;
import java.util.Locale;

import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.BoolParam;
import org.psnmf.knime.settings.Param.ChoiceParam;
import org.psnmf.knime.settings.Param.DoubleParam;
import org.psnmf.knime.settings.Param.IntParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the NMF node; defaults follow {@link NmfOptions#defaults(int)}. */
public final class NmfSettings extends ParamSettings {

    private static final NmfOptions D = NmfOptions.defaults(3);

    public static final IntParam COMPONENTS = new IntParam("components", "Components", 3, 1, 64);
    public static final BoolParam SUM_TO_ONE = new BoolParam("sumToOne", "Sum to one", D.sumToOne());
    public static final ChoiceParam INIT = new ChoiceParam("init", "Initialization",
            D.init().name().toLowerCase(Locale.ROOT), "spa", "nndsvda", "random");
    public static final IntParam RESTARTS = new IntParam("restarts", "Restarts", D.restarts(), 1, 100);
    public static final IntParam MAX_ITERATIONS = new IntParam("maxIterations", "Max iterations", D.maxIterations(),
            1, 1_000_000);
    public static final DoubleParam TOLERANCE = new DoubleParam("tolerance", "Tolerance", D.tolerance(), 0, 1, 1e-6);
    public static final DoubleParam SMOOTHNESS = new DoubleParam("smoothness", "Smoothness", D.smoothness(), 0, 1e6,
            0.1);
    public static final IntParam SEED = new IntParam("seed", "Seed", (int) D.seed(), Integer.MIN_VALUE,
            Integer.MAX_VALUE);

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(COMPONENTS, SUM_TO_ONE, INIT, RESTARTS, MAX_ITERATIONS,
            TOLERANCE, SMOOTHNESS, SEED);

    public NmfSettings() {
        super(PARAMS);
    }

    /**
     * @return the engine options (all processors; the result does not depend on the thread count)
     */
    public NmfOptions toOptions() {
        return NmfOptions.builder(get(COMPONENTS)).sumToOne(get(SUM_TO_ONE))
                .init(NmfOptions.Init.valueOf(get(INIT).toUpperCase(Locale.ROOT))).restarts(get(RESTARTS))
                .maxIterations(get(MAX_ITERATIONS)).tolerance(get(TOLERANCE))
                .smoothness(get(SMOOTHNESS)).seed(get(SEED)).build();
    }
}
