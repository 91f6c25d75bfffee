package org.psnmf.engine.progress;

import java.util.function.Supplier;

/**
 * Progress and cancellation hook for long engine work, independent of any UI. The KNIME nodes adapt it to an
 * ExecutionMonitor, the command line prints it to stderr. Algorithms call {@link #checkCancelled()} at least once per
 * iteration (so cancellation takes effect well within a second) and {@link #report} with a lazily built message.
 */
public interface Progress {

    /** Ignores reports and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void report(double fraction, Supplier<String> message) {
            // nothing to show
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param fraction overall fraction done in [0, 1], or NaN if unknown
     * @param message  built only if shown
     */
    void report(double fraction, Supplier<String> message);

    boolean isCancelled();

    /** @throws CancelledException if the user cancelled */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /**
     * @return a view that maps its own [0, 1] onto [from, to] of this progress, sharing cancellation
     */
    default Progress sub(double from, double to) {
        Progress parent = this;
        return new Progress() {
            @Override
            public void report(double fraction, Supplier<String> message) {
                parent.report(Double.isNaN(fraction) ? fraction : from + (to - from) * Math.max(0, Math.min(1, fraction)),
                        message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
