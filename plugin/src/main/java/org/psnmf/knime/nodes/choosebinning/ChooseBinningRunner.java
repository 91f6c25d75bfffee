package org.psnmf.knime.nodes.choosebinning;

import java.util.ArrayList;
import java.util.List;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.psnmf.BinChoice;
import org.psnmf.engine.psnmf.BinDecision;
import org.psnmf.engine.psnmf.PsnmfOptions;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.table.TableData.Column;
import org.psnmf.knime.table.TableData.ColumnType;

/**
 * The Choose Binning Factor node's work without KNIME: the same decision as {@code b = auto} of the PSNMF chain and
 * {@code psnmf run} ({@link BinChoice}, one engine implementation): the counts are split into two Poisson halves,
 * the binned stage runs coarse to fine over the candidate b on one half, and each b's spectra are scored by the
 * Poisson deviance of the other half; the coarsest b within one standard error of the best, or whose spectra are
 * within 1° of the best-scoring b's, is chosen.
 */
public final class ChooseBinningRunner {

    /** The table and the warnings for the user. */
    public record Result(TableData table, BinDecision decision, List<String> warnings) {
    }

    private ChooseBinningRunner() {
    }

    public static List<Column> columns() {
        return List.of(new Column("bin_factor", ColumnType.INT), new Column("binned_width", ColumnType.INT),
                new Column("binned_height", ColumnType.INT), new Column("counts_per_binned_pixel", ColumnType.DOUBLE),
                new Column("held_out_deviance", ColumnType.DOUBLE), new Column("excess_deviance", ColumnType.DOUBLE),
                new Column("excess_standard_errors", ColumnType.DOUBLE),
                new Column("max_angle_to_coarser_deg", ColumnType.DOUBLE),
                new Column("max_angle_to_best_deg", ColumnType.DOUBLE), new Column("converged", ColumnType.STRING),
                new Column("chosen", ColumnType.STRING), new Column("seconds", ColumnType.DOUBLE));
    }

    /** @throws IllegalArgumentException if every bin factor exceeds the image or the input is a model */
    public static void check(ChooseBinningSettings s, SpectrumImageSpec in) {
        if (!in.isCounts()) {
            throw new IllegalArgumentException("Choose Binning Factor needs raw counts, but the input is a model.");
        }
        List<Integer> bins = s.bins();
        int smallest = bins.get(0);
        if (smallest > Math.min(in.width(), in.height()) / 2) {
            throw new IllegalArgumentException("'" + ChooseBinningSettings.BINS.label() + "': even b = " + smallest
                    + " leaves fewer than 2 x 2 bins of the " + in.width() + " x " + in.height() + " image.");
        }
    }

    /** @return the options of the decision: the candidates coarse to fine and the binned-stage settings */
    static PsnmfOptions options(ChooseBinningSettings s) {
        int k = s.get(ChooseBinningSettings.COMPONENTS);
        List<Integer> ladder = new ArrayList<>(s.bins());
        java.util.Collections.reverse(ladder);
        NmfOptions binned = NmfOptions.builder(k).maxIterations(s.get(ChooseBinningSettings.MAX_ITERATIONS))
                .seed(s.get(ChooseBinningSettings.SEED)).build();
        return PsnmfOptions.builder(k, PsnmfOptions.AUTO).ladder(ladder).binned(binned).build();
    }

    public static Result run(ChooseBinningSettings s, SpectrumImage in, Progress progress) {
        check(s, SpectrumImageSpec.of(in));
        SparseSpectrumImage img = (SparseSpectrumImage) in;
        BinDecision d = BinChoice.choose(img, options(s), progress);
        TableData t = new TableData(columns());
        for (BinDecision.Candidate c : d.candidates()) {
            Double angle = Double.isNaN(c.maxAngleToCoarser()) ? null : c.maxAngleToCoarser();
            t.add("b=" + c.bin(), c.bin(), c.binnedWidth(), c.binnedHeight(), c.countsPerBin(), c.heldOutDeviance(),
                    c.excessDeviance(), c.excessZ(), angle, c.angleToBestDeg(), c.converged() ? "yes" : "no", c.bin() == d.bin() ? "yes" : "no", c.seconds());
        }
        List<String> warnings = new ArrayList<>();
        if (d.warning() != null) {
            warnings.add(d.warning());
        }
        return new Result(t, d, warnings);
    }
}
