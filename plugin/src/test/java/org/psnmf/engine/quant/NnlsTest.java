package org.psnmf.engine.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** NNLS against exhaustive enumeration of active sets on small random problems. */
class NnlsTest {

    private static double objective(double[][] a, double[] y, double[] x) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double r = -y[i];
            for (int j = 0; j < x.length; j++) {
                r += a[i][j] * x[j];
            }
            s += r * r;
        }
        return s;
    }

    /** Best feasible unconstrained solution over all 2^p passive sets. */
    private static double bruteForce(double[][] g, double[] b, double[][] a, double[] y) {
        int p = b.length;
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < 1 << p; mask++) {
            boolean[] pas = new boolean[p];
            int m = 0;
            for (int j = 0; j < p; j++) {
                pas[j] = (mask >> j & 1) == 1;
                m += pas[j] ? 1 : 0;
            }
            int[] idx = new int[m];
            int k = 0;
            for (int j = 0; j < p; j++) {
                if (pas[j]) {
                    idx[k++] = j;
                }
            }
            double[][] sub = new double[m][m];
            double[] rhs = new double[m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    sub[i][j] = g[idx[i]][idx[j]];
                }
                rhs[i] = b[idx[i]];
            }
            double[] s = m == 0 ? new double[0] : Cholesky.solveRegularised(sub, rhs);
            double[] x = new double[p];
            boolean ok = true;
            for (int i = 0; i < m; i++) {
                x[idx[i]] = s[i];
                ok &= s[i] >= 0;
            }
            if (ok) {
                best = Math.min(best, objective(a, y, x));
            }
        }
        return best;
    }

    @Test
    void matchesExhaustiveSearch() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 12;
            int p = 1 + rnd.nextInt(6);
            double[][] a = new double[n][p];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    a[i][j] = rnd.nextGaussian();
                }
                y[i] = rnd.nextGaussian() * 3;
            }
            double[][] g = new double[p][p];
            double[] b = new double[p];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    b[j] += a[i][j] * y[i];
                    for (int k = 0; k < p; k++) {
                        g[j][k] += a[i][j] * a[i][k];
                    }
                }
            }
            double[] x = Nnls.solve(g, b);
            for (double v : x) {
                assertTrue(v >= 0);
            }
            double best = bruteForce(g, b, a, y);
            // both are exact active-set solutions; differences are rounding only
            assertEquals(best, objective(a, y, x), 1e-9 * (1 + best), "trial " + trial);
        }
    }

    @Test
    void zeroColumnStaysZeroAndExactFitIsRecovered() {
        // y = 2 a0 + 0.5 a2 with a1 = 0 everywhere
        double[][] a = {{1, 0, 0}, {1, 0, 1}, {0, 0, 1}, {2, 0, 3}};
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) {
            y[i] = 2 * a[i][0] + 0.5 * a[i][2];
        }
        double[][] g = new double[3][3];
        double[] b = new double[3];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                b[j] += a[i][j] * y[i];
                for (int k = 0; k < 3; k++) {
                    g[j][k] += a[i][j] * a[i][k];
                }
            }
        }
        double[] x = Nnls.solve(g, b);
        assertEquals(2, x[0], 1e-12);
        assertEquals(0, x[1]);
        assertEquals(0.5, x[2], 1e-12);
    }
}
