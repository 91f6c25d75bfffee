package org.psnmf.knime.nodes.seedednmf;

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
import org.psnmf.engine.psnmf.PsnmfOptions;
import org.psnmf.engine.psnmf.Seeding;
import org.psnmf.engine.psnmf.Upsampling;
import org.psnmf.knime.port.Decomposition;
import org.psnmf.knime.port.DecompositionSpec;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.util.DecompositionTables;
import org.psnmf.engine.progress.Progress;

/**
 * The Seeded NMF node's work without KNIME: step 3-4 of PSNMF on a decomposition of the binned image, seeded by the
 * same engine step as {@link org.psnmf.engine.psnmf.Psnmf} ({@link Seeding}: W / b² and the abundance maps upsampled
 * to the full grid) and fitted by a Poisson NMF of the original counts ({@link PoissonNmf}); with spectra "fixed"
 * only the abundances are fitted and the reported spectra are the binned-stage ones (the paper's fusion).
 */
public final class SeededNmfRunner {

    /** The decomposition, its two tables and warnings for the user. */
    public record Result(Decomposition decomposition, TableData spectra, TableData maps, List<String> warnings) {
    }

    private SeededNmfRunner() {
    }

    /**
     * @return b: the setting, or (0 = automatic) the ratio of the grids, which must be the same in x and y
     * @throws IllegalArgumentException if the grids do not correspond to b x b binning with the drop edge policy
     */
    public static int bin(SeededNmfSettings s, int width, int height, int binnedWidth, int binnedHeight) {
        int b = s.get(SeededNmfSettings.BIN);
        if (b == 0) {
            b = Math.max(1, width / Math.max(1, binnedWidth));
            if (height / Math.max(1, binnedHeight) != b) {
                throw new IllegalArgumentException("Cannot infer the bin factor: the image is " + width + " x " + height
                        + " px, the decomposition " + binnedWidth + " x " + binnedHeight
                        + " (different ratios). Set 'Bin factor b'.");
            }
        }
        if (width / b != binnedWidth || height / b != binnedHeight) {
            throw new IllegalArgumentException("A " + width + " x " + height + " image binned " + b + " x " + b
                    + " is " + (width / b) + " x " + (height / b) + " px, but the decomposition is " + binnedWidth
                    + " x " + binnedHeight + ". Connect the decomposition of this image's binned version, or set "
                    + "'Bin factor b'.");
        }
        return b;
    }

    public static DecompositionSpec outputSpec(SeededNmfSettings s, SpectrumImageSpec image, DecompositionSpec seed) {
        requireCounts(image.isCounts());
        bin(s, image.width(), image.height(), seed.width(), seed.height());
        requireSameAxis(image.energyAxis().channels(), seed.energyAxis().channels());
        return new DecompositionSpec(seed.components(), image.width(), image.height(), image.energyAxis(),
                image.info(), seed.names(), "PSNMF");
    }

    public static Result run(SeededNmfSettings s, SpectrumImage image, Decomposition seed, Progress progress) {
        requireCounts(image.isCounts() && image instanceof SparseSpectrumImage);
        requireSameAxis(image.channels(), seed.axis().channels());
        int b = bin(s, image.width(), image.height(), seed.width(), seed.height());
        Upsampling up = Upsampling.valueOf(s.get(SeededNmfSettings.UPSAMPLING).toUpperCase(Locale.ROOT));
        Seeding.Seed start = Seeding.fromBinned(seed.spectra(), seed.maps(), seed.width(), seed.height(), b,
                image.width(), image.height(), up);
        boolean fixed = s.get(SeededNmfSettings.SPECTRA).equals("fixed");
        PsnmfOptions.FullStage stage = new PsnmfOptions.FullStage(s.get(SeededNmfSettings.MAX_ITERATIONS),
                s.get(SeededNmfSettings.TOLERANCE), s.get(SeededNmfSettings.SMOOTHNESS),
                fixed ? NmfOptions.SpectraMode.FIXED : NmfOptions.SpectraMode.FREE);
        NmfOptions base = NmfOptions.builder(seed.components()).sumToOne(s.get(SeededNmfSettings.SUM_TO_ONE)).build();
        NmfOptions o = Seeding.fullStageOptions(base, start, stage);
        NmfResult r = PoissonNmf.fit((SparseSpectrumImage) image, o, progress);
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("method", "PSNMF seeded stage (Poisson NMF at full resolution)");
        prov.put("seed decomposition", seed.method() + " on " + seed.width() + " x " + seed.height() + " px");
        seed.provenance().forEach((key, v) -> prov.put("binned " + key, v));
        prov.put("b", Integer.toString(b));
        prov.put("spectra", fixed ? "fixed (binned-stage W / b^2)" : "refined");
        prov.put("upsampling", up.name());
        prov.put("iterations", Integer.toString(r.iterations()));
        prov.put("objective", Double.toString(r.objective()));
        prov.put("converged", Boolean.toString(r.converged()));
        prov.put("seconds", String.format(Locale.ROOT, "%.3f", r.seconds()));
        Decomposition d = new Decomposition(image.width(), image.height(), image.energyAxis(), image.info(),
                seed.names(), fixed ? start.spectra() : r.spectra(), r.maps(), "PSNMF", prov);
        List<String> warnings = new ArrayList<>();
        if (!r.converged() && s.get(SeededNmfSettings.TOLERANCE) > 0) {
            warnings.add("The seeded NMF stopped at the iteration limit (" + r.iterations()
                    + ") before reaching the tolerance. At low counts this is intended (it limits noise fitting); "
                    + "otherwise increase 'Max iterations'.");
        }
        return new Result(d, DecompositionTables.spectra(d), DecompositionTables.maps(d), warnings);
    }

    private static void requireCounts(boolean counts) {
        if (!counts) {
            throw new IllegalArgumentException("Seeded NMF needs the original raw counts at input 0, but got a model "
                    + "(e.g. a reconstruction). Connect the reader output.");
        }
    }

    private static void requireSameAxis(int imageChannels, int seedChannels) {
        if (imageChannels != seedChannels) {
            throw new IllegalArgumentException("The image has " + imageChannels + " channels, the decomposition "
                    + seedChannels + ". Do not bin or crop the energy axis between the two branches.");
        }
    }
}
