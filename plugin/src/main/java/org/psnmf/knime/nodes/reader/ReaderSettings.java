package org.psnmf.knime.nodes.reader;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.BoolParam;
import org.psnmf.knime.settings.Param.DoubleParam;
import org.psnmf.knime.settings.Param.TextParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the EDX Spectrum Image Reader node. */
public final class ReaderSettings extends ParamSettings {

    public static final TextParam FILE = new TextParam("file", "Input file", "", TextParam.Kind.OPEN_FILE, false,
            ".rpl", ".msa", ".emsa", ".hspy", ".bcf", ".emd", ".spx", ".h5oina", ".dm3", ".dm4", ".asw", ".pts", ".eds",
            ".emi", ".ser");
    public static final BoolParam OVERRIDE_AXIS = new BoolParam("overrideAxis", "Override energy axis", false);
    public static final DoubleParam OFFSET = new DoubleParam("energyOffsetKeV", "Energy offset (keV)", 0, -100, 100,
            0.01);
    public static final DoubleParam SCALE = new DoubleParam("energyScaleKeV", "Energy scale (keV per channel)", 0.01,
            1e-6, 10, 0.001);
    public static final BoolParam CROP = new BoolParam("cropEnergy", "Crop energy range", false);
    public static final DoubleParam CROP_FROM = new DoubleParam("cropFromKeV", "Crop from (keV)", 0.2, -100, 1000,
            0.1);
    public static final DoubleParam CROP_TO = new DoubleParam("cropToKeV", "Crop to (keV)", 20, -100, 1000, 0.1);

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(FILE, OVERRIDE_AXIS, OFFSET, SCALE, CROP, CROP_FROM, CROP_TO);

    public ReaderSettings() {
        super(PARAMS);
    }

    @Override
    protected void checkCombination() throws InvalidSettingsException {
        if (get(CROP) && !(get(CROP_FROM) < get(CROP_TO))) {
            throw new InvalidSettingsException("'" + CROP_FROM.label() + "' (" + get(CROP_FROM) + ") must be below '"
                    + CROP_TO.label() + "' (" + get(CROP_TO) + ").");
        }
    }
}
