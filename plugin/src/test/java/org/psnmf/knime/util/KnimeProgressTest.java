package org.psnmf.knime.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.knime.nodes.binning.BinningRunner;
import org.psnmf.knime.nodes.binning.BinningSettings;
import org.psnmf.knime.testing.Phantoms;

/** The engine's Progress on a KNIME ExecutionMonitor: progress is forwarded, KNIME's cancel stops engine work. */
class KnimeProgressTest {

    /** A monitor that records progress and is cancelled from the n-th check on (subclassing the public API). */
    static final class Monitor extends ExecutionMonitor {
        final List<Double> fractions = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        private final int cancelAt;
        private int checks;

        Monitor(int cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void checkCanceled() throws CanceledExecutionException {
            if (checks++ >= cancelAt) {
                throw new CanceledExecutionException("cancelled in test");
            }
        }

        @Override
        public void setProgress(double progress, String message) {
            fractions.add(progress);
            messages.add(message);
        }

        @Override
        public void setMessage(String message) {
            messages.add(message);
        }
    }

    @Test
    void reports_areForwardedAndClamped() {
        Monitor m = new Monitor(Integer.MAX_VALUE);
        KnimeProgress p = new KnimeProgress(m);
        p.report(0.25, () -> "a quarter");
        p.report(1.5, () -> "over");
        p.report(Double.NaN, () -> "unknown");
        assertEquals(List.of(0.25, 1.0), m.fractions);
        assertEquals(List.of("a quarter", "over", "unknown"), m.messages);
        assertFalse(p.isCancelled());
    }

    @Test
    void knimeCancel_stopsEngineWork() {
        Monitor m = new Monitor(0);
        assertTrue(new KnimeProgress(m).isCancelled());
        BinningSettings s = new BinningSettings();
        assertThrows(CancelledException.class,
                () -> BinningRunner.run(s, Phantoms.twoPhase(20, 20, 30, 1).image(), new KnimeProgress(m)));
    }
}
