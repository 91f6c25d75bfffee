package org.psnmf.engine.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The fit method on noise-free thin-film mixtures: the paper's Table 1 phases (PSNMF, Chen et al.) and the overlapping
 * line families the issue names. The spectra come from {@link MixtureSpectra} with a continuum that is not exactly
 * in the fit's background basis, so these tests also cover background mismatch.
 */
class ModelFitAccuracyTest {

    static final List<String> ELEMENTS = List.of("Mg", "Si", "Al", "Ca", "Fe", "Nd", "Sm", "U", "O", "Cu");

    static Map<String, Double> map(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        return m;
    }

    /** Table 1 of the paper: Brg, Fp, CaPv. */
    static final Map<String, Map<String, Double>> PHASES = Map.of(
            "Brg", map("Mg", 18.5, "Si", 18.2, "Al", 1.5, "Ca", 1.0, "Fe", 1.0, "Nd", 0.1, "Sm", 0.1, "O", 60.0),
            "Fp", map("Mg", 39.0, "Fe", 10.0, "O", 50.0, "Cu", 1.0),
            "CaPv", map("Si", 17.5, "Al", 2.5, "Ca", 16.2, "Fe", 1.0, "Nd", 1.0, "Sm", 1.0, "U", 1.0, "O", 60.0));

    /** Compares with the truth normalised to 100 % (Table 1 rows sum to 100.2-100.4 %). */
    static void assertComposition(Map<String, Double> truth, Composition c, double tolAtPercent) {
        double total = truth.values().stream().mapToDouble(Double::doubleValue).sum();
        for (String el : c.elements()) {
            double expected = 100 * truth.getOrDefault(el, 0.0) / total;
            assertEquals(expected, c.atomicPercent(el), tolAtPercent, () -> el + " in " + c.name() + ": " + c.atomicPercent(el));
        }
    }

    @Test
    void table1PhasesWithin0p1AtPercentIncludingTraceNdSm() {
        Quantifier q = new Quantifier(QuantSettings.of(ELEMENTS), MixtureSpectra.AXIS);
        for (Map.Entry<String, Map<String, Double>> ph : PHASES.entrySet()) {
            // 1e6 line counts, continuum 30 % of it: a typical phase sum spectrum; noise-free
            double[] y = MixtureSpectra.spectrum(ph.getValue(), 1e6, 0.3);
            Composition c = q.quantify(ph.getKey(), y);
            // acceptance tolerance of the issue: ±0.1 at% absolute; Nd/Sm checked far tighter below
            assertComposition(ph.getValue(), c, 0.1);
            // the only model error is the continuum shape; measured bias <= 0.004 at% for every element here, so
            // 0.02 at% still catches a template or k-factor error of 2 % relative on a 1 at% element
            assertComposition(ph.getValue(), c, 0.02);
            double sum = 0;
            for (double a : c.atomicFraction()) {
                sum += a;
            }
            assertEquals(1, sum, 1e-12);
        }
    }

    @Test
    void absentElementGetsZeroWithFiniteUncertainty() {
        Quantifier q = new Quantifier(QuantSettings.of(ELEMENTS), MixtureSpectra.AXIS);
        Composition c = q.quantify("Fp", MixtureSpectra.spectrum(PHASES.get("Fp"), 1e5, 0.3));
        for (String el : List.of("Nd", "Sm", "U", "Si", "Al", "Ca")) {
            // noise-free, absent: the NNLS puts it at (or within 0.02 at% of) its bound
            assertEquals(0, c.atomicPercent(el), 0.02, el);
            double s = c.sigmaAtomicPercent(el);
            assertTrue(Double.isFinite(s) && s > 0, el + " sigma " + s);
        }
    }

    /** Quantifies a two- or three-element mixture with forced lines; every element within 0.1 at%. */
    private static void overlap(Map<String, Double> truth, Map<String, String> lines) {
        QuantSettings s = QuantSettings.of(List.copyOf(truth.keySet())).withLines(lines);
        Quantifier q = new Quantifier(s, MixtureSpectra.AXIS);
        Composition c = q.quantify(truth.keySet().toString(), MixtureSpectra.spectrum(truth, 1e6, 0.3));
        assertComposition(truth, c, 0.1);
    }

    @Test
    void separatesNdLSmLFeK() {
        overlap(map("Nd", 30, "Sm", 30, "Fe", 40), Map.of());
        overlap(map("Nd", 1, "Sm", 1, "Fe", 98), Map.of());
    }

    /**
     * Cu La (0.93 keV) on Nd's M lines (M5O3 0.957, M4O2 0.979 keV; the tables have no Nd M5N6,7 "Ma" because the
     * 4f shell is nearly empty): Cu quantified with La, so only the fit can split the 0.93-0.98 keV peak.
     */
    @Test
    void separatesCuLaFromNdM() {
        overlap(map("Cu", 50, "Nd", 50), Map.of("Cu", "La"));
        overlap(map("Cu", 90, "Nd", 10), Map.of("Cu", "La"));
    }

    @Test
    void separatesAuMPKZrL() {
        overlap(map("Au", 30, "P", 40, "Zr", 30), Map.of("Au", "Ma", "Zr", "La"));
    }

    @Test
    void separatesUMFromKK() {
        overlap(map("U", 40, "K", 60), Map.of("U", "Ma"));
    }
}
