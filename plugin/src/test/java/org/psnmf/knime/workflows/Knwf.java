package org.psnmf.knime.workflows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A {@code .knwf} export: a ZIP whose root holds the workflow folder ({@code <name>/workflow.knime}, ...), as
 * KNIME's File › Export Workflow writes it and as its import and batch executor read it.
 *
 * <p>Deterministic by construction, so a regenerated export is byte-identical: entries sorted by name, directory
 * entries for every folder, one fixed timestamp ({@link #TIME}, stored as a local DOS time, independent of the
 * time zone) and no compression ({@code STORED}): deflate output may differ between zlib builds, stored bytes
 * cannot. The workflows are small (tens of kB plus the sample data), so the size cost is minor.
 */
public final class Knwf {

    static final LocalDateTime TIME = LocalDateTime.of(2026, 11, 24, 0, 0, 0);

    private Knwf() {
    }

    /** Zips {@code files} (paths relative to the workflow folder) under the root folder {@code folder}. */
    public static byte[] zip(String folder, Map<String, byte[]> files) {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        TreeSet<String> dirs = new TreeSet<>();
        dirs.add(folder + "/");
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            String path = folder + "/" + e.getKey();
            entries.put(path, e.getValue());
            for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
                dirs.add(path.substring(0, i + 1));
            }
        }
        TreeMap<String, byte[]> all = new TreeMap<>(entries);
        for (String d : dirs) {
            all.put(d, null);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (Map.Entry<String, byte[]> e : all.entrySet()) {
                byte[] data = e.getValue() == null ? new byte[0] : e.getValue();
                ZipEntry z = new ZipEntry(e.getKey());
                z.setTimeLocal(TIME);
                z.setMethod(ZipEntry.STORED);
                z.setSize(data.length);
                z.setCompressedSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                z.setCrc(crc.getValue());
                zip.putNextEntry(z);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads a {@code .knwf}: every file entry (directories skipped), full path to bytes, sorted. */
    public static Map<String, byte[]> unzip(InputStream in) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (!e.isDirectory()) {
                    out.put(e.getName(), zip.readAllBytes());
                }
            }
        }
        return out;
    }
}
