package org.psnmf.engine.quant;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.xray.DetectorModel;
import org.psnmf.engine.xray.LineProfile;

/**
 * The detector as the quantification templates see it: exactly the {@link DetectorModel} (Fiori-Newbury widths,
 * SDD efficiency) and {@link LineProfile} (channel-integrated Gaussians) that the synthetic generator uses, so that a
 * noise-free simulated spectrum is reproduced exactly by the fit model. Immutable, thread-safe.
 */
final class DetectorResponse {

    private final DetectorModel model;
    private final double absorptionAt1keV;

    DetectorResponse(double resolutionMnKaEv, double absorptionAt1keV) {
        this.model = DetectorModel.ofResolution(resolutionMnKaEv);
        this.absorptionAt1keV = absorptionAt1keV;
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
    double fwhmKeV(double energyKeV) {
        return model.fwhmKeV(energyKeV);
    }

    /** @return detector efficiency in [0, 1] */
    double efficiency(double energyKeV) {
        return model.efficiency(energyKeV);
    }

    /** @return the half-width beyond which a peak at {@code energyKeV} adds nothing, keV */
    double reachKeV(double energyKeV) {
        return LineProfile.CUTOFF_SIGMAS * model.sigmaKeV(energyKeV);
    }

    /**
     * Adds a channel-integrated Gaussian peak of total area {@code area} centred at {@code centreKeV}.
     *
     * @param out length {@code axis.channels()}; Modified (added to)
     */
    void addPeak(double[] out, EnergyAxis axis, double centreKeV, double area) {
        LineProfile.addGaussian(out, axis, centreKeV, model.sigmaKeV(centreKeV), area);
    }
}
