package org.psnmf.engine.quant;

import java.util.Arrays;

/**
 * Non-negative least squares in normal-equation form: minimise ||W^{1/2}(A x - y)||^2 subject to x &gt;= 0, given only
 * the Gram matrix {@code G = A^T W A} (p x p) and {@code b = A^T W y} (p). This is the active-set algorithm of Lawson
 * and Hanson (1974, ch. 23) in the "fast NNLS" arrangement of Bro and de Jong (J. Chemometrics 11 (1997) 393), which
 * never touches A itself: the cost per solve is O(p^3) and independent of the number of channels, so it suits
 * per-pixel fits with a fixed design.
 *
 * <p>The variables are rescaled internally to unit diagonal ({@code x_j = z_j / sqrt(G_jj)}) so that columns of very
 * different magnitude (a strong O K peak next to a 0.1 at% Nd L family) are treated alike by the stopping test.
 * Columns with {@code G_jj = 0} (no weight anywhere in the fit range) stay at 0.
 *
 * <p>Stateless and thread-safe.
 */
public final class Nnls {

    /** Relative tolerance on the scaled gradient for adding a variable to the passive set. */
    private static final double TOL = 1e-11;

    private Nnls() {
    }

    /**
     * @param gram p x p symmetric positive semi-definite matrix, row-major {@code gram[i][j]}; Not modified
     * @param b    length p; Not modified
     * @return the minimiser x (length p, all entries &gt;= 0)
     */
    public static double[] solve(double[][] gram, double[] b) {
        return solve(gram, b, null);
    }

    /**
     * Warm-started solve: the active-set iteration starts from the unconstrained solution on {@code start} (the
     * positive set of a previous, similar problem) when that solution is feasible, otherwise from x = 0; the result
     * is the same minimiser, found in far fewer active-set changes when the sets agree.
     *
     * @param start initial passive set (length p), or null for a cold start; Not modified
     */
    public static double[] solve(double[][] gram, double[] b, boolean[] start) {
        int p = b.length;
        if (gram.length != p) {
            throw new IllegalArgumentException("NNLS: Gram matrix is " + gram.length + " x ?, right-hand side has " + p + " entries.");
        }
        double[] d = new double[p];
        double[][] g = new double[p][p];
        double[] bs = new double[p];
        for (int i = 0; i < p; i++) {
            d[i] = gram[i][i] > 0 ? Math.sqrt(gram[i][i]) : 0;
        }
        double bmax = 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                g[i][j] = d[i] > 0 && d[j] > 0 ? gram[i][j] / (d[i] * d[j]) : (i == j ? 1 : 0);
            }
            bs[i] = d[i] > 0 ? b[i] / d[i] : 0;
            bmax = Math.max(bmax, Math.abs(bs[i]));
        }
        double[] z = solveScaled(g, bs, bmax * TOL + Double.MIN_NORMAL, start);
        double[] x = new double[p];
        for (int i = 0; i < p; i++) {
            x[i] = d[i] > 0 ? z[i] / d[i] : 0;
        }
        return x;
    }

    private static double[] solveScaled(double[][] g, double[] b, double tol, boolean[] start) {
        int p = b.length;
        boolean[] passive = new boolean[p];
        double[] x = new double[p];
        double[] w = b.clone();
        if (start != null) {
            boolean any = false;
            for (int i = 0; i < p; i++) {
                passive[i] = start[i] && g[i][i] > 0;
                any |= passive[i];
            }
            double[] s = any ? solvePassive(g, b, passive) : new double[p];
            boolean feasible = true;
            for (int i = 0; i < p; i++) {
                feasible &= !passive[i] || s[i] > 0;
            }
            if (feasible && any) {
                x = s;
                for (int i = 0; i < p; i++) {
                    double gx = 0;
                    for (int j = 0; j < p; j++) {
                        gx += g[i][j] * x[j];
                    }
                    w[i] = b[i] - gx;
                }
            } else {
                passive = new boolean[p];
            }
        }
        int maxOuter = 3 * p + 10;
        for (int outer = 0; outer < maxOuter; outer++) {
            int jmax = -1;
            double wmax = tol;
            for (int j = 0; j < p; j++) {
                if (!passive[j] && w[j] > wmax) {
                    wmax = w[j];
                    jmax = j;
                }
            }
            if (jmax < 0) {
                break;
            }
            passive[jmax] = true;
            double[] s = solvePassive(g, b, passive);
            // inner loop: step back towards x until the passive solution is feasible
            for (int inner = 0; inner < 3 * p + 10; inner++) {
                double alpha = Double.POSITIVE_INFINITY;
                for (int i = 0; i < p; i++) {
                    if (passive[i] && s[i] <= 0) {
                        double a = x[i] / (x[i] - s[i]);
                        alpha = Math.min(alpha, a);
                    }
                }
                if (alpha == Double.POSITIVE_INFINITY) {
                    break;
                }
                for (int i = 0; i < p; i++) {
                    if (passive[i]) {
                        x[i] += alpha * (s[i] - x[i]);
                        if (x[i] <= 1e-15 * (1 + Math.abs(s[i]))) {
                            x[i] = 0;
                            passive[i] = false;
                        }
                    }
                }
                s = solvePassive(g, b, passive);
            }
            System.arraycopy(s, 0, x, 0, p);
            for (int i = 0; i < p; i++) {
                double gx = 0;
                for (int j = 0; j < p; j++) {
                    gx += g[i][j] * x[j];
                }
                w[i] = b[i] - gx;
            }
        }
        return x;
    }

    /** @return the unconstrained least-squares solution on the passive set, 0 elsewhere */
    private static double[] solvePassive(double[][] g, double[] b, boolean[] passive) {
        int p = b.length;
        int[] idx = new int[p];
        int m = 0;
        for (int i = 0; i < p; i++) {
            if (passive[i]) {
                idx[m++] = i;
            }
        }
        double[][] sub = new double[m][m];
        double[] rhs = new double[m];
        for (int a = 0; a < m; a++) {
            for (int c = 0; c < m; c++) {
                sub[a][c] = g[idx[a]][idx[c]];
            }
            rhs[a] = b[idx[a]];
        }
        double[] sol = Cholesky.solveRegularised(sub, rhs);
        double[] s = new double[p];
        for (int a = 0; a < m; a++) {
            s[idx[a]] = sol[a];
        }
        return s;
    }

    /** @return {@code Arrays.toString} helper for messages */
    static String str(double[] v) {
        return Arrays.toString(v);
    }
}
