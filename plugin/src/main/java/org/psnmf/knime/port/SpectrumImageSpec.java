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
import org.psnmf.engine.data.ImageShape;
import org.psnmf.engine.data.SpectrumImage;

/**
 * What downstream nodes know about a Spectrum Image before it exists: its size, energy axis, metadata and whether it
 * holds raw counts or a factored model (and with how many components). Small, immutable, persisted as text.
 */
public final class SpectrumImageSpec implements PortObjectSpec {

    static final String ENTRY = "psnmf-spectrum-image-spec.properties";

    private final ImageShape shape;
    private final boolean counts;
    private final int components;

    /**
     * @param counts     true for raw counts (Poisson data), false for a factored model W·H
     * @param components number of components of a factored model (0 for counts)
     */
    public SpectrumImageSpec(int width, int height, EnergyAxis axis, AcquisitionInfo info, boolean counts,
            int components) {
        this(new ImageShape(width, height, axis, info), counts, components);
    }

    /**
     * @param counts     true for raw counts (Poisson data), false for a factored model W·H
     * @param components number of components of a factored model (0 for counts)
     */
    public SpectrumImageSpec(ImageShape shape, boolean counts, int components) {
        this.shape = Objects.requireNonNull(shape);
        this.counts = counts;
        this.components = counts ? 0 : components;
    }

    /** @return the spec describing {@code image} */
    public static SpectrumImageSpec of(SpectrumImage image) {
        int k = image instanceof FactoredSpectrumImage f ? f.components() : 0;
        return new SpectrumImageSpec(image.shape(), image.isCounts(), k);
    }

    /** @return grid, energy axis and metadata */
    public ImageShape shape() {
        return shape;
    }

    public int width() {
        return shape.width();
    }

    public int height() {
        return shape.height();
    }

    public int pixels() {
        return shape.pixels();
    }

    public EnergyAxis energyAxis() {
        return shape.axis();
    }

    public AcquisitionInfo info() {
        return shape.info();
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
        EnergyAxis axis = shape.axis();
        AcquisitionInfo info = shape.info();
        StringBuilder b = new StringBuilder();
        b.append(shape.width()).append(" x ").append(shape.height()).append(" px x ").append(axis.channels()).append(" ch (")
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
        return new Props().put("version", 1).put("width", shape.width()).put("height", shape.height())
                .putAxis("axis.", shape.axis()).putInfo("info.", shape.info()).put("counts", counts).put("components", components);
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
        return o instanceof SpectrumImageSpec s && s.shape.equals(shape) && s.counts == counts
                && s.components == components;
    }

    @Override
    public int hashCode() {
        return Objects.hash(shape.width(), shape.height(), shape.axis(), counts, components);
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
