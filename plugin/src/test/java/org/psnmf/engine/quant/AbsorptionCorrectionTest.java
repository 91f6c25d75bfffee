package org.psnmf.engine.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.EnergyAxis;

/** The bundled mass attenuation table and the iterative thin-film absorption correction of Cliff-Lorimer. */
class AbsorptionCorrectionTest {

    private static final EnergyAxis AXIS = new EnergyAxis(2048, 0, 0.01);
    private static final List<String> ELEMENTS = List.of("O", "Mg", "Si", "Fe");

    private static void assertMessage(Runnable r, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should mention '" + p + "'");
        }
    }

    @Test
    void interpolationMatchesXraylibOffTheGrid() {
        MassAttenuation mac = MassAttenuation.get();
        // reference values: xraylib 4.0.0 (Debian python3-xraylib), xraylib.CS_Total(Z, E) in cm^2/g
        assertEquals(1292.62, mac.muRho("O", 0.5249), 0.02 * 1292.62); // CS_Total(8, 0.5249)
        assertEquals(3829.19, mac.muRho("Fe", 0.5249), 0.02 * 3829.19); // CS_Total(26, 0.5249)
        assertEquals(71.045, mac.muRho("Fe", 6.4), 0.02 * 71.045); // CS_Total(26, 6.4)
        assertEquals(22.7987, mac.muRho("O", 6.4), 0.02 * 22.7987); // CS_Total(8, 6.4)
        assertEquals(358.914, mac.muRho("Si", 1.74), 0.02 * 358.914); // CS_Total(14, 1.74)
        assertEquals(273.052, mac.muRho("Nd", 5.23), 0.02 * 273.052); // CS_Total(60, 5.23)
        assertEquals(55.5604, mac.muRho("Fe", 7.0), 0.02 * 55.5604); // CS_Total(26, 7.0)
        assertEquals(395.726, mac.muRho("Fe", 7.2), 0.02 * 395.726); // CS_Total(26, 7.2)
        // xraylib.ElementDensity(26)
        assertEquals(7.874, mac.density("Fe"), 1e-3);
    }

    @Test
    void interpolationDoesNotCrossAnEdge() {
        MassAttenuation mac = MassAttenuation.get();
        // Fe K edge at 7.112 keV (xraylib.EdgeEnergy(26, K_SHELL)): CS_Total(26, 7.1119) = 53.199,
        // CS_Total(26, 7.1121) = 407.683; interpolating across the edge would give values in between
        double below = mac.muRho("Fe", 7.1119);
        double above = mac.muRho("Fe", 7.1121);
        assertEquals(53.199, below, 0.02 * 53.199);
        assertEquals(407.683, above, 0.02 * 407.683);
        assertEquals(407.683, mac.muRho("Fe", 7.112), 0.02 * 407.683);
    }

    @Test
    void tableErrorsAreClear() {
        MassAttenuation mac = MassAttenuation.get();
        assertMessage(() -> mac.muRho("Fe", 30), "Fe", "0.100-25.0 keV", "30");
        assertMessage(() -> mac.muRho("Xx", 1), "No mass attenuation data", "Xx");
    }

    private static LinePlan plan(QuantSettings s) {
        return LinePlan.resolve(s, AXIS);
    }

    /** Intensities of a known composition through the forward model I_i = C_i / (k_i A_i). */
    private static LineIntensities forward(LinePlan plan, double[] atomic) {
        List<QuantElement> els = plan.elements();
        int n = els.size();
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = atomic[i] * els.get(i).atomicWeight();
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        double[] a = plan.absorption() == null ? new double[] {1, 1, 1, 1} : plan.absorption().factors(w);
        double[] in = new double[n];
        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            in[i] = 1e6 * atomic[i] / (els.get(i).kFactor() * a[i]);
            cov[i][i] = in[i];
        }
        return new LineIntensities(in, cov, List.of());
    }

    @Test
    void iterativeCorrectionRecoversTheComposition() {
        double[] atomic = {0.55, 0.15, 0.2, 0.1};
        LinePlan plan = plan(QuantSettings.of(ELEMENTS).withThicknessNm(150).withDensityGcm3(3.8).withTakeOffAngleDeg(20));
        LineIntensities li = forward(plan, atomic);
        Composition corrected = CliffLorimer.compose("x", plan, li);
        Composition raw = CliffLorimer.compose("x", plan(QuantSettings.of(ELEMENTS)), li);
        for (int i = 0; i < atomic.length; i++) {
            assertEquals(atomic[i], corrected.atomicFraction()[i], 1e-4, ELEMENTS.get(i));
            assertTrue(corrected.absorptionFactors()[i] >= 1);
        }
        // the uncorrected composition underestimates O noticeably; no warning when converged
        assertTrue(raw.atomicFraction()[0] < atomic[0] - 0.01, "raw O " + raw.atomicFraction()[0]);
        assertTrue(corrected.warnings().isEmpty(), corrected.warnings().toString());
        // the same with the density estimated from the composition
        LinePlan noRho = plan(QuantSettings.of(ELEMENTS).withThicknessNm(150));
        Composition c2 = CliffLorimer.compose("x", noRho, forward(noRho, atomic));
        for (int i = 0; i < atomic.length; i++) {
            assertEquals(atomic[i], c2.atomicFraction()[i], 1e-4, ELEMENTS.get(i));
        }
    }

    @Test
    void vanishingThicknessChangesNothing() {
        double[] atomic = {0.55, 0.15, 0.2, 0.1};
        LinePlan off = plan(QuantSettings.of(ELEMENTS));
        LineIntensities li = forward(off, atomic);
        Composition raw = CliffLorimer.compose("x", off, li);
        Composition thin = CliffLorimer.compose("x", plan(QuantSettings.of(ELEMENTS).withThicknessNm(1e-6)), li);
        for (int i = 0; i < atomic.length; i++) {
            assertEquals(1, thin.absorptionFactors()[i], 1e-6);
            assertEquals(1, raw.absorptionFactors()[i]);
            assertEquals(raw.atomicFraction()[i], thin.atomicFraction()[i], 1e-9);
        }
    }

    @Test
    void oxygenInAnOxideIsCorrectedMoreThanIron() {
        // Fe2O3 by weight: Fe 0.6994, O 0.3006; 100 nm at 4 g/cm^3, 22 degree take-off
        LinePlan plan = plan(QuantSettings.of(List.of("O", "Fe")).withThicknessNm(100).withDensityGcm3(4));
        double[] a = plan.absorption().factors(new double[] {0.3006, 0.6994});
        // O Ka (0.525 keV): mu/rho ~ 3070 cm^2/g, chi ~ 0.33, A ~ 1.17; Fe Ka (6.4 keV): chi ~ 0.006, A ~ 1.003
        assertEquals(1.17, a[0], 0.02);
        assertEquals(1.003, a[1], 0.002);
        assertTrue(a[0] - 1 > 20 * (a[1] - 1), a[0] + " vs " + a[1]);
    }

    @Test
    void badSettingsGiveClearErrors() {
        QuantSettings s = QuantSettings.of(ELEMENTS);
        assertMessage(() -> s.withThicknessNm(-1), "thickness", "-1");
        assertMessage(() -> s.withThicknessNm(Double.POSITIVE_INFINITY), "thickness");
        assertMessage(() -> s.withTakeOffAngleDeg(0), "Take-off angle", "(0, 90]");
        assertMessage(() -> s.withTakeOffAngleDeg(90.5), "Take-off angle", "90.5");
        assertMessage(() -> s.withDensityGcm3(-2), "density", "-2");
        assertMessage(() -> s.withAbsorptionAt1keV(0.5).withThicknessNm(100), "not both");
        assertEquals(90, s.withTakeOffAngleDeg(90).takeOffAngleDeg());
    }
}
