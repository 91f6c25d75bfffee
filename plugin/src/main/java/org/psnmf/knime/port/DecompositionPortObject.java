package org.psnmf.knime.port;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;

/**
 * The Decomposition port: component spectra W, abundance maps H, energy axis, grid and provenance, held in memory
 * (k x (channels + pixels) doubles: 3 components on 512 x 512 px take 6 MB) and saved as binary zip entries.
 * Port type {@link PsnmfPortTypes#DECOMPOSITION}.
 */
public final class DecompositionPortObject implements PortObject {

    static final String DATA_ENTRY = "psnmf-decomposition.bin";

    private final Decomposition decomposition;

    public DecompositionPortObject(Decomposition decomposition) {
        this.decomposition = java.util.Objects.requireNonNull(decomposition);
    }

    public Decomposition decomposition() {
        return decomposition;
    }

    @Override
    public DecompositionSpec getSpec() {
        return decomposition.spec();
    }

    @Override
    public String getSummary() {
        return getSpec().summary();
    }

    @Override
    public JComponent[] getViews() {
        Decomposition d = decomposition;
        List<JComponent> views = new ArrayList<>();
        StringBuilder prov = new StringBuilder(getSpec().summary()).append('\n');
        d.provenance().forEach((k, v) -> prov.append(k).append(" = ").append(v).append('\n'));
        views.add(PortViews.text("Summary", prov.toString()));
        views.add(PortViews.spectraAndMaps("Spectra and maps", d));
        return views.toArray(new JComponent[0]);
    }

    /** Writes the decomposition as one binary stream (big-endian): spec text, provenance, W, H. */
    static void writeData(Decomposition d, OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
        byte[] spec = d.spec().toProps().toBytes();
        out.writeInt(1); // format version
        out.writeInt(spec.length);
        out.write(spec);
        out.writeInt(d.provenance().size());
        for (Map.Entry<String, String> e : d.provenance().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        for (double[] s : d.spectra()) {
            for (double v : s) {
                out.writeDouble(v);
            }
        }
        for (double[] m : d.maps()) {
            for (double v : m) {
                out.writeDouble(v);
            }
        }
        out.flush();
    }

    /** Reads what {@link #writeData} wrote. */
    static Decomposition readData(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16));
        try {
            int version = in.readInt();
            if (version != 1) {
                throw new IOException("Unknown decomposition format version " + version + ".");
            }
            byte[] specBytes = new byte[in.readInt()];
            in.readFully(specBytes);
            DecompositionSpec spec = DecompositionSpec.fromProps(Props.fromBytes(specBytes));
            int n = in.readInt();
            Map<String, String> prov = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                prov.put(in.readUTF(), in.readUTF());
            }
            int k = spec.components();
            int c = spec.energyAxis().channels();
            int px = spec.width() * spec.height();
            double[][] w = new double[k][c];
            double[][] h = new double[k][px];
            for (double[] s : w) {
                for (int i = 0; i < c; i++) {
                    s[i] = in.readDouble();
                }
            }
            for (double[] m : h) {
                for (int i = 0; i < px; i++) {
                    m[i] = in.readDouble();
                }
            }
            return new Decomposition(spec.shape(), spec.names(), w, h, spec.method(), prov);
        } catch (EOFException e) {
            throw new IOException("Decomposition data is truncated.", e);
        }
    }

    /** Saves the decomposition into the port's zip (registered in plugin.xml). */
    public static final class Serializer extends PortObjectSerializer<DecompositionPortObject> {
        @Override
        public void savePortObject(DecompositionPortObject po, PortObjectZipOutputStream out, ExecutionMonitor exec)
                throws IOException, CanceledExecutionException {
            out.putNextEntry(new ZipEntry(DATA_ENTRY));
            writeData(po.decomposition, out);
            out.closeEntry();
        }

        @Override
        public DecompositionPortObject loadPortObject(PortObjectZipInputStream in, PortObjectSpec spec,
                ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(DATA_ENTRY)) {
                    return new DecompositionPortObject(readData(in));
                }
            }
            throw new IOException("Decomposition port data has no entry \"" + DATA_ENTRY + "\".");
        }
    }
}
