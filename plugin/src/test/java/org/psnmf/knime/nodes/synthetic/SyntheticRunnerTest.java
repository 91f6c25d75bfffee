package org.psnmf.knime.nodes.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.synth.Phase;
import org.psnmf.engine.synth.SyntheticOptions;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.testing.CancelAfter;
import org.psnmf.testutil.TestImages;

class SyntheticRunnerTest {

    private static SyntheticSettings small(String preset) {
        SyntheticSettings s = new SyntheticSettings();
        s.set(SyntheticSettings.PRESET, preset).set(SyntheticSettings.SIZE, 24);
        return s;
    }

    @Test
    void mantlePreset_matchesItsSpecs_andTruthIsConsistent() {
        SyntheticSettings s = small(SyntheticSettings.LOW);
        SyntheticRunner.Result r = SyntheticRunner.run(s, null, Progress.NONE);
        SyntheticOptions o = SyntheticRunner.options(s, null);
        SpectrumImageSpec spec = SyntheticRunner.imageSpec(o);
        SpectrumImageSpec actual = SpectrumImageSpec.of(r.dataset().counts());
        assertEquals(spec.width(), actual.width());
        assertEquals(spec.energyAxis(), actual.energyAxis());
        assertEquals(spec.info().elements(), actual.info().elements());
        assertEquals(SyntheticRunner.truthSpec(o).names(), r.truth().names());
        assertEquals(List.of("Brg", "Fp", "CaPv"), r.truth().names());
        // low SNR preset: 18 counts per pixel on average (Poisson total over 576 px: ±0.2 % relative sd -> 2 %)
        assertEquals(18, r.dataset().counts().totalCounts() / 576, 18 * 0.02);
        for (int p = 0; p < 576; p++) {
            double sum = 0;
            for (double[] m : r.truth().maps()) {
                sum += m[p];
            }
            assertEquals(1, sum, 1e-9);
        }
        // compositions normalised to 100 per phase
        double brg = 0;
        for (int i = 0; i < r.compositions().size(); i++) {
            if (r.compositions().get(i, "phase").equals("Brg")) {
                brg += (Double) r.compositions().get(i, "atomic_percent");
            }
        }
        assertEquals(100, brg, 1e-9);
    }

    @Test
    void sameSeed_sameCounts_otherSeed_otherCounts() {
        SyntheticSettings s = small(SyntheticSettings.CUSTOM);
        s.set(SyntheticSettings.COUNTS, 30.0);
        var a = SyntheticRunner.run(s, null, Progress.NONE).dataset().counts();
        var b = SyntheticRunner.run(s, null, Progress.NONE).dataset().counts();
        assertTrue(TestImages.sameCounts(a, b));
        s.set(SyntheticSettings.SEED, 2);
        var c = SyntheticRunner.run(s, null, Progress.NONE).dataset().counts();
        assertTrue(!TestImages.sameCounts(a, c));
    }

    @Test
    void customPhasesTable_replacesThePhases() {
        List<Phase> phases = SyntheticRunner.phases(List.of(new String[] {"FeO", "Fe", "50"},
                new String[] {"FeO", "O", "50"}, new String[] {"CaO", "Ca", "50"}, new String[] {"CaO", "O", "50"}));
        SyntheticSettings s = small(SyntheticSettings.CUSTOM);
        SyntheticRunner.Result r = SyntheticRunner.run(s, phases, Progress.NONE);
        assertEquals(List.of("FeO", "CaO"), r.truth().names());
        assertEquals(4, r.compositions().size());
        // the table is ignored unless the preset is custom
        assertEquals(3, SyntheticRunner.run(small(SyntheticSettings.LOW), phases, Progress.NONE).truth().components());
    }

    @Test
    void badPhaseRows_areRejectedNamingTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyntheticRunner.phases(List.<String[]>of(new String[] {"A", "Fe", "x"})));
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("\"x\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SyntheticRunner.phases(List.<String[]>of(new String[] {"A", null, "5"})));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SyntheticRunner.phases(List.<String[]>of(new String[] {"A", "Xq", "5"})));
    }

    @Test
    void cancel_stopsGeneration() {
        assertThrows(CancelledException.class,
                () -> SyntheticRunner.run(small(SyntheticSettings.MEDIUM), null, new CancelAfter(0)));
    }
}
