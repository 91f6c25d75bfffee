package org.psnmf.engine.synth;

import java.util.List;
import java.util.Map;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.xray.DetectorModel;
import org.psnmf.engine.xray.LineProfile;
import org.psnmf.engine.xray.XrayDatabase;
import org.psnmf.engine.xray.XrayLine;

/**
 * Thin-film EDX spectrum model: what a detector records per electron from a phase of known composition, on a given
 * energy axis. Spectra are in "cross-section units" (cm² per atom, summed over the channel), i.e. proportional to
 * expected counts; {@link Synthesizer} scales them to counts.
 *
 * <p><b>Characteristic lines.</b> Every transition of every element with energy on (or within 6 σ of) the axis:
 * area = x · σ(E0) · ε(E) · A(E), with x the atomic fraction, σ(E0) the emission cross-section at beam energy E0
 * ({@link XrayDatabase}), ε the detector efficiency and A the optional absorption factor; shape: a Gaussian of
 * FWHM from {@link DetectorModel} integrated over each channel ({@link LineProfile}). No escape or sum peaks, no
 * low-energy tail. Because this is exactly the thin-film Cliff–Lorimer model, quantifying a noise-free phase spectrum
 * with k-factors from the same cross-sections and efficiency gives back its composition; {@link #lineArea(XrayLine)}
 * is the per-line factor to use for that.
 *
 * <p><b>Bremsstrahlung.</b> Kramers-like: per channel of width Δ, B(E) = s · K · Z̄ · (E0 − E)/E · ε(E) · A(E) · Δ,
 * with Z̄ = Σ x_i Z_i, K = {@value #KRAMERS_K} cm² keV⁻¹ and the user's scale s (default 1; 0 switches it off). K is
 * set so that the continuum carries 11–12 % of the counts of the mantle phases at 200 kV on the default axis,
 * comparable to thin oxide specimens in a 200 kV TEM. The continuum is 0 below {@value #CONTINUUM_MIN_KEV} keV
 * (where the 1/E law diverges and real detectors record only noise) and above E0.
 *
 * <p><b>Absorption</b> (optional, off by default). A crude thin-film self-absorption factor
 * A(E) = (1 − e^(−χ))/χ with χ(E) = χ₁ · (1 keV / E)³, where χ₁ = (μ/ρ)(1 keV) · ρt / sin α is given directly (the
 * absorption exponent at 1 keV). The E⁻³ law ignores absorption edges and the composition dependence of μ/ρ: it is a
 * knob that softens low-energy lines the way a thicker specimen does, not a quantitative correction. χ₁ = 0 gives
 * A = 1.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpectrumModel {

    /** Kramers constant of the continuum, cm² per keV per unit Z̄ (see class doc). */
    public static final double KRAMERS_K = 1.0e-27;
    /** Below this energy the continuum is zero, keV. */
    public static final double CONTINUUM_MIN_KEV = 0.1;

    private final EnergyAxis axis;
    private final double beamEnergyKv;
    private final DetectorModel detector;
    private final double continuumScale;
    private final double absorptionAt1keV;

    /**
     * @param axis             energy axis of the spectra
     * @param beamEnergyKv     beam energy E0, kV, 1–1000 (cross-sections are clamped to the 100–300 kV tables)
     * @param detector         resolution and efficiency
     * @param continuumScale   bremsstrahlung scale s ≥ 0 (1 = documented default level, 0 = none)
     * @param absorptionAt1keV absorption exponent χ₁ ≥ 0 at 1 keV (0 = no absorption)
     */
    public SpectrumModel(EnergyAxis axis, double beamEnergyKv, DetectorModel detector, double continuumScale,
            double absorptionAt1keV) {
        if (axis == null || detector == null) {
            throw new IllegalArgumentException("Spectrum model needs an energy axis and a detector model.");
        }
        if (!(beamEnergyKv >= 1 && beamEnergyKv <= 1000)) {
            throw new IllegalArgumentException("Beam energy must be between 1 and 1000 kV, got " + beamEnergyKv + ".");
        }
        if (!(continuumScale >= 0 && continuumScale <= 1000)) {
            throw new IllegalArgumentException("Continuum scale must be between 0 and 1000, got " + continuumScale + ".");
        }
        if (!(absorptionAt1keV >= 0 && absorptionAt1keV <= 100)) {
            throw new IllegalArgumentException("Absorption exponent at 1 keV must be between 0 and 100, got "
                    + absorptionAt1keV + ".");
        }
        this.axis = axis;
        this.beamEnergyKv = beamEnergyKv;
        this.detector = detector;
        this.continuumScale = continuumScale;
        this.absorptionAt1keV = absorptionAt1keV;
    }

    /** @return a model with the default continuum and no absorption */
    public static SpectrumModel of(EnergyAxis axis, double beamEnergyKv, DetectorModel detector) {
        return new SpectrumModel(axis, beamEnergyKv, detector, 1, 0);
    }

    public EnergyAxis axis() {
        return axis;
    }

    public double beamEnergyKv() {
        return beamEnergyKv;
    }

    public DetectorModel detector() {
        return detector;
    }

    public double continuumScale() {
        return continuumScale;
    }

    public double absorptionAt1keV() {
        return absorptionAt1keV;
    }

    /** @return the absorption factor A(E) in (0, 1] (1 when absorption is off) */
    public double absorption(double energyKeV) {
        if (absorptionAt1keV == 0) {
            return 1;
        }
        double chi = absorptionAt1keV / (energyKeV * energyKeV * energyKeV);
        return chi < 1e-9 ? 1 : -Math.expm1(-chi) / chi;
    }

    /**
     * @return the recorded area of one line per atom of its element: σ(E0) · ε(E) · A(E), cm². Use it for k-factors
     *         consistent with this model.
     */
    public double lineArea(XrayLine line) {
        double e = line.energyKeV();
        return line.crossSection() * detector.efficiency(e) * absorption(e);
    }

    /** @return the lines of {@code element} that reach the axis (within 6 σ of its ends) at this beam energy */
    public List<XrayLine> visibleLines(String element) {
        double lo = axis.offsetKeV() - 0.5 * axis.scaleKeV() - LineProfile.CUTOFF_SIGMAS * detector.sigmaKeV(axis.offsetKeV());
        double hi = axis.maxEnergy() + 0.5 * axis.scaleKeV() + LineProfile.CUTOFF_SIGMAS * detector.sigmaKeV(axis.maxEnergy());
        return XrayDatabase.get().lines(element, beamEnergyKv, lo, Math.min(hi, beamEnergyKv));
    }

    /**
     * @return the characteristic spectrum of one atom of {@code element} (all its lines), length channels, cm² per
     *         channel; a template for quantification and fitting
     */
    public double[] elementSpectrum(String element) {
        double[] s = new double[axis.channels()];
        addElement(s, element, 1);
        return s;
    }

    /**
     * @param siegbahn a family name such as "Ka" or "La"
     * @return the spectrum of that family's transitions only, per atom of {@code element}
     */
    public double[] familySpectrum(String element, String siegbahn) {
        double[] s = new double[axis.channels()];
        for (XrayLine l : XrayDatabase.get().family(element, siegbahn, beamEnergyKv)) {
            addLine(s, l, 1);
        }
        return s;
    }

    /** @return Σ_i x_i · elementSpectrum(i) over the phase's atomic fractions (no continuum) */
    public double[] characteristic(Phase phase) {
        double[] s = new double[axis.channels()];
        for (Map.Entry<String, Double> e : phase.atomicFractions().entrySet()) {
            addElement(s, e.getKey(), e.getValue());
        }
        return s;
    }

    /** @return the bremsstrahlung continuum of the phase (see class doc), cm² per channel */
    public double[] continuum(Phase phase) {
        double[] s = new double[axis.channels()];
        if (continuumScale == 0) {
            return s;
        }
        double level = continuumScale * KRAMERS_K * phase.meanAtomicNumber() * axis.scaleKeV();
        for (int c = 0; c < s.length; c++) {
            double e = axis.energyAt(c);
            if (e >= CONTINUUM_MIN_KEV && e < beamEnergyKv) {
                s[c] = level * (beamEnergyKv - e) / e * detector.efficiency(e) * absorption(e);
            }
        }
        return s;
    }

    /** @return characteristic lines plus continuum of the phase, cm² per channel */
    public double[] phaseSpectrum(Phase phase) {
        double[] s = characteristic(phase);
        double[] b = continuum(phase);
        for (int c = 0; c < s.length; c++) {
            s[c] += b[c];
        }
        return s;
    }

    private void addElement(double[] s, String element, double fraction) {
        for (XrayLine l : visibleLines(element)) {
            addLine(s, l, fraction);
        }
    }

    private void addLine(double[] s, XrayLine l, double scale) {
        double e = l.energyKeV();
        LineProfile.addGaussian(s, axis, e, detector.sigmaKeV(e), scale * lineArea(l));
    }
}
