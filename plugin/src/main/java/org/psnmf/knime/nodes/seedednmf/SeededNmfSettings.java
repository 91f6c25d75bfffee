package org.psnmf.knime.nodes.seedednmf;

import java.util.List;

import org.psnmf.engine.psnmf.PsnmfOptions;
import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.BoolParam;
import org.psnmf.knime.settings.Param.ChoiceParam;
import org.psnmf.knime.settings.Param.DoubleParam;
import org.psnmf.knime.settings.Param.IntParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the Seeded NMF node; defaults follow the full-resolution stage of {@link PsnmfOptions#defaults}. */
public final class SeededNmfSettings extends ParamSettings {

    private static final PsnmfOptions D = PsnmfOptions.defaults(3, 8);

    public static final IntParam BIN = new IntParam("binFactor", "Bin factor b", 0, 0, 1024);
    public static final ChoiceParam SPECTRA = new ChoiceParam("spectra", "Spectra", "fixed", "fixed", "refined");
    public static final ChoiceParam UPSAMPLING = new ChoiceParam("upsampling", "Upsampling", "bilinear", "bilinear",
            "nearest");
    public static final BoolParam SUM_TO_ONE = new BoolParam("sumToOne", "Sum to one", D.binned().sumToOne());
    public static final IntParam MAX_ITERATIONS = new IntParam("maxIterations", "Max iterations",
            D.full().maxIterations(), 1, 1_000_000);
    public static final DoubleParam TOLERANCE = new DoubleParam("tolerance", "Tolerance", D.full().tolerance(), 0, 1,
            1e-6);
    public static final DoubleParam SMOOTHNESS = new DoubleParam("smoothness", "Smoothness", D.full().smoothness(), 0,
            1e6, 0.1);

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(BIN, SPECTRA, UPSAMPLING, SUM_TO_ONE, MAX_ITERATIONS,
            TOLERANCE, SMOOTHNESS);

    public SeededNmfSettings() {
        super(PARAMS);
    }
}
