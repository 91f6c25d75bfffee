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

    /** Annotation box colours (light, KNIME-like). */
    static final int BLUE = 0xDCEBFA;
    static final int GREEN = 0xE2F3DC;
    static final int GREY = 0xEDEDED;
    static final int ORANGE = 0xFCE9D2;

    private ExampleWorkflows() {
    }

    /** All example workflows, laid out, in README order. */
    public static List<WorkflowModel> all(Path repoRoot) {
        List<WorkflowModel> out = new ArrayList<>();
        out.add(mantle());
        out.add(yourData(repoRoot));
        out.add(choosing());
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
        return wf;
    }

    // ------------------------------------------------------------------------------------------------ workflow 3

    static WorkflowModel choosing() {
        WorkflowModel wf = new WorkflowModel(CHOOSING);
        wf.title("Choosing b and k\n"
                + "On the low-SNR mantle sample (18 counts per pixel). k: the PCA scree table lists the explained "
                + "variance per component; count the components above the flat noise tail. b: Choose Binning Factor "
                + "runs PSNMF for several b and lists the deviance and the angle between the spectra of consecutive b; "
                + "take the smallest b after which the spectra stop changing.");
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
        ParamSettings s;
        try {
            s = WorkflowStructureTest.settingsFor(factory);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No settings class for " + factory, e);
        }
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
