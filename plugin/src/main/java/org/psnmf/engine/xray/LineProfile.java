package org.psnmf.engine.xray;

import org.psnmf.engine.data.EnergyAxis;

/**
 * Gaussian line shapes on an energy axis. A line of area A (counts) centred at E with width σ adds to channel c the
 * integral of the Gaussian over the channel's extent [e_c − Δ/2, e_c + Δ/2] (Δ = channel width):
 * A · ½[erf((e_c + Δ/2 − E)/(σ√2)) − erf((e_c − Δ/2 − E)/(σ√2))]. Integrating over the channel, rather than sampling
 * the density at its centre, keeps the area exact even for lines narrower than a channel. The Gaussian is cut at
 * ±{@value #CUTOFF_SIGMAS} σ (the neglected tails hold 2·10⁻⁹ of the area). Parts of a line beyond the axis ends are
 * lost, as on a real detector.
 */
public final class LineProfile {

    /** Half-width of the evaluated window, in σ. */
    public static final double CUTOFF_SIGMAS = 6;

    private LineProfile() {
    }

    /**
     * Adds a Gaussian line to a spectrum.
     *
     * @param spectrum   length axis.channels(); Modified (added to)
     * @param axis       energy calibration; Not modified
     * @param centreKeV  line energy, keV
     * @param sigmaKeV   standard deviation, keV, &gt; 0
     * @param area       total area (sum over all channels if the axis were infinite)
     */
    public static void addGaussian(double[] spectrum, EnergyAxis axis, double centreKeV, double sigmaKeV, double area) {
        if (!(sigmaKeV > 0)) {
            throw new IllegalArgumentException("Line width must be positive, got sigma = " + sigmaKeV + " keV.");
        }
        double scale = axis.scaleKeV();
        int first = Math.max(0, (int) Math.floor((centreKeV - CUTOFF_SIGMAS * sigmaKeV - axis.offsetKeV()) / scale));
        int last = Math.min(axis.channels() - 1,
                (int) Math.ceil((centreKeV + CUTOFF_SIGMAS * sigmaKeV - axis.offsetKeV()) / scale));
        if (first > last) {
            return;
        }
        double inv = 1 / (sigmaKeV * Math.sqrt(2));
        double lower = erf((axis.energyAt(first) - 0.5 * scale - centreKeV) * inv);
        for (int c = first; c <= last; c++) {
            double upper = erf((axis.energyAt(c) + 0.5 * scale - centreKeV) * inv);
            spectrum[c] += 0.5 * area * Math.max(0, upper - lower); // max: guard against rounding below zero
            lower = upper;
        }
    }

    /**
     * Adds the derivatives of {@link #addGaussian} with respect to the centre and to the width: with u, l the
     * channel's upper and lower edge in units of σ√2 from the centre, d/dμ = −A/(σ√(2π)) [e^{−u²} − e^{−l²}] and
     * d/dσ = −A/(σ√π) [u e^{−u²} − l e^{−l²}] (same cut-off as {@link #addGaussian}).
     *
     * @param dCentre length axis.channels(); Modified (added to)
     * @param dSigma  length axis.channels(); Modified (added to)
     */
    public static void addGaussianDerivatives(double[] dCentre, double[] dSigma, EnergyAxis axis, double centreKeV,
            double sigmaKeV, double area) {
        double scale = axis.scaleKeV();
        int first = Math.max(0, (int) Math.floor((centreKeV - CUTOFF_SIGMAS * sigmaKeV - axis.offsetKeV()) / scale));
        int last = Math.min(axis.channels() - 1,
                (int) Math.ceil((centreKeV + CUTOFF_SIGMAS * sigmaKeV - axis.offsetKeV()) / scale));
        if (first > last) {
            return;
        }
        double inv = 1 / (sigmaKeV * Math.sqrt(2));
        double cMu = -area / (sigmaKeV * Math.sqrt(2 * Math.PI));
        double cSig = -area / (sigmaKeV * Math.sqrt(Math.PI));
        double l = (axis.energyAt(first) - 0.5 * scale - centreKeV) * inv;
        double el = Math.exp(-l * l);
        for (int c = first; c <= last; c++) {
            double u = (axis.energyAt(c) + 0.5 * scale - centreKeV) * inv;
            double eu = Math.exp(-u * u);
            dCentre[c] += cMu * (eu - el);
            dSigma[c] += cSig * (u * eu - l * el);
            l = u;
            el = eu;
        }
    }

    /**
     * Adds an X-ray line as the detector records it: area {@code scale × crossSection × efficiency(E)}, width from the
     * detector resolution at E.
     *
     * @param spectrum Modified (added to)
     */
    public static void addLine(double[] spectrum, EnergyAxis axis, DetectorModel detector, XrayLine line, double scale) {
        double e = line.energyKeV();
        addGaussian(spectrum, axis, e, detector.sigmaKeV(e), scale * line.crossSection() * detector.efficiency(e));
    }

    /**
     * Error function, from the complementary error function's Chebyshev fit (Numerical Recipes, 2nd ed., §6.2):
     * absolute error below 1.2·10⁻⁷ everywhere.
     */
    public static double erf(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - erfc : erfc - 1;
    }
}
