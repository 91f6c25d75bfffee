package org.psnmf.knime.nodes.compare;

import java.util.Arrays;
import java.util.List;

import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.Decomposition;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.table.TableData.Column;
import org.psnmf.knime.table.TableData.ColumnType;

/**
 * The Compare Components node's work without KNIME: the paper's metrics between matched components,
 * <ul>
 * <li>spectral angle θ = arccos(a·b / (|a| |b|)) in degrees (scale-free; 0° = same shape),</li>
 * <li>map MSE = mean over pixels of (h − h_ref)², on the same grid (NaN if the grids differ).</li>
 * </ul>
 * Matching is one-to-one and minimises the sum of angles: exhaustive search for up to 8 components on the smaller side
 * (8! = 40,320 assignments), greedy (smallest angle first) beyond.
 */
public final class CompareComponentsRunner {

    /** One matched pair; component index -1 if the reference has no partner. */
    public record Match(int reference, int component, double angleDeg, double mapMse) {
    }

    /** @param matches one per reference component, in reference order; @param table the output table */
    public record Result(List<Match> matches, TableData table) {
    }

    private CompareComponentsRunner() {
    }

    public static List<Column> columns() {
        return List.of(new Column("reference", ColumnType.STRING), new Column("component", ColumnType.STRING),
                new Column("spectral_angle_deg", ColumnType.DOUBLE), new Column("map_mse", ColumnType.DOUBLE));
    }

    /**
     * @throws IllegalArgumentException if the energy axes differ in channel count
     */
    public static Result run(CompareComponentsSettings s, Decomposition d, Decomposition ref, Progress progress) {
        if (d.axis().channels() != ref.axis().channels()) {
            throw new IllegalArgumentException("The decomposition has " + d.axis().channels()
                    + " channels, the reference " + ref.axis().channels()
                    + "; compare decompositions of the same energy range.");
        }
        int kr = ref.components();
        int kd = d.components();
        double[][] angle = new double[kr][kd];
        for (int r = 0; r < kr; r++) {
            for (int c = 0; c < kd; c++) {
                angle[r][c] = spectralAngleDeg(ref.spectra()[r], d.spectra()[c]);
            }
        }
        progress.checkCancelled();
        int[] assign = new int[kr];
        if (s.get(CompareComponentsSettings.MATCH)) {
            assign = match(angle);
        } else {
            for (int r = 0; r < kr; r++) {
                assign[r] = r < kd ? r : -1;
            }
        }
        boolean sameGrid = d.width() == ref.width() && d.height() == ref.height();
        java.util.ArrayList<Match> matches = new java.util.ArrayList<>();
        TableData t = new TableData(columns());
        for (int r = 0; r < kr; r++) {
            int c = assign[r];
            double a = c < 0 ? Double.NaN : angle[r][c];
            double mse = c < 0 || !sameGrid ? Double.NaN : mse(ref.maps()[r], d.maps()[c]);
            matches.add(new Match(r, c, a, mse));
            t.add(ref.names().get(r), ref.names().get(r), c < 0 ? null : d.names().get(c), c < 0 ? null : a,
                    Double.isNaN(mse) ? null : mse);
        }
        return new Result(matches, t);
    }

    /** @return the angle between {@code a} and {@code b} in degrees (90 if either is all zero) */
    public static double spectralAngleDeg(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        if (aa == 0 || bb == 0) {
            return 90;
        }
        // clamp: rounding can push the cosine of identical vectors slightly above 1
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, ab / Math.sqrt(aa * bb)))));
    }

    /** @return mean squared difference */
    public static double mse(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s / a.length;
    }

    /** @return for each row (reference) its column (component) or -1, minimising the sum of costs one-to-one */
    static int[] match(double[][] cost) {
        int kr = cost.length;
        int kd = cost[0].length;
        int[] best = new int[kr];
        Arrays.fill(best, -1);
        if (Math.min(kr, kd) <= 8) {
            int[] cur = new int[kr];
            Arrays.fill(cur, -1);
            double[] bestCost = {Double.POSITIVE_INFINITY};
            search(cost, 0, new boolean[kd], cur, 0, Math.min(kr, kd), 0, best, bestCost);
            return best;
        }
        // greedy: repeatedly take the globally smallest remaining cost
        boolean[] rowUsed = new boolean[kr];
        boolean[] colUsed = new boolean[kd];
        for (int n = 0; n < Math.min(kr, kd); n++) {
            int br = -1;
            int bc = -1;
            for (int r = 0; r < kr; r++) {
                for (int c = 0; c < kd; c++) {
                    if (!rowUsed[r] && !colUsed[c] && (br < 0 || cost[r][c] < cost[br][bc])) {
                        br = r;
                        bc = c;
                    }
                }
            }
            rowUsed[br] = true;
            colUsed[bc] = true;
            best[br] = bc;
        }
        return best;
    }

    /** Depth-first search over rows; a row may stay unmatched only when there are more rows than columns. */
    private static void search(double[][] cost, int row, boolean[] used, int[] cur, double sum, int pairs, int made,
            int[] best, double[] bestCost) {
        if (sum >= bestCost[0]) {
            return;
        }
        int kr = cost.length;
        if (row == kr) {
            if (made == pairs) {
                bestCost[0] = sum;
                System.arraycopy(cur, 0, best, 0, kr);
            }
            return;
        }
        for (int c = 0; c < used.length; c++) {
            if (!used[c]) {
                used[c] = true;
                cur[row] = c;
                search(cost, row + 1, used, cur, sum + cost[row][c], pairs, made + 1, best, bestCost);
                used[c] = false;
                cur[row] = -1;
            }
        }
        if (kr - row > pairs - made) { // enough rows left to still make all pairs
            search(cost, row + 1, used, cur, sum, pairs, made, best, bestCost);
        }
    }
}
