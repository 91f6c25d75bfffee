package org.psnmf.knime.util;

import java.util.function.Supplier;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.psnmf.engine.progress.Progress;

/**
 * The engine's {@link Progress} on top of a KNIME {@link ExecutionMonitor}: reports go to the node's progress bar,
 * and the engine's cancellation checks ask the monitor (the engine then throws its CancelledException, which the node
 * model turns back into KNIME's CanceledExecutionException).
 */
public final class KnimeProgress implements Progress {

    private final ExecutionMonitor exec;

    public KnimeProgress(ExecutionMonitor exec) {
        this.exec = exec;
    }

    @Override
    public void report(double fraction, Supplier<String> message) {
        String m = message == null ? null : message.get();
        if (Double.isNaN(fraction)) {
            if (m != null) {
                exec.setMessage(m);
            }
        } else {
            exec.setProgress(Math.max(0, Math.min(1, fraction)), m);
        }
    }

    @Override
    public boolean isCancelled() {
        try {
            exec.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) {
            return true;
        }
    }
}
