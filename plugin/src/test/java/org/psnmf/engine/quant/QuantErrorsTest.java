package org.psnmf.engine.quant;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.EnergyAxis;

/** Bad requests and bad spectra give one clear IllegalArgumentException naming the problem. */
class QuantErrorsTest {

    private static void assertMessage(Runnable r, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should mention '" + p + "'");
        }
    }

    @Test
    void unknownElement() {
        assertMessage(() -> new Quantifier(QuantSettings.of(List.of("Fe", "Xx")), MixtureSpectra.AXIS), "Unknown element", "Xx");
    }

    @Test
    void unknownLine() {
        assertMessage(() -> new Quantifier(QuantSettings.of(List.of("Fe", "O")).withLines(Map.of("Fe", "Kq")),
                MixtureSpectra.AXIS), "Unknown line", "Kq");
    }

    @Test
    void lineOutsideTheEnergyAxis() {
        // 0-10 keV axis: U La is at 13.6 keV
        EnergyAxis axis = new EnergyAxis(1000, 0, 0.01);
        assertMessage(() -> new Quantifier(QuantSettings.of(List.of("U", "O")).withLines(Map.of("U", "La")), axis),
                "U La", "outside the energy axis");
        // default line selection picks U Ma instead
        assertTrue(new Quantifier(QuantSettings.of(List.of("U", "O")), axis).plan().elements().get(0).line().equals("Ma"));
    }

    @Test
    void lineAboveTheBeamEnergy() {
        assertMessage(() -> new Quantifier(QuantSettings.of(List.of("U", "O")).withLines(Map.of("U", "La"))
                .withBeamEnergyKv(10), MixtureSpectra.AXIS), "U La", "above the 10 kV beam energy");
    }

    @Test
    void elementWithoutAnyLineInRange() {
        // H and He have no X-ray lines in the tables
        assertMessage(() -> new Quantifier(QuantSettings.of(List.of("He", "O")), MixtureSpectra.AXIS), "He");
    }

    @Test
    void badSettings() {
        assertMessage(() -> QuantSettings.of(List.of()), "at least one element");
        assertMessage(() -> QuantSettings.of(List.of("Fe", "fe")), "Fe", "twice");
        assertMessage(() -> QuantSettings.of(List.of("Fe", "O")).withExcluded(Set.of("Cu")), "Cu", "not among");
        assertMessage(() -> QuantSettings.of(List.of("Cu")).withExcluded(Set.of("Cu")), "All elements are excluded");
        assertMessage(() -> QuantSettings.of(List.of("Fe")).withBeamEnergyKv(-1), "Beam energy");
        assertMessage(() -> IntensityMethod.parse("magic"), "magic", "fit, window");
    }

    @Test
    void emptyNegativeNonFiniteAndWrongLengthSpectra() {
        Quantifier q = new Quantifier(QuantSettings.of(List.of("Fe", "O")), MixtureSpectra.AXIS);
        assertMessage(() -> q.quantify("zero", new double[2048]), "'zero'", "empty");
        double[] neg = MixtureSpectra.spectrum(Map.of("Fe", 50.0, "O", 50.0), 1e4, 0.3);
        neg[700] = -2;
        assertMessage(() -> q.quantify("neg", neg), "'neg'", "negative", "channel 700", "7.000 keV");
        double[] nan = MixtureSpectra.spectrum(Map.of("Fe", 50.0, "O", 50.0), 1e4, 0.3);
        nan[10] = Double.NaN;
        assertMessage(() -> q.quantify("nan", nan), "non-finite", "channel 10");
        assertMessage(() -> q.quantify("short", new double[100]), "100 channels", "2048");
    }

    @Test
    void spectrumWithOnlyExcludedSignalIsAClearError() {
        Quantifier q = new Quantifier(QuantSettings.of(List.of("Fe", "Cu")).withExcluded(Set.of("Cu")), MixtureSpectra.AXIS);
        double[] cu = MixtureSpectra.spectrum(Map.of("Cu", 100.0), 1e5, 0);
        assertMessage(() -> q.quantify("grid", cu), "'grid'", "no signal", "Fe");
    }
}
