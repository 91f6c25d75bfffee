package org.psnmf.knime.util;

import java.util.Locale;
import java.util.Optional;

import org.psnmf.engine.nmf.NmfResult;

/**
 * The node warning for an NMF fit that stopped before its convergence test passed: only when it is true (a fit that
 * converged, or one run for a fixed number of iterations with 'Tolerance' 0, gets none) and saying how far from
 * convergence the fit was and what to change.
 */
public final class ConvergenceWarning {

    private ConvergenceWarning() {
    }

    /**
     * @param what          the fit, as the user knows it (e.g. "NMF")
     * @param r             its result
     * @param maxIterations the 'Max iterations' setting
     * @param tolerance     the 'Tolerance' setting (relative objective decrease between two checks)
     * @return the warning, or empty if there is nothing to warn about
     */
    public static Optional<String> of(String what, NmfResult r, int maxIterations, double tolerance) {
        if (r.converged() || !(tolerance > 0)) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(what).append(r.iterations() < maxIterations
                ? " stopped at its time limit after " + r.iterations() + " iterations"
                : " stopped at 'Max iterations' (" + maxIterations + ")").append(" before converging");
        double[] trace = r.objectiveTrace();
        int[] at = r.traceIterations();
        int n = trace.length;
        if (n >= 2) {
            double rel = (trace[n - 2] - trace[n - 1]) / Math.abs(trace[n - 1]);
            b.append(String.format(Locale.ROOT, ": the objective still fell by %.1e (relative) over the last %d "
                    + "iterations, 'Tolerance' is %.1e", rel, at[n - 1] - at[n - 2], tolerance));
        }
        b.append(", so its spectra and maps may still change. Increase 'Max iterations' (e.g. to ")
                .append(Math.max(2L * maxIterations, maxIterations + 1L)).append(") or set a larger 'Tolerance'.");
        return Optional.of(b.toString());
    }
}
