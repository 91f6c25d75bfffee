package org.psnmf.engine.quant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.xray.XrayDatabase;
import org.psnmf.engine.xray.XrayLine;

/**
 * Resolves the quantification settings against an energy axis: which line family each element is quantified with,
 * its k-factor, and which emission lines make up its fit template. All checks on elements and lines happen here, so
 * that a bad request fails before any spectrum is touched.
 *
 * <p><b>Default line family.</b> The first of Ka, La, Ma that has a non-zero emission cross-section at the beam
 * energy and whose energy lies inside the fit range (between {@link QuantSettings#minFitEnergyKeV()} or the axis
 * start, and the axis end or the beam energy). On a 0-20 keV axis this gives K for Z &lt;= 39 (Y Ka 14.96 keV) and
 * L for heavier elements (Nd La 5.23, Sm La 5.64, Au La 9.71, U La 13.6 keV).
 *
 * <p><b>Theoretical k-factors</b> (relative to Si Ka, for atomic fractions). With sigma_l the emission cross-section
 * of line l at the beam energy and eps(E) the detector efficiency, the detected cross-section of a family F of
 * element i is {@code s_i = sum_{l in F} sigma_l eps(E_l)}. For a thin film the counts are
 * {@code I_i ∝ N_i s_i} (N_i atoms per area), so {@code N_i / N_Si = (s_SiKa / s_i) * I_i / I_SiKa}, i.e.
 * {@code k_i = s_SiKa / s_i} and {@code C_i = k_i I_i / sum_j k_j I_j} is the atomic fraction. Including the
 * efficiency in k makes k refer to <i>detected</i> counts (as measured); a user table must use the same convention.
 * With the approximate absorption correction ({@link QuantSettings#absorptionAt1keV()}), the fit templates (and window responses) include the absorption factor
 * A(E_l) of every line, so the intensities I_i are the unabsorbed family counts and k needs no change. The physical
 * thin-film correction ({@link QuantSettings#thicknessNm()} &gt; 0) is applied in {@link CliffLorimer} instead.
 * Immutable.
 */
public final class LinePlan {

    private static final String[] DEFAULT_FAMILIES = {"Ka", "La", "Ma"};

    private final QuantSettings settings;
    private final EnergyAxis axis;
    private final DetectorResponse detector;
    private final List<QuantElement> elements;
    private final int fitFrom;
    private final int fitTo;
    private final ThinFilmAbsorption absorption;

    private LinePlan(QuantSettings settings, EnergyAxis axis, DetectorResponse detector, List<QuantElement> elements,
            int fitFrom, int fitTo, ThinFilmAbsorption absorption) {
        this.settings = settings;
        this.axis = axis;
        this.detector = detector;
        this.elements = List.copyOf(elements);
        this.fitFrom = fitFrom;
        this.fitTo = fitTo;
        this.absorption = absorption;
    }

    /**
     * @throws IllegalArgumentException for an unknown element or line, a line outside the energy axis or fit range,
     *                                  or a line at or above the beam energy
     */
    public static LinePlan resolve(QuantSettings settings, EnergyAxis axis) {
        XrayDatabase db = XrayDatabase.get();
        DetectorResponse det = DetectorResponse.fioriNewbury(settings.resolutionMnKaEv(), settings.absorptionAt1keV());
        double beam = settings.beamEnergyKv();
        double axisLo = axis.offsetKeV() - 0.5 * axis.scaleKeV();
        double axisHi = axis.maxEnergy() + 0.5 * axis.scaleKeV();
        double lo = Math.max(axisLo, settings.minFitEnergyKeV());
        double hi = Math.min(axisHi, beam);
        int from = Math.max(0, (int) Math.ceil((lo - axis.offsetKeV()) / axis.scaleKeV() - 1e-9));
        int to = Math.min(axis.channels(), (int) Math.floor((hi - axis.offsetKeV()) / axis.scaleKeV() + 1e-9) + 1);
        if (to - from < 8) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "The fit range %.3f-%.3f keV (energy axis %.3f-%.3f keV, minimum fit energy %.3f keV, beam %.0f kV) has fewer than 8 channels.",
                    lo, hi, axisLo, axisHi, settings.minFitEnergyKeV(), beam));
        }
        double siWeight = detectedWeight(db, det, db.family("Si", "Ka", beam));
        List<QuantElement> out = new ArrayList<>();
        for (String el : settings.elements()) {
            if (!db.isElement(el)) {
                throw new IllegalArgumentException("Unknown element '" + el + "' (use chemical symbols such as Fe, Nd, U).");
            }
            KFactorTable.Entry entry = settings.kFactors().get(el);
            String family = entry != null ? entry.line() : settings.lines().get(el);
            String where = String.format(Locale.ROOT, "the energy axis %.3f-%.3f keV", axisLo, axisHi);
            if (family == null) {
                for (String f : DEFAULT_FAMILIES) {
                    if (!(db.familyCrossSection(el, f, beam) > 0)) {
                        continue;
                    }
                    double e = db.familyEnergy(el, f);
                    if (e >= lo && e <= hi && e < beam) {
                        family = f;
                        break;
                    }
                }
                if (family == null) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "No Ka, La or Ma line of %s lies within %s above %.3f keV and below the %.0f kV beam energy.",
                            el, where, lo, beam));
                }
            } else {
                checkFamily(db, el, family, beam, lo, hi, axisLo, axisHi, settings.minFitEnergyKeV(), where);
            }
            List<XrayLine> fam = new ArrayList<>();
            for (XrayLine l : db.family(el, family, beam)) {
                if (l.crossSection() > 0 && l.energyKeV() < beam) {
                    fam.add(l);
                }
            }
            double famWeight = detectedWeight(db, det, fam);
            // template: every line that puts counts into the fit range (peaks reach 5 sigma beyond their centre)
            List<XrayLine> tmpl = new ArrayList<>();
            for (XrayLine l : db.lines(el, beam)) {
                double reach = det.reachKeV(l.energyKeV());
                if (l.crossSection() > 0 && l.energyKeV() < beam && l.energyKeV() + reach >= lo && l.energyKeV() - reach <= hi) {
                    tmpl.add(l);
                }
            }
            double k = entry != null ? entry.k() : siWeight / famWeight;
            out.add(new QuantElement(el, family, db.familyEnergy(el, family), k, entry != null,
                    settings.excluded().contains(el), db.atomicWeight(el), fam, tmpl, famWeight));
        }
        return new LinePlan(settings, axis, det, out, from, to, thinFilm(settings, out));
    }

    /** @return the thin-film absorption model, built here so that missing mass attenuation data fails early */
    private static ThinFilmAbsorption thinFilm(QuantSettings settings, List<QuantElement> elements) {
        if (settings.thicknessNm() == 0) {
            return null;
        }
        List<String> els = new ArrayList<>();
        List<Double> energies = new ArrayList<>();
        for (QuantElement e : elements) {
            if (!e.excluded()) {
                els.add(e.element());
                energies.add(e.energyKeV());
            }
        }
        return new ThinFilmAbsorption(els, energies.stream().mapToDouble(Double::doubleValue).toArray(), settings);
    }

    private static void checkFamily(XrayDatabase db, String el, String family, double beam, double lo, double hi,
            double axisLo, double axisHi, double minFit, String where) {
        if (!db.siegbahnNames().contains(family)) {
            throw new IllegalArgumentException("Unknown line '" + family + "' for " + el
                    + " (use Siegbahn names such as Ka, La, Ma).");
        }
        if (!(db.familyCrossSection(el, family, beam) > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s %s is not emitted at %.0f kV (no cross-section in the tables; lines above the beam energy are never excited).",
                    el, family, beam));
        }
        double e = db.familyEnergy(el, family);
        if (e >= beam) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s %s at %.3f keV is above the %.0f kV beam energy.", el, family, e, beam));
        }
        if (e < axisLo || e > axisHi) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s %s at %.3f keV is outside %s; choose another line.", el, family, e, where));
        }
        if (e < lo || e > hi) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s %s at %.3f keV is below the minimum fit energy %.3f keV.", el, family, e, minFit));
        }
    }

    private static double detectedWeight(XrayDatabase db, DetectorResponse det, List<XrayLine> lines) {
        double s = 0;
        for (XrayLine l : lines) {
            s += l.crossSection() * det.efficiency(l.energyKeV());
        }
        return s;
    }

    public QuantSettings settings() {
        return settings;
    }

    public EnergyAxis axis() {
        return axis;
    }

    DetectorResponse detector() {
        return detector;
    }

    /** @return the thin-film absorption model of the composition elements, or null when the correction is off */
    public ThinFilmAbsorption absorption() {
        return absorption;
    }

    /** @return the resolved elements, in settings order */
    public List<QuantElement> elements() {
        return elements;
    }

    /** @return first channel of the fit range, inclusive */
    public int fitFrom() {
        return fitFrom;
    }

    /** @return last channel of the fit range, exclusive */
    public int fitTo() {
        return fitTo;
    }
}
