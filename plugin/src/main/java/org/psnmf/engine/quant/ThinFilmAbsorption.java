package org.psnmf.engine.quant;

import java.util.List;

/**
 * Thin-film absorption factors for the composition elements of a {@link LinePlan}, as in HyperSpy/exSpy's
 * Cliff-Lorimer absorption correction. For a film of thickness t and density rho, X-rays generated uniformly in depth
 * and leaving towards the detector at take-off angle alpha are attenuated on average by {@code (1 - e^-chi) / chi},
 * so the correction factor of line i (energy E_i) is
 * <pre>
 *   A_i   = chi_i / (1 - e^-chi_i)                                  (&gt;= 1; A_i -&gt; 1 as chi_i -&gt; 0)
 *   chi_i = (mu/rho)_i * rho t * cosec(alpha)
 *   (mu/rho)_i = sum_j w_j (mu/rho)_j(E_i)                           (cm^2/g, weight fractions w_j)
 *   rho t = thickness (cm) * density (g/cm^3)                       (mass thickness, g/cm^2)
 * </pre>
 * with the density given by the user or, if not, {@code sum_j w_j rho_j} of the pure-element densities (a poor guess
 * for compounds of gaseous elements such as oxides: give the density there). mu/rho from {@link MassAttenuation}.
 * Only composition elements (not excluded ones such as a Cu grid) make up the specimen. Immutable.
 */
public final class ThinFilmAbsorption {

    private final double[][] muRho;
    private final double[] pureDensity;
    private final double thicknessCm;
    private final double density;
    private final double cosec;

    /**
     * @param elements   composition element symbols
     * @param energiesKeV their quantified line energies, keV
     * @throws IllegalArgumentException for an element or line energy outside the mass attenuation table
     */
    ThinFilmAbsorption(List<String> elements, double[] energiesKeV, QuantSettings settings) {
        MassAttenuation mac = MassAttenuation.get();
        int n = elements.size();
        muRho = new double[n][n];
        pureDensity = new double[n];
        for (int j = 0; j < n; j++) {
            pureDensity[j] = mac.density(elements.get(j));
            for (int i = 0; i < n; i++) {
                muRho[i][j] = mac.muRho(elements.get(j), energiesKeV[i]);
            }
        }
        thicknessCm = settings.thicknessNm() * 1e-7;
        density = settings.densityGcm3();
        cosec = 1 / Math.sin(Math.toRadians(settings.takeOffAngleDeg()));
    }

    /**
     * @param weightFraction weight fractions of the composition elements (summing to 1)
     * @return the correction factors A_i &gt;= 1, one per composition element
     */
    public double[] factors(double[] weightFraction) {
        int n = weightFraction.length;
        double rho = density;
        if (Double.isNaN(rho)) {
            rho = 0;
            for (int j = 0; j < n; j++) {
                rho += weightFraction[j] * pureDensity[j];
            }
        }
        double massThickness = thicknessCm * rho;
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            double mu = 0;
            for (int j = 0; j < n; j++) {
                mu += weightFraction[j] * muRho[i][j];
            }
            double chi = mu * massThickness * cosec;
            // -expm1 keeps full precision for small chi, where 1 - e^-chi cancels
            a[i] = chi > 0 ? chi / -Math.expm1(-chi) : 1;
        }
        return a;
    }
}
