package org.psnmf.knime.nodes.pca;

import java.util.List;

import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.pca.PcaResult;
import org.psnmf.engine.pca.PoissonPca;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.table.TableData.Column;
import org.psnmf.knime.table.TableData.ColumnType;

/** The PCA node's work without KNIME (engine: {@link PoissonPca}, Keenan-Kotula scaling). */
public final class PcaRunner {

    /** @param scree one row per eigenvalue; @param denoised the rank-k model (kept factored) */
    public record Result(TableData scree, FactoredSpectrumImage denoised, PcaResult pca) {
    }

    private PcaRunner() {
    }

    public static List<Column> screeColumns() {
        return List.of(new Column("component", ColumnType.INT), new Column("eigenvalue", ColumnType.DOUBLE),
                new Column("explained_variance", ColumnType.DOUBLE),
                new Column("cumulative_explained_variance", ColumnType.DOUBLE));
    }

    /** @throws IllegalArgumentException if the input is not counts or k does not fit */
    public static SpectrumImageSpec outputSpec(PcaSettings s, SpectrumImageSpec in) {
        requireCounts(in.isCounts());
        int k = s.get(PcaSettings.COMPONENTS);
        int max = Math.min(in.pixels(), in.energyAxis().channels());
        if (k > max) {
            throw new IllegalArgumentException("'Components' (" + k + ") exceeds the " + in.pixels() + " pixels or "
                    + in.energyAxis().channels() + " channels of the image; use at most " + max + ".");
        }
        return new SpectrumImageSpec(in.width(), in.height(), in.energyAxis(), in.info(), false, k);
    }

    public static Result run(PcaSettings s, SpectrumImage in, Progress progress) {
        requireCounts(in.isCounts() && in instanceof SparseSpectrumImage);
        PcaResult r = PoissonPca.fit((SparseSpectrumImage) in, s.get(PcaSettings.COMPONENTS), progress);
        TableData scree = new TableData(screeColumns());
        double cum = 0;
        for (int i = 0; i < r.eigenvalues().length; i++) {
            cum += r.explainedVariance()[i];
            scree.add("PC" + (i + 1), i + 1, r.eigenvalues()[i], r.explainedVariance()[i], cum);
        }
        return new Result(scree, r.model(), r);
    }

    private static void requireCounts(boolean counts) {
        if (!counts) {
            throw new IllegalArgumentException("Poisson-scaled PCA needs raw counts, but the input is a model. "
                    + "Connect the reader or binning output.");
        }
    }
}
