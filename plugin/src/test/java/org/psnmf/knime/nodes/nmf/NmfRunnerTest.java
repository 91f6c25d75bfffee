package org.psnmf.knime.nodes.nmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.testing.CancelAfter;
import org.psnmf.knime.testing.Phantoms;
import org.psnmf.knime.util.DecompositionTables;

class NmfRunnerTest {

    private final Phantoms.Phantom ph = Phantoms.twoPhase(24, 12, 300, 21);

    private NmfSettings settings() {
        NmfSettings s = new NmfSettings();
        s.set(NmfSettings.COMPONENTS, 2).set(NmfSettings.MAX_ITERATIONS, 300);
        return s;
    }

    @Test
    void recoversThePhaseSpectra_andFillsTheTables() {
        NmfSettings s = settings();
        NmfRunner.Result r = NmfRunner.run(s, ph.image(), Progress.NONE);
        var d = r.decomposition();
        assertEquals(NmfRunner.outputSpec(s, SpectrumImageSpec.of(ph.image())), d.spec());
        double[] angles = ComponentMatching.angles(d.spectra(), ph.truth().spectra());
        // 300 counts/px over 288 px: the two well-separated phases come out within a few degrees (observed < 2°)
        for (double a : angles) {
            assertTrue(a < 5, "angle " + a);
        }
        // sum to one holds in every pixel
        for (int p = 0; p < d.width() * d.height(); p++) {
            assertEquals(1, d.maps()[0][p] + d.maps()[1][p], 1e-6);
        }
        assertEquals(ph.image().channels(), r.spectra().size());
        assertEquals(DecompositionTables.spectraColumns(d.names()), r.spectra().columns());
        assertEquals(2, r.maps().size());
        // the two abundances are a ramp and its complement: their means add up to one
        assertEquals(1, (Double) r.maps().get(0, "mean_abundance") + (Double) r.maps().get(1, "mean_abundance"), 1e-6);
        assertEquals("NMF", d.method());
        assertEquals("2", d.provenance().get("k"));
    }

    @Test
    void iterationLimit_givesAWarningNotAnError() {
        NmfSettings s = settings();
        // 30 iterations = three objective checks (every 10), so the warning can give the last relative change
        s.set(NmfSettings.MAX_ITERATIONS, 30).set(NmfSettings.TOLERANCE, 1e-12);
        NmfRunner.Result r = NmfRunner.run(s, ph.image(), Progress.NONE);
        assertFalse(r.warnings().isEmpty());
        assertTrue(r.warnings().get(0).contains("Max iterations"), r.warnings().get(0));
        assertTrue(r.warnings().get(0).contains("still fell by"), r.warnings().get(0));
    }

    @Test
    void fixedIterationCount_toleranceZero_givesNoWarning() {
        NmfSettings s = settings();
        s.set(NmfSettings.MAX_ITERATIONS, 3).set(NmfSettings.TOLERANCE, 0.0);
        NmfRunner.Result r = NmfRunner.run(s, ph.image(), Progress.NONE);
        assertEquals("3", r.decomposition().provenance().get("iterations"));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void tooManyComponents_andModelInput_areRejectedAtConfigure() {
        NmfSettings s = new NmfSettings();
        s.set(NmfSettings.COMPONENTS, 9);
        SpectrumImageSpec tiny = new SpectrumImageSpec(2, 4, Phantoms.AXIS, null, true, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NmfRunner.outputSpec(s, tiny));
        assertTrue(e.getMessage().contains("at most 8"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> NmfRunner.outputSpec(new NmfSettings(), SpectrumImageSpec.of(ph.truth().toImage())));
        assertTrue(e.getMessage().contains("raw counts"), e.getMessage());
    }

    @Test
    void cancel_stopsTheFit() {
        assertThrows(CancelledException.class, () -> NmfRunner.run(settings(), ph.image(), new CancelAfter(2)));
    }
}
