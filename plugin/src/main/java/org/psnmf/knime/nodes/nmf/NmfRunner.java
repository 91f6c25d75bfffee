package org.psnmf.knime.nodes.nmf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.nmf.NmfResult;
import org.psnmf.engine.nmf.PoissonNmf;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.Decomposition;
import org.psnmf.knime.port.DecompositionSpec;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.util.ConvergenceWarning;
import org.psnmf.knime.util.DecompositionTables;

/** The NMF node's work without KNIME (engine: {@link PoissonNmf}). */
public final class NmfRunner {

    /** The decomposition, its two tables and warnings for the user. */
    public record Result(Decomposition decomposition, TableData spectra, TableData maps, List<String> warnings) {
    }

    private NmfRunner() {
    }

    /**
     * @throws IllegalArgumentException if the input is not counts or k does not fit the image
     */
    public static DecompositionSpec outputSpec(NmfSettings s, SpectrumImageSpec in) {
        requireCounts(in.isCounts());
        int k = s.get(NmfSettings.COMPONENTS);
        int max = Math.min(in.pixels(), in.energyAxis().channels());
        if (k > max) {
            throw new IllegalArgumentException("'Components' (" + k + ") exceeds the " + in.pixels() + " pixels or "
                    + in.energyAxis().channels() + " channels of the image; use at most " + max + ".");
        }
        return new DecompositionSpec(k, in.width(), in.height(), in.energyAxis(), in.info(),
                DecompositionTables.names(k), "NMF");
    }

    public static Result run(NmfSettings s, SpectrumImage in, Progress progress) {
        requireCounts(in.isCounts() && in instanceof SparseSpectrumImage);
        NmfOptions o = s.toOptions();
        NmfResult r = PoissonNmf.fit((SparseSpectrumImage) in, o, progress);
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("method", "Poisson (KL) NMF");
        prov.put("k", Integer.toString(o.components()));
        prov.put("sum to one", Boolean.toString(o.sumToOne()));
        prov.put("init", o.init().name());
        prov.put("restarts", Integer.toString(o.restarts()));
        prov.put("best restart", Integer.toString(r.bestRestart()));
        prov.put("seed", Long.toString(o.seed()));
        prov.put("smoothness", Double.toString(o.smoothness()));
        prov.put("iterations", Integer.toString(r.iterations()));
        prov.put("objective", Double.toString(r.objective()));
        prov.put("converged", Boolean.toString(r.converged()));
        prov.put("seconds", String.format(Locale.ROOT, "%.3f", r.seconds()));
        Decomposition d = new Decomposition(in.width(), in.height(), in.energyAxis(), in.info(),
                DecompositionTables.names(o.components()), r.spectra(), r.maps(), "NMF", prov);
        List<String> warnings = new ArrayList<>();
        ConvergenceWarning.of("NMF", r, o.maxIterations(), o.tolerance()).ifPresent(warnings::add);
        return new Result(d, DecompositionTables.spectra(d), DecompositionTables.maps(d), warnings);
    }

    static void requireCounts(boolean counts) {
        if (!counts) {
            throw new IllegalArgumentException("Poisson NMF needs raw counts, but the input is a model (e.g. a "
                    + "reconstruction or PCA result). Connect the reader or binning output.");
        }
    }
}
