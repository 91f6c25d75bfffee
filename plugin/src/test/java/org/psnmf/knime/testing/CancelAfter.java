package org.psnmf.knime.testing;

import java.util.function.Supplier;

import org.psnmf.engine.progress.Progress;

/** A Progress that reports cancelled from the {@code n}-th cancellation check on (n = 0: immediately). */
public final class CancelAfter implements Progress {

    private final int n;
    private int checks;

    public CancelAfter(int n) {
        this.n = n;
    }

    @Override
    public void report(double fraction, Supplier<String> message) {
        // not shown
    }

    @Override
    public boolean isCancelled() {
        return checks++ >= n;
    }

    /** @return how often cancellation was asked */
    public int checks() {
        return checks;
    }
}
