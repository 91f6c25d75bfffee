package org.psnmf.knime.nodes.seedednmf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.metrics.MapError;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.nodes.binning.BinningRunner;
import org.psnmf.knime.nodes.binning.BinningSettings;
import org.psnmf.knime.nodes.nmf.NmfRunner;
import org.psnmf.knime.nodes.nmf.NmfSettings;
import org.psnmf.knime.port.Decomposition;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.testing.CancelAfter;
import org.psnmf.knime.testing.Phantoms;

/** The PSNMF chain as the nodes run it: Binning (b = 4) -> NMF -> Seeded NMF on the original image. */
class SeededNmfRunnerTest {

    private final Phantoms.Phantom ph = Phantoms.twoPhase(24, 16, 60, 8);

    private Decomposition binnedNmf() {
        BinningSettings b = new BinningSettings();
        b.set(BinningSettings.FACTOR, 4);
        NmfSettings n = new NmfSettings();
        n.set(NmfSettings.COMPONENTS, 2).set(NmfSettings.MAX_ITERATIONS, 400);
        return NmfRunner.run(n, BinningRunner.run(b, ph.image(), Progress.NONE).image(), Progress.NONE)
                .decomposition();
    }

    @Test
    void fixedSpectra_areTheBinnedOnesOverBSquared_mapsAreFullResolution() {
        Decomposition seed = binnedNmf();
        SeededNmfSettings s = new SeededNmfSettings();
        SeededNmfRunner.Result r = SeededNmfRunner.run(s, ph.image(), seed, Progress.NONE);
        Decomposition d = r.decomposition();
        assertEquals(SeededNmfRunner.outputSpec(s, SpectrumImageSpec.of(ph.image()), seed.spec()), d.spec());
        assertEquals(24, d.width());
        for (int k = 0; k < 2; k++) {
            double[] expected = seed.spectra()[k].clone();
            for (int c = 0; c < expected.length; c++) {
                expected[c] /= 16;
            }
            assertArrayEquals(expected, d.spectra()[k], 1e-12 * expected.length);
        }
        int[] m = ComponentMatching.byAngle(d.spectra(), ph.truth().spectra());
        for (int k = 0; k < 2; k++) {
            // 60 counts/px: the abundance maps are noisy but follow the linear ramp (truth MSE of a 0..1 ramp ~ 0.08)
            double mse = MapError.mse(d.maps()[m[k]], ph.truth().maps()[k]);
            assertTrue(mse < 0.02, "map MSE " + mse);
        }
        assertEquals("4", d.provenance().get("b"));
    }

    @Test
    void binFactor_isInferredOrChecked() {
        SeededNmfSettings s = new SeededNmfSettings();
        assertEquals(4, SeededNmfRunner.bin(s, 24, 16, 6, 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SeededNmfRunner.bin(s, 24, 16, 6, 8));
        assertTrue(e.getMessage().contains("Bin factor b"), e.getMessage());
        s.set(SeededNmfSettings.BIN, 3);
        e = assertThrows(IllegalArgumentException.class, () -> SeededNmfRunner.bin(s, 24, 16, 6, 4));
        assertTrue(e.getMessage().contains("8 x 5"), e.getMessage());
    }

    @Test
    void cancel_stopsTheFit() {
        Decomposition seed = binnedNmf();
        assertThrows(CancelledException.class,
                () -> SeededNmfRunner.run(new SeededNmfSettings(), ph.image(), seed, new CancelAfter(1)));
    }
}
