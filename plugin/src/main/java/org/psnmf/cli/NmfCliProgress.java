package org.psnmf.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

import org.psnmf.engine.progress.Progress;

/** Prints engine progress to stderr, at most one line per second (and never when quiet). Never cancelled. */
final class NmfCliProgress implements Progress {

    private final PrintStream err;
    private final boolean quiet;
    private long last;

    NmfCliProgress(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public synchronized void report(double fraction, Supplier<String> message) {
        long now = System.nanoTime();
        if (quiet || now - last < 1_000_000_000L) {
            return;
        }
        last = now;
        err.println("  " + (Double.isNaN(fraction) ? "" : String.format(java.util.Locale.ROOT, "%3.0f%% ",
                100 * fraction)) + message.get());
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
