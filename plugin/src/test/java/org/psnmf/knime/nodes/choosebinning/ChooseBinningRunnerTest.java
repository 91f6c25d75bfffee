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

    private final Phantoms.Phantom ph = Phantoms.twoPhase(16, 8, 80, 2);

    private ChooseBinningSettings settings(String bins) {
        ChooseBinningSettings s = new ChooseBinningSettings();
        s.set(ChooseBinningSettings.BINS, bins).set(ChooseBinningSettings.COMPONENTS, 2)
                .set(ChooseBinningSettings.MAX_ITERATIONS, 60);
        return s;
    }

    @Test
    void onePsnmfPerB_withDevianceAndAngles() {
        TableData t = ChooseBinningRunner.run(settings("4, 2"), ph.image(), Progress.NONE);
        assertEquals(2, t.size());
        assertEquals(2, t.get(0, "bin_factor")); // sorted ascending
        assertEquals(8, t.get(0, "binned_width"));
        assertEquals(4, t.get(1, "binned_width"));
        assertNull(t.get(0, "mean_angle_to_previous_deg"));
        double angle = (Double) t.get(1, "mean_angle_to_previous_deg");
        assertTrue(angle >= 0 && angle < 90, "angle " + angle);
        double[] dev = t.doubles("deviance");
        assertTrue(dev[0] > 0 && Double.isFinite(dev[0]) && dev[1] > 0);
        assertEquals(ph.image().totalCounts() / 128 * 4, (Double) t.get(0, "counts_per_binned_pixel"), 1e-9);
    }

    @Test
    void badLists_andTooLargeB_areRejected() {
        ChooseBinningSettings s = settings("2, x");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, s::validate);
        assertTrue(e.getMessage().contains("\"x\""), e.getMessage());
        assertEquals(List.of(2, 3, 8), settings("8 3,2;2").bins());
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                () -> ChooseBinningRunner.check(settings("2, 12"), SpectrumImageSpec.of(ph.image())));
        assertTrue(big.getMessage().contains("b = 12"), big.getMessage());
    }

    @Test
    void cancel_stopsTheSweep() {
        assertThrows(CancelledException.class,
                () -> ChooseBinningRunner.run(settings("2, 4"), ph.image(), new CancelAfter(3)));
    }
}
