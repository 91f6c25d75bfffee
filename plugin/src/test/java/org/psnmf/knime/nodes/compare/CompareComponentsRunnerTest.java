package org.psnmf.knime.nodes.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.Decomposition;
import org.psnmf.knime.testing.Phantoms;

class CompareComponentsRunnerTest {

    private final Decomposition truth = Phantoms.twoPhase(10, 4, 100, 1).truth();

    private static Decomposition swapped(Decomposition d, double spectrumScale) {
        double[][] w = {scale(d.spectra()[1], spectrumScale), scale(d.spectra()[0], spectrumScale)};
        double[][] h = {d.maps()[1], d.maps()[0]};
        return new Decomposition(d.width(), d.height(), d.axis(), d.info(), List.of("C1", "C2"), w, h, "NMF", null);
    }

    private static double[] scale(double[] a, double f) {
        double[] o = a.clone();
        for (int i = 0; i < o.length; i++) {
            o[i] *= f;
        }
        return o;
    }

    @Test
    void permutedAndRescaledCopy_matchesWithZeroAngleAndZeroMse() {
        CompareComponentsRunner.Result r = CompareComponentsRunner.run(new CompareComponentsSettings(),
                swapped(truth, 3.0), truth, Progress.NONE);
        assertEquals(1, r.matches().get(0).component()); // FeO <-> C2
        assertEquals(0, r.matches().get(1).component());
        for (CompareComponentsRunner.Match m : r.matches()) {
            assertEquals(0, m.angleDeg(), 1e-5); // acos near 1 loses precision: ~1e-6 degrees
            assertEquals(0, m.mapMse(), 0.0);
        }
        assertEquals("C2", r.table().get(0, "component"));
    }

    @Test
    void withoutMatching_comparesByIndex() {
        CompareComponentsSettings s = new CompareComponentsSettings();
        s.set(CompareComponentsSettings.MATCH, false);
        CompareComponentsRunner.Result r = CompareComponentsRunner.run(s, swapped(truth, 1), truth, Progress.NONE);
        assertTrue(r.matches().get(0).angleDeg() > 10, "Fe vs Ca spectra differ");
        assertTrue(r.matches().get(0).mapMse() > 0.1);
    }

    @Test
    void moreReferencesThanComponents_leavesTheWorstReferenceUnmatched() {
        double[][] ref = {{1, 1, 1}, {1, 0, 0}, {0, 0, 1}};
        double[][] found = {{0.9, 0.05, 0}, {0, 0.1, 2}};
        assertArrayEquals(new int[] {-1, 0, 1}, CompareComponentsRunner.match(found, ref));
    }

    @Test
    void differentChannelCounts_areRejected() {
        Decomposition other = new Decomposition(1, 1, new EnergyAxis(3, 0, 1), null, List.of("a"),
                new double[][] {{1, 2, 3}}, new double[][] {{1}}, "x", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompareComponentsRunner.run(new CompareComponentsSettings(), other, truth, Progress.NONE));
        assertTrue(e.getMessage().contains("3 channels"), e.getMessage());
    }
}
