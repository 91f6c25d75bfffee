package org.psnmf.knime.port;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.ImageShape;

/**
 * A decomposition of a spectrum image into k components, the content of the Decomposition port (plain Java, no KNIME
 * types, so node runners and tests use it directly): X ≈ W·H with
 * <ul>
 * <li>W = component spectra, {@code spectra[k][channel]} (counts per unit abundance on the energy axis),</li>
 * <li>H = abundance maps, {@code maps[k][p]}, {@code p = y * width + x} on a width x height grid.</li>
 * </ul>
 * Provenance (method, k, b, seed, objective, iterations, ...) is kept as ordered text pairs for display and the
 * Compare/Quantification nodes. Arrays are not copied: do not modify them after construction.
 *
 * @param shape     grid (width x height pixels), energy axis of the spectra and acquisition metadata of the
 *                  decomposed image
 * @param names     component names, length k (e.g. "C1"; ground truth uses phase names)
 * @param spectra   W, k x channels
 * @param maps      H, k x (width*height)
 * @param method    e.g. "NMF", "PSNMF", "PCA", "Ground truth"
 * @param provenance ordered key/value description of how it was made
 */
public record Decomposition(ImageShape shape, List<String> names, double[][] spectra, double[][] maps, String method,
        Map<String, String> provenance) {

    public Decomposition {
        Objects.requireNonNull(shape);
        EnergyAxis axis = shape.axis();
        int width = shape.width();
        int height = shape.height();
        int k = spectra.length;
        if (k < 1 || maps.length != k || names.size() != k) {
            throw new IllegalArgumentException("A decomposition needs k >= 1 spectra, maps and names; got "
                    + spectra.length + " spectra, " + maps.length + " maps, " + names.size() + " names.");
        }
        for (int i = 0; i < k; i++) {
            if (spectra[i].length != axis.channels()) {
                throw new IllegalArgumentException("Component " + names.get(i) + ": spectrum has " + spectra[i].length
                        + " channels, the energy axis " + axis.channels() + ".");
            }
            if (maps[i].length != width * height) {
                throw new IllegalArgumentException("Component " + names.get(i) + ": map has " + maps[i].length
                        + " pixels, the grid " + width + " x " + height + ".");
            }
        }
        names = List.copyOf(names);
        method = method == null ? "" : method;
        provenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance == null ? Map.of()
                : provenance));
    }

    public Decomposition(int width, int height, EnergyAxis axis, AcquisitionInfo info, List<String> names,
            double[][] spectra, double[][] maps, String method, Map<String, String> provenance) {
        this(new ImageShape(width, height, axis, info), names, spectra, maps, method, provenance);
    }

    public int width() {
        return shape.width();
    }

    public int height() {
        return shape.height();
    }

    /** @return the energy axis of the spectra */
    public EnergyAxis axis() {
        return shape.axis();
    }

    public AcquisitionInfo info() {
        return shape.info();
    }

    /** @return number of components k */
    public int components() {
        return spectra.length;
    }

    /** @return default names C1..Ck */
    public static List<String> defaultNames(int k) {
        String[] n = new String[k];
        for (int i = 0; i < k; i++) {
            n[i] = "C" + (i + 1);
        }
        return List.of(n);
    }

    /** @return the model W·H as a factored spectrum image (shares the arrays) */
    public FactoredSpectrumImage toImage() {
        return new FactoredSpectrumImage(shape, spectra, maps);
    }

    /** @return the spec of this decomposition */
    public DecompositionSpec spec() {
        return new DecompositionSpec(components(), shape, names, method);
    }
}
