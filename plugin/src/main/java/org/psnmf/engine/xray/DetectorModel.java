package org.psnmf.engine.xray;

/**
 * Energy-dispersive (SDD) detector response: energy resolution and detection efficiency. Shared by the synthetic data
 * generator and by quantification templates, so that a noise-free simulated spectrum quantifies back to its input.
 *
 * <p><b>Resolution</b> (Fiori &amp; Newbury 1978; HyperSpy {@code get_FWHM_at_Energy}):
 * FWHM(E)² = FWHM(Mn Kα)² + c·(E − 5898.7 eV), all in eV, with c = {@value #FANO_SLOPE_EV} eV (= 8 ln2 · F · ε for
 * Fano factor F ≈ 0.115 and ε ≈ 3.64 eV per electron-hole pair in Si). The squared width is floored at
 * ({@value #MIN_FWHM_EV} eV)² so that very low energies with a sharp detector never give an imaginary width.
 * A Gaussian peak has σ = FWHM / (2 √(2 ln 2)) ≈ FWHM / 2.3548.
 *
 * <p><b>Efficiency</b>: the espm SDD curve from {@link XrayDatabase#detectorEfficiency(double)} (window, dead layer
 * and sensor thickness of a typical SDD), or 1 everywhere when {@code efficiency} is false.
 *
 * @param resolutionMnKaEv FWHM at Mn Kα (5.8987 keV), eV; typical SDDs 120–140 eV; allowed 40–400 eV
 * @param efficiency       whether to apply the SDD efficiency curve
 */
public record DetectorModel(double resolutionMnKaEv, boolean efficiency) {

    /** Mn Kα energy, eV, the reference of the resolution formula. */
    public static final double MN_KA_EV = 5898.7;
    /** Slope c of FWHM² versus energy, eV. */
    public static final double FANO_SLOPE_EV = 2.5;
    /** Lower bound of the FWHM, eV. */
    public static final double MIN_FWHM_EV = 20;
    /** FWHM / sigma of a Gaussian, 2 sqrt(2 ln 2). */
    public static final double FWHM_PER_SIGMA = 2.3548200450309493;
    /** The default detector: 130 eV at Mn Kα, espm SDD efficiency. */
    public static final DetectorModel DEFAULT = new DetectorModel(130, true);

    public DetectorModel {
        if (!(resolutionMnKaEv >= 40 && resolutionMnKaEv <= 400)) {
            throw new IllegalArgumentException("Detector resolution at Mn Ka must be between 40 and 400 eV, got "
                    + resolutionMnKaEv + ".");
        }
    }

    /** @return the default efficiency curve with another resolution */
    public static DetectorModel ofResolution(double resolutionMnKaEv) {
        return new DetectorModel(resolutionMnKaEv, true);
    }

    /** @return full width at half maximum of a line at {@code energyKeV}, keV */
    public double fwhmKeV(double energyKeV) {
        double f2 = resolutionMnKaEv * resolutionMnKaEv + FANO_SLOPE_EV * (energyKeV * 1000 - MN_KA_EV);
        return Math.sqrt(Math.max(f2, MIN_FWHM_EV * MIN_FWHM_EV)) / 1000;
    }

    /** @return Gaussian standard deviation of a line at {@code energyKeV}, keV */
    public double sigmaKeV(double energyKeV) {
        return fwhmKeV(energyKeV) / FWHM_PER_SIGMA;
    }

    /** @return the fraction of X-rays of energy {@code energyKeV} that the detector records, in [0, 1] */
    public double efficiency(double energyKeV) {
        return efficiency ? XrayDatabase.get().detectorEfficiency(energyKeV) : 1.0;
    }
}
