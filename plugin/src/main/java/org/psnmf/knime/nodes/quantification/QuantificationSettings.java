package org.psnmf.knime.nodes.quantification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.psnmf.engine.quant.IntensityMethod;
import org.psnmf.engine.quant.QuantSettings;
import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.BoolParam;
import org.psnmf.knime.settings.Param.ChoiceParam;
import org.psnmf.knime.settings.Param.DoubleParam;
import org.psnmf.knime.settings.Param.TextParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the Quantification node; defaults follow {@link QuantSettings#of}. */
public final class QuantificationSettings extends ParamSettings {

    public static final TextParam ELEMENTS = new TextParam("elements", "Elements", "Mg, Al, Si, Ca, Fe, O",
            TextParam.Kind.TEXT, false);
    public static final TextParam EXCLUDED = new TextParam("excluded", "Excluded elements", "", TextParam.Kind.TEXT,
            true);
    public static final ChoiceParam METHOD = new ChoiceParam("method", "Intensity method", "fit", "fit", "window");
    public static final DoubleParam BEAM = new DoubleParam("beamEnergyKv", "Beam energy (kV)",
            QuantSettings.DEFAULT_BEAM_ENERGY_KV, 1, 1000, 10);
    public static final DoubleParam RESOLUTION = new DoubleParam("resolutionEv", "Detector resolution (eV)",
            QuantSettings.DEFAULT_RESOLUTION_MNKA_EV, 40, 400, 1);
    public static final BoolParam MAPS = new BoolParam("compositionMaps", "Composition maps", false);
    public static final DoubleParam THICKNESS = new DoubleParam("thicknessNm", "Specimen thickness (nm, 0 = no absorption correction)",
            0, 0, 100000, 10);
    public static final DoubleParam DENSITY = new DoubleParam("densityGcm3",
            "Specimen density (g/cm^3, 0 = from the composition)", 0, 0, 30, 0.1);
    public static final DoubleParam TAKE_OFF = new DoubleParam("takeOffAngleDeg", "Take-off angle (degrees)",
            QuantSettings.DEFAULT_TAKE_OFF_ANGLE_DEG, 0.1, 90, 1);
    public static final ChoiceParam KFACTOR_BASIS = new ChoiceParam("kFactorBasis", "k-factor table convention",
            "atomic", "atomic", "weight");

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(ELEMENTS, EXCLUDED, METHOD, BEAM, RESOLUTION, MAPS, THICKNESS,
            DENSITY, TAKE_OFF, KFACTOR_BASIS);

    public QuantificationSettings() {
        super(PARAMS);
    }

    static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("[,;\\s]+")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    /**
     * @param beamKv       beam energy from the data's metadata, or NaN to use the setting
     * @param resolutionEv detector resolution from the metadata, or NaN to use the setting
     * @return the engine settings (without a k-factor table)
     * @throws IllegalArgumentException naming the bad element or value
     */
    public QuantSettings toQuantSettings(double beamKv, double resolutionEv) {
        return toQuantSettings(beamKv, resolutionEv, Double.NaN);
    }

    /**
     * @param takeOffDeg take-off angle from the metadata, or NaN to use the setting
     * @see #toQuantSettings(double, double)
     */
    public QuantSettings toQuantSettings(double beamKv, double resolutionEv, double takeOffDeg) {
        double takeOff = Double.isFinite(takeOffDeg) && takeOffDeg > 0 && takeOffDeg <= 90 ? takeOffDeg : get(TAKE_OFF);
        double density = get(DENSITY) > 0 ? get(DENSITY) : Double.NaN;
        return baseSettings(beamKv, resolutionEv).withThicknessNm(get(THICKNESS)).withDensityGcm3(density)
                .withTakeOffAngleDeg(takeOff);
    }

    private QuantSettings baseSettings(double beamKv, double resolutionEv) {
        double beam = Double.isFinite(beamKv) && beamKv > 0 ? beamKv : get(BEAM);
        double res = Double.isFinite(resolutionEv) && resolutionEv >= 40 && resolutionEv <= 400 ? resolutionEv
                : get(RESOLUTION);
        return QuantSettings.of(list(get(ELEMENTS))).withExcluded(new LinkedHashSet<>(list(get(EXCLUDED))))
                .withMethod(IntensityMethod.parse(get(METHOD).toUpperCase(Locale.ROOT))).withBeamEnergyKv(beam)
                .withResolutionMnKaEv(res);
    }

    @Override
    protected void checkCombination() throws InvalidSettingsException {
        for (String e : list(get(ELEMENTS))) {
            if (!org.psnmf.engine.xray.XrayDatabase.get().isElement(e)) {
                throw new InvalidSettingsException("'" + ELEMENTS.label() + "': \"" + e
                        + "\" is not a chemical element symbol (e.g. Fe, Ca, Nd).");
            }
        }
        try {
            toQuantSettings(Double.NaN, Double.NaN);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("'" + ELEMENTS.label() + "' / '" + EXCLUDED.label() + "': "
                    + e.getMessage(), e);
        }
    }
}
