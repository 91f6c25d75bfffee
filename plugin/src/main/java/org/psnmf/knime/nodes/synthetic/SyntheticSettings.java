package org.psnmf.knime.nodes.synthetic;

import java.util.List;

import org.psnmf.engine.synth.MantlePreset;
import org.psnmf.engine.synth.SyntheticOptions;
import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.ChoiceParam;
import org.psnmf.knime.settings.Param.DoubleParam;
import org.psnmf.knime.settings.Param.IntParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the Synthetic EDX Spectrum Image node; defaults are the paper's medium-SNR mantle case. */
public final class SyntheticSettings extends ParamSettings {

    /** Preset: the paper's medium-SNR case. */
    public static final String MEDIUM = "mantle, medium SNR (147 counts/px)";
    /** Preset: the paper's low-SNR case. */
    public static final String LOW = "mantle, low SNR (18 counts/px)";
    /** Preset: counts per pixel from the setting (and phases from the optional table). */
    public static final String CUSTOM = "custom";

    public static final ChoiceParam PRESET = new ChoiceParam("preset", "Preset", MEDIUM, MEDIUM, LOW, CUSTOM);
    public static final DoubleParam COUNTS = new DoubleParam("countsPerPixel", "Counts per pixel",
            MantlePreset.MEDIUM_COUNTS, 0.01, SyntheticOptions.MAX_COUNTS, 1);
    public static final IntParam SIZE = new IntParam("size", "Image size (pixels)", MantlePreset.SIZE, 4, 2048);
    public static final DoubleParam BEAM = new DoubleParam("beamEnergyKv", "Beam energy (kV)",
            SyntheticOptions.DEFAULT_BEAM_KV, 1, 1000, 10);
    public static final IntParam SEED = new IntParam("seed", "Noise seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
    public static final IntParam MAP_SEED = new IntParam("mapSeed", "Map seed", (int) SyntheticOptions.DEFAULT_MAP_SEED,
            Integer.MIN_VALUE, Integer.MAX_VALUE);

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(PRESET, COUNTS, SIZE, BEAM, SEED, MAP_SEED);

    public SyntheticSettings() {
        super(PARAMS);
    }

    /** @return the mean counts per pixel the preset or the setting asks for */
    public double countsPerPixel() {
        return switch (get(PRESET)) {
            case MEDIUM -> MantlePreset.MEDIUM_COUNTS;
            case LOW -> MantlePreset.LOW_COUNTS;
            default -> get(COUNTS);
        };
    }
}
