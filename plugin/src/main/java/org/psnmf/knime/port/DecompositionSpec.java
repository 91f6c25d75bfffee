package org.psnmf.knime.port;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;
import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.ImageShape;

/**
 * What is known about a Decomposition before execution: number of components, grid, energy axis, metadata, component
 * names and method. Immutable, persisted as text.
 */
public final class DecompositionSpec implements PortObjectSpec {

    static final String ENTRY = "psnmf-decomposition-spec.properties";

    private final int components;
    private final ImageShape shape;
    private final List<String> names;
    private final String method;

    public DecompositionSpec(int components, int width, int height, EnergyAxis axis, AcquisitionInfo info,
            List<String> names, String method) {
        this(components, new ImageShape(width, height, axis, info), names, method);
    }

    public DecompositionSpec(int components, ImageShape shape, List<String> names, String method) {
        if (components < 1 || names.size() != components) {
            throw new IllegalArgumentException("Decomposition spec needs k >= 1 and k names; got k = " + components
                    + " and " + names.size() + " names.");
        }
        this.components = components;
        this.shape = Objects.requireNonNull(shape);
        this.names = List.copyOf(names);
        this.method = method == null ? "" : method;
    }

    public int components() {
        return components;
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

    public EnergyAxis energyAxis() {
        return shape.axis();
    }

    public AcquisitionInfo info() {
        return shape.info();
    }

    public List<String> names() {
        return names;
    }

    public String method() {
        return method;
    }

    /** @return e.g. "NMF, 3 components on 180 x 180 px, 2048 ch" */
    public String summary() {
        return String.format(Locale.ROOT, "%s, %d components on %d x %d px, %d ch (%.3f-%.3f keV)",
                method.isEmpty() ? "Decomposition" : method, components, shape.width(), shape.height(),
                shape.channels(), shape.axis().offsetKeV(), shape.axis().maxEnergy());
    }

    Props toProps() {
        return new Props().put("version", 1).put("components", components).put("width", shape.width())
                .put("height", shape.height()).putAxis("axis.", shape.axis()).putInfo("info.", shape.info()).putList("names", names).put("method", method);
    }

    static DecompositionSpec fromProps(Props p) throws IOException {
        try {
            return new DecompositionSpec(p.i("components"), p.i("width"), p.i("height"), p.axis("axis."),
                    p.info("info."), p.list("names"), p.str("method"));
        } catch (IllegalArgumentException e) {
            throw new IOException("Invalid decomposition spec: " + e.getMessage(), e);
        }
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[] {PortViews.text("Decomposition", summary())};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecompositionSpec s && s.components == components && s.shape.equals(shape)
                && s.names.equals(names) && s.method.equals(method);
    }

    @Override
    public int hashCode() {
        return Objects.hash(components, shape.width(), shape.height(), shape.axis(), names, method);
    }

    @Override
    public String toString() {
        return summary();
    }

    /** Persists the spec as one text entry (registered in plugin.xml). */
    public static final class Serializer extends PortObjectSpecSerializer<DecompositionSpec> {
        @Override
        public void savePortObjectSpec(DecompositionSpec spec, PortObjectSpecZipOutputStream out) throws IOException {
            spec.toProps().writeEntry(out, ENTRY);
        }

        @Override
        public DecompositionSpec loadPortObjectSpec(PortObjectSpecZipInputStream in) throws IOException {
            return fromProps(Props.readEntry(in, ENTRY));
        }
    }
}
