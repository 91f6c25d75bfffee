package org.psnmf.engine.quant;

import java.util.ArrayList;
import java.util.List;

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
 */
public final class CliffLorimer {

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
        return new Composition(name, els, lines, in, sigI, at[0], at[1], wt[0], wt[1], li.warnings());
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
