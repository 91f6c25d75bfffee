package org.psnmf.engine.quant;

import java.util.Locale;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.xray.DetectorModel;
import org.psnmf.engine.xray.LineProfile;

/**
 * The detector as the quantification model sees it: peak width law, energy-scale correction, efficiency and the
 * optional approximate absorption factor. Immutable, thread-safe.
 *
 * <p><b>Width law.</b> {@code FWHM(E)^2 = a + b E + c E^2} (keV, E in keV), floored at (20 eV)^2. The family
 * contains both laws in use: Fiori-Newbury / HyperSpy's {@code get_FWHM_at_Energy} ({@code c = 0},
 * {@code b = 2.5 eV}: electronic noise plus Fano statistics) and a width linear in energy such as espm's
 * {@code FWHM = 0.065 keV + 0.01 E} ({@code a = 0.065^2, b = 2 x 0.065 x 0.01, c = 0.01^2}; a linear law is what
 * incomplete charge collection and drifts add to Fano broadening). Two parameters cannot follow both: the best
 * {@code a + b E} through espm's law at O Ka and Fe Ka is 15 % too narrow at Zr Ka.
 *
 * <p><b>Energy scale.</b> A line of (tabulated) energy E appears on the file's axis at {@code E + offset + gain E};
 * {@code offset} and {@code gain} are the small calibration corrections the fit refines (0 when taken from the
 * file).
 *
 * <p>Peaks are channel-integrated Gaussians ({@link LineProfile}), detection efficiency is the espm SDD curve of
 * {@link DetectorModel}.
 *
 * @param fwhmA            a, keV^2
 * @param fwhmB            b, keV
 * @param fwhmC            c, dimensionless
 * @param offsetKeV        energy offset correction, keV
 * @param gain             relative gain correction
 * @param absorptionAt1keV exponent of the approximate absorption law (0 = off), see {@link QuantSettings}
 */
public record DetectorResponse(double fwhmA, double fwhmB, double fwhmC, double offsetKeV, double gain,
        double absorptionAt1keV) {

    /** Floor of the FWHM, keV. */
    static final double MIN_FWHM_KEV = DetectorModel.MIN_FWHM_EV / 1000;
    private static final DetectorModel EFFICIENCY = DetectorModel.DEFAULT;

    /** @return the Fiori-Newbury law through {@code resolutionMnKaEv} at Mn Ka, no energy correction */
    static DetectorResponse fioriNewbury(double resolutionMnKaEv, double absorptionAt1keV) {
        double r = resolutionMnKaEv / 1000;
        double b = DetectorModel.FANO_SLOPE_EV / 1000;
        return new DetectorResponse(r * r - b * DetectorModel.MN_KA_EV / 1000, b, 0, 0, 0, absorptionAt1keV);
    }

    /** @return this response with other width-law and energy-scale parameters {a, b, c, offset, gain} */
    DetectorResponse withParameters(double[] q) {
        return new DetectorResponse(q[0], q[1], q[2], q[3], q[4], absorptionAt1keV);
    }

    /** @return {a, b, c, offset, gain} */
    double[] parameters() {
        return new double[] {fwhmA, fwhmB, fwhmC, offsetKeV, gain};
    }

    /**
     * @return the approximate thin-film absorption factor A(E) = (1 - e^-chi) / chi, chi = chi_1 (1 keV / E)^3, in
     *         (0, 1]; 1 when the correction is off (see {@link QuantSettings#absorptionAt1keV()})
     */
    double absorption(double energyKeV) {
        if (absorptionAt1keV == 0) {
            return 1;
        }
        double chi = absorptionAt1keV / (energyKeV * energyKeV * energyKeV);
        return chi < 1e-9 ? 1 : -Math.expm1(-chi) / chi;
    }

    /** @return peak FWHM at {@code energyKeV}, keV */
    public double fwhmKeV(double energyKeV) {
        double f2 = fwhmA + energyKeV * (fwhmB + energyKeV * fwhmC);
        return Math.sqrt(Math.max(f2, MIN_FWHM_KEV * MIN_FWHM_KEV));
    }

    /** @return the position of a line of tabulated energy {@code energyKeV} on the file's axis, keV */
    public double positionKeV(double energyKeV) {
        return energyKeV + offsetKeV + gain * energyKeV;
    }

    /** @return detector efficiency in [0, 1] */
    double efficiency(double energyKeV) {
        return EFFICIENCY.efficiency(energyKeV);
    }

    /** @return the half-width beyond which a peak at {@code energyKeV} adds nothing, keV */
    double reachKeV(double energyKeV) {
        return LineProfile.CUTOFF_SIGMAS * fwhmKeV(energyKeV) / DetectorModel.FWHM_PER_SIGMA;
    }

    /**
     * Adds a channel-integrated Gaussian peak of total area {@code area} for a line of tabulated energy
     * {@code energyKeV} (placed and widened by this response).
     *
     * @param out length {@code axis.channels()}; Modified (added to)
     */
    void addPeak(double[] out, EnergyAxis axis, double energyKeV, double area) {
        LineProfile.addGaussian(out, axis, positionKeV(energyKeV), fwhmKeV(energyKeV) / DetectorModel.FWHM_PER_SIGMA,
                area);
    }

    /**
     * Adds the derivatives of {@link #addPeak} with respect to the parameters {a, b, c, offset, gain}.
     *
     * @param out five arrays of length {@code axis.channels()}; Modified (added to)
     */
    void addPeakDerivatives(double[][] out, double[] dCentre, double[] dSigma, EnergyAxis axis, double energyKeV,
            double area) {
        double fwhm = fwhmKeV(energyKeV);
        double sigma = fwhm / DetectorModel.FWHM_PER_SIGMA;
        double pos = positionKeV(energyKeV);
        int first = Math.max(0, axis.channelOf(pos - LineProfile.CUTOFF_SIGMAS * sigma) - 1);
        int last = Math.min(axis.channels() - 1, axis.channelOf(pos + LineProfile.CUTOFF_SIGMAS * sigma) + 1);
        for (int c = first; c <= last; c++) {
            dCentre[c] = 0;
            dSigma[c] = 0;
        }
        LineProfile.addGaussianDerivatives(dCentre, dSigma, axis, pos, sigma, area);
        // FWHM^2 = a + bE + cE^2: dsigma/da = 1 / (2 FWHM x 2.3548) (0 where the floor holds)
        boolean floored = fwhmA + energyKeV * (fwhmB + energyKeV * fwhmC) <= MIN_FWHM_KEV * MIN_FWHM_KEV;
        double dsa = floored ? 0 : 1 / (2 * fwhm * DetectorModel.FWHM_PER_SIGMA);
        double e = energyKeV;
        for (int c = first; c <= last; c++) {
            double ds = dSigma[c];
            double dm = dCentre[c];
            out[0][c] += ds * dsa;
            out[1][c] += ds * dsa * e;
            out[2][c] += ds * dsa * e * e;
            out[3][c] += dm;
            out[4][c] += dm * e;
        }
    }

    /** @return e.g. "FWHM 131.2 eV at Mn Ka (FWHM^2 = ...), offset +1.2 eV, gain +0.0001" */
    public String describe() {
        return String.format(Locale.ROOT,
                "FWHM %.1f eV at Mn Ka, %.1f eV at O Ka, %.1f eV at 15 keV (FWHM^2 = %.4g + %.4g E + %.4g E^2 keV^2), energy offset %+.2f eV, gain %+.5f",
                1000 * fwhmKeV(DetectorModel.MN_KA_EV / 1000), 1000 * fwhmKeV(0.5249), 1000 * fwhmKeV(15), fwhmA,
                fwhmB, fwhmC, 1000 * offsetKeV, gain);
    }
}
