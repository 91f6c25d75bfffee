package org.psnmf.knime.nodes.choosebinning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.testing.CancelAfter;
import org.psnmf.knime.testing.Phantoms;

class ChooseBinningRunnerTest {

    private final Phantoms.Phantom ph = Phantoms.twoPhase(32, 16, 80, 2);

    private ChooseBinningSettings settings(String bins) {
        ChooseBinningSettings s = new ChooseBinningSettings();
        s.set(ChooseBinningSettings.BINS, bins).set(ChooseBinningSettings.COMPONENTS, 2)
                .set(ChooseBinningSettings.MAX_ITERATIONS, 60);
        return s;
    }

    @Test
    void oneRowPerB_coarseToFine_withTheChosenOneMarked() {
        ChooseBinningRunner.Result r = ChooseBinningRunner.run(settings("4, 2"), ph.image(), Progress.NONE);
        TableData t = r.table();
        assertEquals(2, t.size());
        assertEquals(4, t.get(0, "bin_factor")); // coarse to fine, the order of the decision
        assertEquals(8, t.get(0, "binned_width"));
        assertEquals(16, t.get(1, "binned_width"));
        assertNull(t.get(0, "max_angle_to_coarser_deg"));
        double angle = (Double) t.get(1, "max_angle_to_coarser_deg");
        assertTrue(angle >= 0 && angle < 90, "angle " + angle);
        double[] dev = t.doubles("held_out_deviance");
        assertTrue(dev[0] > 0 && Double.isFinite(dev[0]) && dev[1] > 0);
        assertEquals(ph.image().totalCounts() / 512 * 16, (Double) t.get(0, "counts_per_binned_pixel"), 1e-9);
        // exactly one row is chosen, the one of the decision, and its excess over the best is within the rule
        int chosen = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i, "chosen").equals("yes")) {
                chosen++;
                assertEquals(r.decision().bin(), t.get(i, "bin_factor"));
                assertTrue((Double) t.get(i, "excess_standard_errors") <= 1.0
                        || (Double) t.get(i, "max_angle_to_best_deg") <= 1.0);
            }
        }
        assertEquals(1, chosen);
    }

    @Test
    void badLists_andTooLargeB_areRejected() {
        ChooseBinningSettings s = settings("2, x");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, s::validate);
        assertTrue(e.getMessage().contains("\"x\""), e.getMessage());
        assertEquals(List.of(2, 3, 8), settings("8 3,2;2").bins());
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                () -> ChooseBinningRunner.check(settings("12, 16"), SpectrumImageSpec.of(ph.image())));
        assertTrue(big.getMessage().contains("b = 12"), big.getMessage());
    }

    @Test
    void cancel_stopsTheSweep() {
        assertThrows(CancelledException.class,
                () -> ChooseBinningRunner.run(settings("2, 4"), ph.image(), new CancelAfter(3)));
    }
}
