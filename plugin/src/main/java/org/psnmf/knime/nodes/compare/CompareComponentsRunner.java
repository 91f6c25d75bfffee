package org.psnmf.knime.nodes.compare;

import java.util.List;

import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.metrics.MapError;
import org.psnmf.engine.metrics.SpectralAngle;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.Decomposition;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.table.TableData.Column;
import org.psnmf.knime.table.TableData.ColumnType;

/**
 * The Compare Components node's work without KNIME (engine: {@link SpectralAngle}, {@link MapError},
 * {@link ComponentMatching}): the paper's metrics between matched components,
 * <ul>
 * <li>spectral angle θ = arccos(a·b / (|a| |b|)) in degrees (scale-free; 0° = same shape),</li>
 * <li>map MSE = mean over pixels of (h − h_ref)², on the same grid (NaN if the grids differ).</li>
 * </ul>
 * Matching is one-to-one and minimises the sum of angles (exact up to 8 components, greedy beyond).
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
                angle[r][c] = SpectralAngle.degrees(ref.spectra()[r], d.spectra()[c]);
            }
        }
        progress.checkCancelled();
        int[] assign = new int[kr];
        if (s.get(CompareComponentsSettings.MATCH)) {
            assign = match(d.spectra(), ref.spectra());
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
            double mse = c < 0 || !sameGrid ? Double.NaN : MapError.mse(ref.maps()[r], d.maps()[c]);
            matches.add(new Match(r, c, a, mse));
            t.add(ref.names().get(r), ref.names().get(r), c < 0 ? null : d.names().get(c), c < 0 ? null : a,
                    Double.isNaN(mse) ? null : mse);
        }
        return new Result(matches, t);
    }

    /** @return for each reference its matched component, or -1 (only when there are fewer components) */
    static int[] match(double[][] found, double[][] reference) {
        if (reference.length <= found.length) {
            return ComponentMatching.byAngle(found, reference);
        }
        // more references than components: match each component to a distinct reference instead
        int[] forFound = ComponentMatching.byAngle(reference, found);
        int[] out = new int[reference.length];
        java.util.Arrays.fill(out, -1);
        for (int c = 0; c < forFound.length; c++) {
            out[forFound[c]] = c;
        }
        return out;
    }
}
