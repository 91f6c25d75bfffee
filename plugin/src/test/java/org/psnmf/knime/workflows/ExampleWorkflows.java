package org.psnmf.knime.workflows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.ParamSettings;

/**
 * The three example workflows of {@code workflows/}, authored in code. Every node's settings come from its own
 * settings class (defaults) with the workflow's overrides applied by key through the class's declared
 * {@link Param}s, and are serialised by {@link SettingsBridge} from what the class saves; a key or value the node
 * does not accept fails here, at generation time. {@link WorkflowFilesTest} writes or checks the files.
 */
public final class ExampleWorkflows {

    public static final String MANTLE = "PSNMF on a synthetic mantle sample";
    public static final String YOUR_DATA = "PSNMF on your data";
    public static final String CHOOSING = "Choosing b and k";

    /** The Synthetic node's presets (values of its "preset" setting). */
    static final String MEDIUM_SNR = "mantle, medium SNR (147 counts/px)";
    static final String LOW_SNR = "mantle, low SNR (18 counts/px)";

    /** Every element of the mantle preset's phases (the paper's Table 1). */
    static final String MANTLE_ELEMENTS = "O, Mg, Al, Si, Ca, Fe, Cu, Nd, Sm, U";

    /** Annotation box colours (light, KNIME-like). */
    static final int BLUE = 0xDCEBFA;
    static final int GREEN = 0xE2F3DC;
    static final int GREY = 0xEDEDED;
    static final int ORANGE = 0xFCE9D2;

    private ExampleWorkflows() {
    }

    /** The node handles each workflow needs ({@link PsnmfNodes}). */
    static final Map<String, List<String>> REQUIRES = new LinkedHashMap<>();

    static {
        REQUIRES.put(MANTLE, List.of("synthetic", "binning", "nmf", "seeded", "reconstruction", "elementalmaps",
                "quantification", "compare", "pca"));
        REQUIRES.put(YOUR_DATA, List.of("reader", "binning", "nmf", "seeded", "reconstruction", "quantification",
                "writer"));
        REQUIRES.put(CHOOSING, List.of("synthetic", "pca", "choosebinning"));
    }

    /** Nodes a workflow needs that are not (yet) in the build; empty when it can be generated. */
    public static List<String> missingNodes(String workflow) {
        return REQUIRES.get(workflow).stream().filter(h -> !PsnmfNodes.DECLS.containsKey(h)
                || !PsnmfNodes.available(h)).toList();
    }

    /** All example workflows whose nodes exist, laid out, in README order. */
    public static List<WorkflowModel> all(Path repoRoot) {
        List<WorkflowModel> out = new ArrayList<>();
        if (missingNodes(MANTLE).isEmpty()) {
            out.add(mantle());
        }
        if (missingNodes(YOUR_DATA).isEmpty()) {
            out.add(yourData(repoRoot));
        }
        if (missingNodes(CHOOSING).isEmpty()) {
            out.add(choosing());
        }
        for (WorkflowModel wf : out) {
            WorkflowLayout.apply(wf);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ workflow 1

    static WorkflowModel mantle() {
        WorkflowModel wf = new WorkflowModel(MANTLE);
        wf.title("PSNMF on a synthetic mantle sample\n"
                + "The method of Chen, Alexander & Hébert (arXiv:2405.14649) on the built-in 'mantle' sample: Brg matrix "
                + "with Fp and CaPv grains, 180 × 180 px, 147 counts per pixel (medium SNR). Bin b = 12 → NMF k = 3 on "
                + "the binned image (accurate spectra) → seeded NMF on the full image (sharp maps) → reconstruction, "
                + "elemental maps and quantification. Compare Components scores each result against the ground truth "
                + "(spectral angle, map MSE). Press 'Execute all' (about a minute). See docs/guide.md.");
        // nodes are added in reading order: main chain first, then its outputs, then the baselines
        WorkflowModel.Node synth = node(wf, "synthetic", "preset", MEDIUM_SNR, "seed", 1)
                .annotate("Synthetic 'mantle' sample:\n180 × 180 px, 147 counts/px\n+ ground truth (port 2)");
        WorkflowModel.Node bin = node(wf, "binning", "binFactor", 12)
                .annotate("Sum 12 × 12 pixels:\n15 × 15 px, ~21,000 counts\nper binned pixel");
        // 2000 iterations: on this image the fit meets the default tolerance at about 1150 (the default 1000 stops
        // short of it and the node warns)
        WorkflowModel.Node nmf = node(wf, "nmf", "components", 3, "maxIterations", 2000)
                .annotate("Poisson NMF, k = 3, on the\nbinned image: accurate\ncomponent spectra");
        WorkflowModel.Node seeded = node(wf, "seeded")
                .annotate("Seeded NMF on the original\nimage: spectra kept, maps\nat full resolution");
        WorkflowModel.Node recon = node(wf, "reconstruction")
                .annotate("Denoised image = W·H\n(kept factored)");
        WorkflowModel.Node maps = node(wf, "elementalmaps", "elements", "Nd, Ca, Fe")
                .annotate("Nd, Ca and Fe maps from\nthe denoised image");
        WorkflowModel.Node quant = node(wf, "quantification", "elements", MANTLE_ELEMENTS)
                .annotate("Composition (at%) of each\ncomponent spectrum\n(Cliff-Lorimer)");
        WorkflowModel.Node compare = node(wf, "compare")
                .annotate("PSNMF vs ground truth:\nspectral angle and map MSE\nper phase");
        wf.connect(synth, 1, bin, 1).connect(bin, 1, nmf, 1).connect(synth, 1, seeded, 1).connect(nmf, 1, seeded, 2)
                .connect(seeded, 1, recon, 1).connect(synth, 1, recon, 2).connect(recon, 1, maps, 1)
                .connect(seeded, 1, quant, 1).connect(seeded, 1, compare, 1).connect(synth, 2, compare, 2);
        // baselines of the paper's Figure 2, on their own rows below
        // run to convergence like the main chain (about 700 iterations here), so the comparison is fair
        WorkflowModel.Node plainNmf = node(wf, "nmf", "components", 3).row(3)
                .annotate("Baseline: plain NMF, k = 3,\non the unbinned image");
        WorkflowModel.Node plainCompare = node(wf, "compare").row(3)
                .annotate("NMF vs ground truth:\ncompare with PSNMF's\nangles and map MSE");
        WorkflowModel.Node pca = node(wf, "pca", "components", 3).row(4)
                .annotate("Baseline: Poisson PCA,\nk = 3 (denoised image,\nport 2)");
        WorkflowModel.Node pcaMaps = node(wf, "elementalmaps", "elements", "Nd").row(4)
                .annotate("Nd map after PCA\ndenoising");
        WorkflowModel.Node rawMaps = node(wf, "elementalmaps", "elements", "Nd").row(5)
                .annotate("Nd map of the raw data\n(noise only)");
        wf.connect(synth, 1, plainNmf, 1).connect(plainNmf, 1, plainCompare, 1).connect(synth, 2, plainCompare, 2)
                .connect(synth, 1, pca, 1).connect(pca, 2, pcaMaps, 1).connect(synth, 1, rawMaps, 1);
        wf.annotateAround("PSNMF: bin, unmix, seed, reconstruct", BLUE, bin, nmf, seeded, recon, maps, quant,
                compare);
        wf.annotateAround("Baselines (the paper's Figure 2)", GREY, plainNmf, plainCompare, pca,
                pcaMaps, rawMaps);
        return wf;
    }

    // ------------------------------------------------------------------------------------------------ workflow 2

    static WorkflowModel yourData(Path repoRoot) {
        WorkflowModel wf = new WorkflowModel(YOUR_DATA);
        wf.title("PSNMF on your data\n"
                + "Reads a spectrum image (RIPPLE .rpl/.raw, EMSA, HyperSpy .hspy, Bruker .bcf, Velox .emd), bins it, "
                + "unmixes it with PSNMF, reconstructs the denoised image, quantifies the components and writes the "
                + "reconstruction. To use your own data: open the reader's dialog and choose your file, then set b "
                + "(Spatial Binning) and k (NMF); the workflow 'Choosing b and k' helps with both.");
        SampleData.Sample sample = SampleData.yourDataSample(repoRoot);
        wf.addFile("data/" + sample.name() + ".rpl", sample.rpl());
        wf.addFile("data/" + sample.name() + ".raw", sample.raw());
        wf.addFile("data/README.txt", sample.readme());
        wf.addFile("output/README.txt", ("The Spectrum Image Writer of this workflow writes the reconstructed (denoised)\n"
                + "image here: reconstructed.rpl + reconstructed.raw (RIPPLE, float32).\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        WorkflowModel.Node reader = node(wf, "reader", "file", "knime://knime.workflow/data/" + sample.name() + ".rpl")
                .annotate("Reads data/" + sample.name() + ".rpl\n(replace with your file)");
        WorkflowModel.Node bin = node(wf, "binning", "binFactor", SampleData.YOUR_DATA_B)
                .annotate("b = " + SampleData.YOUR_DATA_B + ": a " + SampleData.YOUR_DATA_SIZE + " px image\nbecomes "
                        + SampleData.YOUR_DATA_SIZE / SampleData.YOUR_DATA_B + " × "
                        + SampleData.YOUR_DATA_SIZE / SampleData.YOUR_DATA_B + " binned px");
        WorkflowModel.Node nmf = node(wf, "nmf", "components", 3).annotate("k = 3 components\n(phases)");
        WorkflowModel.Node seeded = node(wf, "seeded").annotate("Full-resolution maps,\nspectra from the binned NMF");
        WorkflowModel.Node recon = node(wf, "reconstruction").annotate("Denoised image W·H");
        WorkflowModel.Node quant = node(wf, "quantification", "elements", MANTLE_ELEMENTS)
                .annotate("Composition of each\ncomponent (at%, σ)");
        WorkflowModel.Node writer = node(wf, "writer", "file", "knime://knime.workflow/output/reconstructed.rpl",
                "overwrite", true).annotate("Writes output/\nreconstructed.rpl (float32)");
        wf.connect(reader, 1, bin, 1).connect(bin, 1, nmf, 1).connect(reader, 1, seeded, 1)
                .connect(nmf, 1, seeded, 2).connect(seeded, 1, recon, 1).connect(reader, 1, recon, 2)
                .connect(seeded, 1, quant, 1).connect(recon, 1, writer, 1);
        wf.annotateAround("PSNMF", BLUE, bin, nmf, seeded);
        wf.annotateAround("Results", GREEN, recon, quant, writer);
        return wf;
    }

    // ------------------------------------------------------------------------------------------------ workflow 3

    static WorkflowModel choosing() {
        WorkflowModel wf = new WorkflowModel(CHOOSING);
        wf.title("Choosing b and k\n"
                + "On the low-SNR mantle sample (18 counts per pixel). k: the PCA scree table lists the explained "
                + "variance per component; count the components above the flat noise tail. b: Choose Binning Factor "
                + "runs PSNMF for several b and lists the deviance and the angle between the spectra of consecutive b; "
                + "choose b where those angles stay small (the spectra no longer depend on b). See docs/guide.md.");
        WorkflowModel.Node synth = node(wf, "synthetic", "preset", LOW_SNR, "seed", 1)
                .annotate("Synthetic 'mantle' sample,\nlow SNR: 18 counts/px");
        WorkflowModel.Node pca = node(wf, "pca", "components", 3)
                .annotate("Scree table (port 1):\nexplained variance per\ncomponent → k");
        WorkflowModel.Node choose = node(wf, "choosebinning", "binFactors", "4, 8, 12, 15", "components", 3)
                .annotate("PSNMF for b = 4, 8, 12, 15:\ndeviance and angle between\nconsecutive spectra → b");
        wf.connect(synth, 1, pca, 1).connect(synth, 1, choose, 1);
        wf.annotateAround("k", ORANGE, pca);
        wf.annotateAround("b", GREEN, choose);
        return wf;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Adds node {@code handle} with its default settings and the given overrides (key → value). */
    static WorkflowModel.Node node(WorkflowModel wf, String handle, Object... keyValues) {
        ParamSettings s = settings(handle, keyValues);
        return wf.add(PsnmfNodes.type(handle), SettingsBridge.model(s));
    }

    /** A node's settings object (its own class, by the factory → settings naming convention) with overrides. */
    static ParamSettings settings(String handle, Object... keyValues) {
        String factory = PsnmfNodes.DECLS.get(handle).factory();
        ParamSettings s = PsnmfNodes.settings(factory);
        Map<String, Param<?>> byKey = new LinkedHashMap<>();
        for (Param<?> p : s.params()) {
            byKey.put(p.key(), p);
        }
        for (int i = 0; i < keyValues.length; i += 2) {
            String key = (String) keyValues[i];
            Object value = keyValues[i + 1];
            Param<?> p = byKey.get(key);
            if (p == null) {
                throw new IllegalArgumentException(handle + ": no setting '" + key + "'; the node has " + byKey.keySet());
            }
            set(s, p, value);
            String msg = check(p, value);
            if (msg != null) {
                throw new IllegalArgumentException(handle + ": " + msg);
            }
        }
        try {
            s.validate();
            s.checkReady(); // an example workflow runs as shipped
        } catch (org.knime.core.node.InvalidSettingsException e) {
            throw new IllegalArgumentException(handle + ": " + e.getMessage(), e);
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(ParamSettings s, Param<T> p, Object value) {
        Object v = value;
        if (p instanceof Param.DoubleParam && value instanceof Integer i) {
            v = i.doubleValue();
        }
        if (!p.defaultValue().getClass().isInstance(v)) {
            throw new IllegalArgumentException("Setting '" + p.key() + "' takes " + p.defaultValue().getClass()
                    .getSimpleName() + ", got " + value.getClass().getSimpleName());
        }
        s.set(p, (T) v);
    }

    @SuppressWarnings("unchecked")
    private static <T> String check(Param<T> p, Object value) {
        Object v = p instanceof Param.DoubleParam && value instanceof Integer i ? i.doubleValue() : value;
        return p.check((T) v);
    }
}
