package org.psnmf.knime.port;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;
import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;

/**
 * What downstream nodes know about a Spectrum Image before it exists: its size, energy axis, metadata and whether it
 * holds raw counts or a factored model (and with how many components). Small, immutable, persisted as text.
 */
public final class SpectrumImageSpec implements PortObjectSpec {

    static final String ENTRY = "psnmf-spectrum-image-spec.properties";

    private final int width;
    private final int height;
    private final EnergyAxis axis;
    private final AcquisitionInfo info;
    private final boolean counts;
    private final int components;

    /**
     * @param counts     true for raw counts (Poisson data), false for a factored model W·H
     * @param components number of components of a factored model (0 for counts)
     */
    public SpectrumImageSpec(int width, int height, EnergyAxis axis, AcquisitionInfo info, boolean counts,
            int components) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("Spectrum image size must be at least 1 x 1, got " + width + " x "
                    + height + ".");
        }
        this.width = width;
        this.height = height;
        this.axis = Objects.requireNonNull(axis);
        this.info = info == null ? AcquisitionInfo.UNKNOWN : info;
        this.counts = counts;
        this.components = counts ? 0 : components;
    }

    /** @return the spec describing {@code image} */
    public static SpectrumImageSpec of(SpectrumImage image) {
        int k = image instanceof FactoredSpectrumImage f ? f.components() : 0;
        return new SpectrumImageSpec(image.width(), image.height(), image.energyAxis(), image.info(), image.isCounts(),
                k);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int pixels() {
        return width * height;
    }

    public EnergyAxis energyAxis() {
        return axis;
    }

    public AcquisitionInfo info() {
        return info;
    }

    /** @return true for raw counts, false for a model */
    public boolean isCounts() {
        return counts;
    }

    /** @return components of a factored model, 0 for counts */
    public int components() {
        return components;
    }

    /** @return a one-line description, e.g. "180 x 180 px x 2048 ch (0.000-20.470 keV), counts, 200 kV" */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(width).append(" x ").append(height).append(" px x ").append(axis.channels()).append(" ch (")
                .append(String.format(Locale.ROOT, "%.3f-%.3f keV", axis.offsetKeV(), axis.maxEnergy())).append("), ")
                .append(counts ? "counts" : "model with " + components + " components");
        if (Double.isFinite(info.beamEnergyKv())) {
            b.append(String.format(Locale.ROOT, ", %.0f kV", info.beamEnergyKv()));
        }
        if (!info.title().isEmpty()) {
            b.append(", \"").append(info.title()).append('"');
        }
        return b.toString();
    }

    Props toProps() {
        return new Props().put("version", 1).put("width", width).put("height", height).putAxis("axis.", axis)
                .putInfo("info.", info).put("counts", counts).put("components", components);
    }

    static SpectrumImageSpec fromProps(Props p) throws IOException {
        try {
            return new SpectrumImageSpec(p.i("width"), p.i("height"), p.axis("axis."), p.info("info."), p.b("counts"),
                    p.i("components"));
        } catch (IllegalArgumentException e) {
            throw new IOException("Invalid spectrum image spec: " + e.getMessage(), e);
        }
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[] {PortViews.text("Spectrum image", summary())};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpectrumImageSpec s && s.width == width && s.height == height && s.axis.equals(axis)
                && s.info.equals(info) && s.counts == counts && s.components == components;
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height, axis, counts, components);
    }

    @Override
    public String toString() {
        return summary();
    }

    /** Persists the spec as one text entry (registered in plugin.xml). */
    public static final class Serializer extends PortObjectSpecSerializer<SpectrumImageSpec> {
        @Override
        public void savePortObjectSpec(SpectrumImageSpec spec, PortObjectSpecZipOutputStream out) throws IOException {
            spec.toProps().writeEntry(out, ENTRY);
        }

        @Override
        public SpectrumImageSpec loadPortObjectSpec(PortObjectSpecZipInputStream in) throws IOException {
            return fromProps(Props.readEntry(in, ENTRY));
        }
    }
}
