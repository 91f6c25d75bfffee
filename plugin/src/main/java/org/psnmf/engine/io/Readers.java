package org.psnmf.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.progress.Progress;

/**
 * The registry of file readers and auto-detection by content (not only by extension).
 */
public final class Readers {

    private Readers() {
    }

    /** @return all registered readers, most specific first */
    public static List<SpectrumImageReader> all() {
        List<SpectrumImageReader> list = new ArrayList<>();
        // READERS: register each format here (most specific magic numbers first)
        list.add(new RippleReader());
        list.add(new org.psnmf.engine.io.vendor.VeloxEmdReader());
        list.add(new org.psnmf.engine.io.vendor.BrukerBcfReader());
        list.add(new org.psnmf.engine.io.vendor.OxfordH5oinaReader());
        list.add(new org.psnmf.engine.io.vendor.GatanDmReader());
        list.add(new MsaReader());
        list.add(new HspyReader());
        return list;
    }

    /**
     * Picks the reader for {@code file} by content, falling back to the extension.
     *
     * @throws SpectrumFileException if the file is missing, unreadable or of no supported format
     */
    public static SpectrumImageReader detect(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new SpectrumFileException(file, "file not found (" + file.toAbsolutePath() + ").");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new SpectrumFileException(file, "is not a readable file.");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        List<SpectrumImageReader> readers = all();
        for (SpectrumImageReader r : readers) {
            if (r.canRead(file, head)) {
                return r;
            }
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> known = new ArrayList<>();
        for (SpectrumImageReader r : readers) {
            for (String ext : r.extensions()) {
                known.add("." + ext);
                if (name.endsWith("." + ext)) {
                    return r;
                }
            }
        }
        throw new SpectrumFileException(file, "not a supported spectrum-image format (supported: "
                + String.join(", ", known) + ").");
    }

    /** @return the file's header if its format can tell without reading the data (see {@link SpectrumImageReader#readHeader}) */
    public static java.util.Optional<SpectrumImageHeader> readHeader(Path file) throws IOException {
        return detect(file).readHeader(file);
    }

    /** Detects the format and reads the file. */
    public static SpectrumImage read(Path file, Progress progress) throws IOException {
        return detect(file).read(file, progress == null ? Progress.NONE : progress);
    }
}
