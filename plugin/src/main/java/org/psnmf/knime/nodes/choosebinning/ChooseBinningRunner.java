package org.psnmf.knime.nodes.choosebinning;

import java.util.List;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.metrics.PoissonDeviance;
import org.psnmf.engine.psnmf.BinSweep;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.psnmf.Psnmf;
import org.psnmf.engine.psnmf.PsnmfOptions;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.table.TableData.Column;
import org.psnmf.knime.table.TableData.ColumnType;

/**
 * The Choose Binning Factor node's work without KNIME: PSNMF ({@link Psnmf}) for each b, scored by the Poisson
 * deviance of the fused model on the original counts ({@link PoissonDeviance}, lower = better fit) and by the spectral
 * angles between its spectra and those of the previous (smaller) b after optimal matching
 * ({@link ComponentMatching}): once the spectra stop changing with b, a larger b only costs spatial detail in the
 * binned stage.
 */
public final class ChooseBinningRunner {

    private ChooseBinningRunner() {
    }

    public static List<Column> columns() {
        return List.of(new Column("bin_factor", ColumnType.INT), new Column("binned_width", ColumnType.INT),
                new Column("binned_height", ColumnType.INT), new Column("counts_per_binned_pixel", ColumnType.DOUBLE),
                new Column("deviance", ColumnType.DOUBLE), new Column("mean_angle_to_previous_deg", ColumnType.DOUBLE),
                new Column("max_angle_to_previous_deg", ColumnType.DOUBLE), new Column("seconds", ColumnType.DOUBLE));
    }

    /** @throws IllegalArgumentException if a bin factor exceeds the image or the input is a model */
    public static void check(ChooseBinningSettings s, SpectrumImageSpec in) {
        if (!in.isCounts()) {
            throw new IllegalArgumentException("Choose Binning Factor needs raw counts, but the input is a model.");
        }
        List<Integer> bins = s.bins();
        int largest = bins.get(bins.size() - 1);
        if (largest > Math.min(in.width(), in.height())) {
            throw new IllegalArgumentException("'" + ChooseBinningSettings.BINS.label() + "': b = " + largest
                    + " is larger than the " + in.width() + " x " + in.height() + " image.");
        }
    }

    public static TableData run(ChooseBinningSettings s, SpectrumImage in, Progress progress) {
        check(s, SpectrumImageSpec.of(in));
        SparseSpectrumImage img = (SparseSpectrumImage) in;
        int k = s.get(ChooseBinningSettings.COMPONENTS);
        int maxIt = s.get(ChooseBinningSettings.MAX_ITERATIONS);
        NmfOptions binned = NmfOptions.builder(k).maxIterations(maxIt).seed(s.get(ChooseBinningSettings.SEED)).build();
        List<Integer> bins = s.bins();
        TableData t = new TableData(columns());
        double[][] previous = null;
        double perPixel = img.totalCounts() / img.pixels();
        for (int i = 0; i < bins.size(); i++) {
            int b = bins.get(i);
            PsnmfOptions o = PsnmfOptions.builder(k, b).binned(binned).fullMaxIterations(maxIt).build();
            BinSweep.Row r = BinSweep.evaluate(img, o, previous,
                    progress.sub(i / (double) bins.size(), (i + 1.0) / bins.size()));
            Double mean = previous == null ? null : r.meanAngleDeg();
            Double max = previous == null ? null : r.maxAngleDeg();
            t.add("b=" + b, b, r.binnedWidth(), r.binnedHeight(), perPixel * b * b, r.deviance(), mean, max,
                    r.seconds());
            previous = r.spectra();
        }
        return t;
    }
}
