package org.psnmf.engine.quant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parameters of a quantification. Immutable; use the {@code with*} methods to change one value.
 *
 * @param elements          element symbols to fit, in output order (at least one; duplicates rejected)
 * @param excluded          elements that are fitted (so their peaks are not attributed to others) but left out of the
 *                          composition, e.g. a Cu grid; must be a subset of {@code elements}
 * @param beamEnergyKv      primary beam energy, kV, selects the cross-section table; &gt; 0 (default 200)
 * @param resolutionMnKaEv  detector FWHM at Mn Ka, eV, for peak widths (default 130)
 * @param method            line-intensity method (default {@link IntensityMethod#FIT})
 * @param kFactors          user k-factors and lines (default {@link KFactorTable#EMPTY}: theoretical k, default lines)
 * @param lines             per-element line family overrides (Siegbahn names, e.g. {@code Nd -> Ma}); a k-factor table
 *                          entry takes precedence
 * @param minFitEnergyKeV   channels below this energy are ignored by the fit (the noise peak and the poorly modelled
 *                          low-energy continuum); default 0.2 keV
 * @param absorptionAt1keV  thin-film absorption correction, off (0) by default: the exponent chi_1 at 1 keV of the
 *                          approximate absorption factor {@code A(E) = (1 - exp(-chi)) / chi}, {@code chi = chi_1
 *                          (1 keV / E)^3} (the same crude law as the synthetic generator's {@code --absorption}; it
 *                          ignores absorption edges and the composition dependence of the mass attenuation, and
 *                          needs no specimen data); in [0, 100]. The physical correction below is preferable
 * @param thicknessNm       specimen thickness, nm, for the iterative thin-film absorption correction of
 *                          {@link CliffLorimer}; 0 (default) = off; finite, &gt;= 0; not together with
 *                          {@code absorptionAt1keV}
 * @param densityGcm3       specimen density, g/cm^3, for that correction; NaN (default) = estimated from the
 *                          composition as {@code sum_j w_j rho_j} of the pure-element densities
 * @param takeOffAngleDeg   detector take-off angle, degrees, in (0, 90]; default 22 (a common value for a detector
 *                          on an untilted holder; use your instrument's value, tilt included)
 */
public record QuantSettings(List<String> elements, Set<String> excluded, double beamEnergyKv, double resolutionMnKaEv,
        IntensityMethod method, KFactorTable kFactors, Map<String, String> lines, double minFitEnergyKeV,
        double absorptionAt1keV, double thicknessNm, double densityGcm3, double takeOffAngleDeg) {

    public static final double DEFAULT_BEAM_ENERGY_KV = 200;
    public static final double DEFAULT_RESOLUTION_MNKA_EV = 130;
    public static final double DEFAULT_MIN_FIT_ENERGY_KEV = 0.2;
    public static final double DEFAULT_TAKE_OFF_ANGLE_DEG = 22;

    public QuantSettings {
        if (elements == null || elements.isEmpty()) {
            throw new IllegalArgumentException("Quantification needs at least one element.");
        }
        List<String> el = new ArrayList<>();
        for (String e : elements) {
            String s = KFactorTable.normaliseSymbol(e == null ? "" : e.strip());
            if (el.contains(s)) {
                throw new IllegalArgumentException("Element " + s + " is listed twice.");
            }
            el.add(s);
        }
        elements = List.copyOf(el);
        Set<String> ex = new LinkedHashSet<>();
        for (String e : excluded == null ? Set.<String>of() : excluded) {
            String s = KFactorTable.normaliseSymbol(e.strip());
            if (!el.contains(s)) {
                throw new IllegalArgumentException("Excluded element " + s + " is not among the elements " + el + ".");
            }
            ex.add(s);
        }
        if (ex.size() == el.size()) {
            throw new IllegalArgumentException("All elements are excluded; at least one must remain in the composition.");
        }
        excluded = Set.copyOf(ex);
        if (!(beamEnergyKv > 0) || !Double.isFinite(beamEnergyKv)) {
            throw new IllegalArgumentException("Beam energy must be a positive number of kV, got " + beamEnergyKv + ".");
        }
        if (!(resolutionMnKaEv >= 40 && resolutionMnKaEv <= 400)) {
            throw new IllegalArgumentException("Detector resolution at Mn Ka must be between 40 and 400 eV, got " + resolutionMnKaEv + ".");
        }
        method = method == null ? IntensityMethod.FIT : method;
        kFactors = kFactors == null ? KFactorTable.EMPTY : kFactors;
        Map<String, String> ln = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : (lines == null ? Map.<String, String>of() : lines).entrySet()) {
            String s = KFactorTable.normaliseSymbol(e.getKey().strip());
            if (!el.contains(s)) {
                throw new IllegalArgumentException("Line override for " + s + " but " + s + " is not among the elements " + el + ".");
            }
            ln.put(s, e.getValue().strip());
        }
        lines = Map.copyOf(ln);
        if (!(minFitEnergyKeV >= 0) || !Double.isFinite(minFitEnergyKeV)) {
            throw new IllegalArgumentException("Minimum fit energy must be >= 0 keV, got " + minFitEnergyKeV + ".");
        }
        if (!(absorptionAt1keV >= 0 && absorptionAt1keV <= 100)) {
            throw new IllegalArgumentException("Absorption exponent at 1 keV must be between 0 and 100, got " + absorptionAt1keV + ".");
        }
        if (!(thicknessNm >= 0) || !Double.isFinite(thicknessNm)) {
            throw new IllegalArgumentException("Specimen thickness must be a finite number of nm >= 0 (0 = no absorption correction), got " + thicknessNm + ".");
        }
        if (!Double.isNaN(densityGcm3) && !(densityGcm3 > 0 && Double.isFinite(densityGcm3))) {
            throw new IllegalArgumentException("Specimen density must be a positive number of g/cm^3 (or unset to estimate it from the composition), got " + densityGcm3 + ".");
        }
        if (!(takeOffAngleDeg > 0 && takeOffAngleDeg <= 90)) {
            throw new IllegalArgumentException("Take-off angle must be in (0, 90] degrees, got " + takeOffAngleDeg + ".");
        }
        if (absorptionAt1keV > 0 && thicknessNm > 0) {
            throw new IllegalArgumentException("Give either the approximate absorption exponent or a specimen thickness for the absorption correction, not both.");
        }
    }

    /** @return defaults for {@code elements}: 200 kV, 130 eV, fit method, theoretical k-factors, default lines */
    public static QuantSettings of(List<String> elements) {
        return new QuantSettings(elements, Set.of(), DEFAULT_BEAM_ENERGY_KV, DEFAULT_RESOLUTION_MNKA_EV,
                IntensityMethod.FIT, KFactorTable.EMPTY, Map.of(), DEFAULT_MIN_FIT_ENERGY_KEV, 0, 0, Double.NaN,
                DEFAULT_TAKE_OFF_ANGLE_DEG);
    }

    public QuantSettings withExcluded(Set<String> v) {
        return new QuantSettings(elements, v, beamEnergyKv, resolutionMnKaEv, method, kFactors, lines, minFitEnergyKeV, absorptionAt1keV,
                thicknessNm, densityGcm3, takeOffAngleDeg);
    }

    public QuantSettings withBeamEnergyKv(double v) {
        return new QuantSettings(elements, excluded, v, resolutionMnKaEv, method, kFactors, lines, minFitEnergyKeV, absorptionAt1keV,
                thicknessNm, densityGcm3, takeOffAngleDeg);
    }

    public QuantSettings withResolutionMnKaEv(double v) {
        return new QuantSettings(elements, excluded, beamEnergyKv, v, method, kFactors, lines, minFitEnergyKeV, absorptionAt1keV,
                thicknessNm, densityGcm3, takeOffAngleDeg);
    }

    public QuantSettings withMethod(IntensityMethod v) {
        return new QuantSettings(elements, excluded, beamEnergyKv, resolutionMnKaEv, v, kFactors, lines, minFitEnergyKeV, absorptionAt1keV,
                thicknessNm, densityGcm3, takeOffAngleDeg);
    }

    public QuantSettings withKFactors(KFactorTable v) {
        return new QuantSettings(elements, excluded, beamEnergyKv, resolutionMnKaEv, method, v, lines, minFitEnergyKeV, absorptionAt1keV,
                thicknessNm, densityGcm3, takeOffAngleDeg);
    }

    public QuantSettings withLines(Map<String, String> v) {
        return new QuantSettings(elements, excluded, beamEnergyKv, resolutionMnKaEv, method, kFactors, v, minFitEnergyKeV, absorptionAt1keV,
                thicknessNm, densityGcm3, takeOffAngleDeg);
    }

    public QuantSettings withMinFitEnergyKeV(double v) {
        return new QuantSettings(elements, excluded, beamEnergyKv, resolutionMnKaEv, method, kFactors, lines, v, absorptionAt1keV,
                thicknessNm, densityGcm3, takeOffAngleDeg);
    }

    public QuantSettings withAbsorptionAt1keV(double v) {
        return new QuantSettings(elements, excluded, beamEnergyKv, resolutionMnKaEv, method, kFactors, lines, minFitEnergyKeV, v,
                thicknessNm, densityGcm3, takeOffAngleDeg);
    }

    public QuantSettings withThicknessNm(double v) {
        return new QuantSettings(elements, excluded, beamEnergyKv, resolutionMnKaEv, method, kFactors, lines, minFitEnergyKeV, absorptionAt1keV,
                v, densityGcm3, takeOffAngleDeg);
    }

    public QuantSettings withDensityGcm3(double v) {
        return new QuantSettings(elements, excluded, beamEnergyKv, resolutionMnKaEv, method, kFactors, lines, minFitEnergyKeV, absorptionAt1keV,
                thicknessNm, v, takeOffAngleDeg);
    }

    public QuantSettings withTakeOffAngleDeg(double v) {
        return new QuantSettings(elements, excluded, beamEnergyKv, resolutionMnKaEv, method, kFactors, lines, minFitEnergyKeV, absorptionAt1keV,
                thicknessNm, densityGcm3, v);
    }
}
