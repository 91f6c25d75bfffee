package org.psnmf.knime.port;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;

/**
 * Small text key/value store used to persist port specs (plain Java {@link Properties}, UTF-8). Doubles are written
 * with {@link Double#toString} so they round-trip exactly; NaN stays NaN.
 */
final class Props {

    private final Properties p = new Properties();

    Props() {
    }

    private Props(Properties p) {
        this.p.putAll(p);
    }

    Props put(String key, Object value) {
        p.setProperty(key, String.valueOf(value));
        return this;
    }

    String str(String key) throws IOException {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IOException("Port spec is missing \"" + key + "\" (written by an incompatible version?).");
        }
        return v;
    }

    int i(String key) throws IOException {
        try {
            return Integer.parseInt(str(key));
        } catch (NumberFormatException e) {
            throw new IOException("Port spec entry \"" + key + "\" is not an integer: " + str(key));
        }
    }

    long l(String key) throws IOException {
        try {
            return Long.parseLong(str(key));
        } catch (NumberFormatException e) {
            throw new IOException("Port spec entry \"" + key + "\" is not an integer: " + str(key));
        }
    }

    double d(String key) throws IOException {
        try {
            return Double.parseDouble(str(key));
        } catch (NumberFormatException e) {
            throw new IOException("Port spec entry \"" + key + "\" is not a number: " + str(key));
        }
    }

    boolean b(String key) throws IOException {
        return Boolean.parseBoolean(str(key));
    }

    /** Lists are stored as count + indexed entries, so any text survives. */
    Props putList(String key, List<String> list) {
        put(key + ".n", list.size());
        for (int i = 0; i < list.size(); i++) {
            put(key + "." + i, list.get(i));
        }
        return this;
    }

    List<String> list(String key) throws IOException {
        int n = i(key + ".n");
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(str(key + "." + i));
        }
        return out;
    }

    Props putAxis(String prefix, EnergyAxis a) {
        return put(prefix + "channels", a.channels()).put(prefix + "offsetKeV", a.offsetKeV())
                .put(prefix + "scaleKeV", a.scaleKeV());
    }

    EnergyAxis axis(String prefix) throws IOException {
        try {
            return new EnergyAxis(i(prefix + "channels"), d(prefix + "offsetKeV"), d(prefix + "scaleKeV"));
        } catch (IllegalArgumentException e) {
            throw new IOException("Port spec has an invalid energy axis: " + e.getMessage());
        }
    }

    Props putInfo(String prefix, AcquisitionInfo i) {
        put(prefix + "beamEnergyKv", i.beamEnergyKv()).put(prefix + "liveTimePerPixelS", i.liveTimePerPixelS())
                .put(prefix + "energyResolutionMnKaEv", i.energyResolutionMnKaEv())
                .put(prefix + "takeOffAngleDeg", i.takeOffAngleDeg()).put(prefix + "pixelSize", i.pixelSize())
                .put(prefix + "pixelUnits", i.pixelUnits()).put(prefix + "title", i.title())
                .put(prefix + "sourceFile", i.sourceFile());
        return putList(prefix + "elements", i.elements());
    }

    AcquisitionInfo info(String prefix) throws IOException {
        return new AcquisitionInfo(d(prefix + "beamEnergyKv"), d(prefix + "liveTimePerPixelS"),
                d(prefix + "energyResolutionMnKaEv"), d(prefix + "takeOffAngleDeg"), d(prefix + "pixelSize"),
                str(prefix + "pixelUnits"), list(prefix + "elements"), str(prefix + "title"), str(prefix + "sourceFile"));
    }

    byte[] toBytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), null);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e); // in-memory stream
        }
    }

    static Props fromBytes(byte[] bytes) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        return new Props(p);
    }

    /** Writes this as zip entry {@code name} (the stream stays open). */
    void writeEntry(ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(toBytes());
        zip.closeEntry();
    }

    /** Reads zip entry {@code name}, skipping entries before it (KNIME may put its own entries first). */
    static Props readEntry(ZipInputStream zip, String name) throws IOException {
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
            if (e.getName().equals(name)) {
                return fromBytes(zip.readAllBytes());
            }
        }
        throw new IOException("Port data has no entry \"" + name + "\" (written by an incompatible version?).");
    }

    /** Copies {@code in} fully to {@code out}. */
    static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }
}
