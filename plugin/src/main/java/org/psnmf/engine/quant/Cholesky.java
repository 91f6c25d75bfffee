package org.psnmf.engine.quant;

/**
 * Small dense Cholesky factorisation for the symmetric positive (semi-)definite systems of the quantification fits
 * (at most a few dozen unknowns). Package-private helper.
 */
final class Cholesky {

    private Cholesky() {
    }

    /**
     * Factorises {@code a = L L^T} in place of a copy.
     *
     * @param a n x n symmetric; Not modified
     * @return lower-triangular L, or null if {@code a} is not numerically positive definite
     */
    static double[][] factor(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(a[i][i]));
        }
        double floor = scale * 1e-14;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > floor)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    /** Solves {@code L L^T x = b}. */
    static double[] solve(double[][] l, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /**
     * Solves {@code a x = b}; if {@code a} is singular to working precision, adds a ridge of 1e-12 x trace/n (then
     * 1e-9, 1e-6) to the diagonal. The ridge only matters for exactly collinear columns, where any split is a
     * least-squares solution.
     */
    static double[] solveRegularised(double[][] a, double[] b) {
        int n = b.length;
        if (n == 0) {
            return new double[0];
        }
        double[][] l = factor(a);
        double tr = 0;
        for (int i = 0; i < n; i++) {
            tr += a[i][i];
        }
        double ridge = 1e-12;
        while (l == null && ridge < 1e-5) {
            double[][] c = new double[n][];
            for (int i = 0; i < n; i++) {
                c[i] = a[i].clone();
                c[i][i] += ridge * tr / n;
            }
            l = factor(c);
            ridge *= 1000;
        }
        if (l == null) {
            throw new ArithmeticException("Least-squares system is singular (" + n + " unknowns).");
        }
        return solve(l, b);
    }

    /**
     * @param a n x n symmetric positive definite; Not modified
     * @return the inverse, or null if {@code a} is not numerically positive definite
     */
    static double[][] inverse(double[][] a) {
        int n = a.length;
        double[][] l = factor(a);
        if (l == null) {
            return null;
        }
        double[][] inv = new double[n][n];
        double[] e = new double[n];
        for (int j = 0; j < n; j++) {
            java.util.Arrays.fill(e, 0);
            e[j] = 1;
            double[] col = solve(l, e);
            for (int i = 0; i < n; i++) {
                inv[i][j] = col[i];
            }
        }
        return inv;
    }
}
