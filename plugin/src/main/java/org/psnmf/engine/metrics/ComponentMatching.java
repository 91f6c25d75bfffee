package org.psnmf.engine.metrics;

/**
 * Optimal one-to-one assignment of found components to reference components, minimising the sum of spectral angles
 * (exhaustive search over permutations for up to 8 components, which is exact; a greedy smallest-angle-first choice
 * above that).
 */
public final class ComponentMatching {

    private ComponentMatching() {
    }

    /**
     * @param found     k spectra; Not modified
     * @param reference r spectra (r ≤ k), same length; Not modified
     * @return for each reference i, the index of the matched found component
     */
    public static int[] byAngle(double[][] found, double[][] reference) {
        int k = found.length;
        int r = reference.length;
        if (r > k) {
            throw new IllegalArgumentException("Cannot match " + r + " references with only " + k + " components.");
        }
        double[][] cost = new double[r][k];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < k; j++) {
                cost[i][j] = SpectralAngle.degrees(reference[i], found[j]);
            }
        }
        int[] best = new int[r];
        if (k <= 8) {
            double[] bestCost = {Double.POSITIVE_INFINITY};
            search(cost, 0, new int[r], new boolean[k], 0, best, bestCost);
            return best;
        }
        boolean[] usedRef = new boolean[r];
        boolean[] usedFound = new boolean[k];
        for (int step = 0; step < r; step++) {
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < k; j++) {
                    if (!usedRef[i] && !usedFound[j] && (bi < 0 || cost[i][j] < cost[bi][bj])) {
                        bi = i;
                        bj = j;
                    }
                }
            }
            usedRef[bi] = true;
            usedFound[bj] = true;
            best[bi] = bj;
        }
        return best;
    }

    private static void search(double[][] cost, int i, int[] cur, boolean[] used, double acc, int[] best,
            double[] bestCost) {
        if (acc >= bestCost[0]) {
            return;
        }
        if (i == cost.length) {
            bestCost[0] = acc;
            System.arraycopy(cur, 0, best, 0, cur.length);
            return;
        }
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                cur[i] = j;
                search(cost, i + 1, cur, used, acc + cost[i][j], best, bestCost);
                used[j] = false;
            }
        }
    }

    /** @return the spectral angles (degrees) of each reference to its matched component */
    public static double[] angles(double[][] found, double[][] reference) {
        int[] m = byAngle(found, reference);
        double[] out = new double[reference.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = SpectralAngle.degrees(reference[i], found[m[i]]);
        }
        return out;
    }
}
