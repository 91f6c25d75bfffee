package org.psnmf.engine.quant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cliff-Lorimer ratio method: with k_i relative to Si Ka for atomic fractions and I_i the counts in element i's
 * line family,
 * <pre>
 *   C_i = k_i I_i / S,   S = sum_j k_j I_j          (atomic fraction; excluded elements do not enter S)
 *   w_i = M_i C_i / sum_j M_j C_j                    (weight fraction, M atomic weight)
 * </pre>
 * Uncertainties propagate the intensity covariance V linearly: with {@code J_ij = dC_i/dI_j = (k_i delta_ij -
 * C_i k_j) / S}, {@code cov(C) = J V J^T}; the same with k_i replaced by M_i k_i for weight fractions. An element
 * with I_i = 0 gets C_i = 0 and sigma {@code k_i sigma(I_i) / S}.
 *
 * <p><b>Thin-film absorption</b> (optional, {@link LinePlan#absorption()} not null): k_i is replaced by k_i A_i with
 * the {@link ThinFilmAbsorption} factors A_i, which depend on the composition; starting from the uncorrected
 * composition, quantify -&gt; update A from the weight fractions -&gt; re-quantify, until the largest change of an
 * atomic fraction is below 1e-4 (0.01 at%), at most 30 times (a warning says when it did not converge). The
 * uncertainties treat the final A_i as constants.
 */
public final class CliffLorimer {

    /** Convergence of the absorption iteration: largest change of an atomic fraction (0.01 at%). */
    static final double ABSORPTION_TOLERANCE = 1e-4;
    static final int ABSORPTION_MAX_ITERATIONS = 30;

    private CliffLorimer() {
    }

    /**
     * @return the composition, or null if no composition element has any signal (S = 0)
     */
    public static Composition compose(String name, LinePlan plan, LineIntensities li) {
        List<QuantElement> all = plan.elements();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).excluded()) {
                idx.add(i);
            }
        }
        int n = idx.size();
        double[] k = new double[n];
        double[] km = new double[n];
        double[] in = new double[n];
        double[][] v = new double[n][n];
        List<String> els = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        double[] sigI = new double[n];
        for (int a = 0; a < n; a++) {
            QuantElement e = all.get(idx.get(a));
            els.add(e.element());
            lines.add(e.line());
            k[a] = e.kFactor();
            km[a] = e.kFactor() * e.atomicWeight();
            in[a] = li.counts()[idx.get(a)];
            for (int b = 0; b < n; b++) {
                v[a][b] = li.covariance()[idx.get(a)][idx.get(b)];
            }
            sigI[a] = li.sigma(idx.get(a));
        }
        double[][] at = fractions(k, in, v);
        if (at == null) {
            return null;
        }
        double[][] wt = fractions(km, in, v);
        double[] abs = new double[n];
        Arrays.fill(abs, 1);
        List<String> warnings = new ArrayList<>(li.warnings());
        ThinFilmAbsorption tf = plan.absorption();
        if (tf != null) {
            boolean converged = false;
            for (int it = 0; it < ABSORPTION_MAX_ITERATIONS && !converged; it++) {
                abs = tf.factors(wt[0]);
                double[] ka = new double[n];
                double[] kma = new double[n];
                for (int a = 0; a < n; a++) {
                    ka[a] = k[a] * abs[a];
                    kma[a] = km[a] * abs[a];
                }
                double[][] at2 = fractions(ka, in, v);
                double change = 0;
                for (int a = 0; a < n; a++) {
                    change = Math.max(change, Math.abs(at2[0][a] - at[0][a]));
                }
                at = at2;
                wt = fractions(kma, in, v);
                converged = change < ABSORPTION_TOLERANCE;
            }
            if (!converged) {
                warnings.add(String.format(Locale.ROOT,
                        "The absorption correction did not converge in %d iterations (atomic %% still changing by >= %.2g); check thickness and density.",
                        ABSORPTION_MAX_ITERATIONS, 100 * ABSORPTION_TOLERANCE));
            }
        }
        return new Composition(name, els, lines, in, sigI, at[0], at[1], wt[0], wt[1], abs, warnings, li.families(),
                li.response());
    }

    /** @return {fractions, sigmas}, or null when sum k I is 0 */
    private static double[][] fractions(double[] k, double[] in, double[][] v) {
        int n = k.length;
        double s = 0;
        for (int a = 0; a < n; a++) {
            s += k[a] * in[a];
        }
        if (!(s > 0)) {
            return null;
        }
        double[] c = new double[n];
        for (int a = 0; a < n; a++) {
            c[a] = k[a] * in[a] / s;
        }
        double[] sig = new double[n];
        double[] row = new double[n];
        for (int a = 0; a < n; a++) {
            for (int j = 0; j < n; j++) {
                row[j] = ((a == j ? k[a] : 0) - c[a] * k[j]) / s;
            }
            double var = 0;
            for (int i = 0; i < n; i++) {
                if (row[i] == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    var += row[i] * v[i][j] * row[j];
                }
            }
            sig[a] = Math.sqrt(Math.max(0, var));
        }
        return new double[][] {c, sig};
    }
}
