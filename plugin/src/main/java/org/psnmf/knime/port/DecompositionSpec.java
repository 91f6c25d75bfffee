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

/**
 * What is known about a Decomposition before execution: number of components, grid, energy axis, metadata, component
 * names and method. Immutable, persisted as text.
 */
public final class DecompositionSpec implements PortObjectSpec {

    static final String ENTRY = "psnmf-decomposition-spec.properties";

    private final int components;
    private final int width;
    private final int height;
    private final EnergyAxis axis;
    private final AcquisitionInfo info;
    private final List<String> names;
    private final String method;

    public DecompositionSpec(int components, int width, int height, EnergyAxis axis, AcquisitionInfo info,
            List<String> names, String method) {
        if (components < 1 || names.size() != components) {
            throw new IllegalArgumentException("Decomposition spec needs k >= 1 and k names; got k = " + components
                    + " and " + names.size() + " names.");
        }
        this.components = components;
        this.width = width;
        this.height = height;
        this.axis = Objects.requireNonNull(axis);
        this.info = info == null ? AcquisitionInfo.UNKNOWN : info;
        this.names = List.copyOf(names);
        this.method = method == null ? "" : method;
    }

    public int components() {
        return components;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public EnergyAxis energyAxis() {
        return axis;
    }

    public AcquisitionInfo info() {
        return info;
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
                method.isEmpty() ? "Decomposition" : method, components, width, height, axis.channels(),
                axis.offsetKeV(), axis.maxEnergy());
    }

    Props toProps() {
        return new Props().put("version", 1).put("components", components).put("width", width).put("height", height)
                .putAxis("axis.", axis).putInfo("info.", info).putList("names", names).put("method", method);
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
        return o instanceof DecompositionSpec s && s.components == components && s.width == width
                && s.height == height && s.axis.equals(axis) && s.info.equals(info) && s.names.equals(names)
                && s.method.equals(method);
    }

    @Override
    public int hashCode() {
        return Objects.hash(components, width, height, axis, names, method);
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
