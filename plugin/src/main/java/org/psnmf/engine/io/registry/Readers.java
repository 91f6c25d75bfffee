package org.psnmf.engine.io.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.ReadErrors;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.SpectrumImageHeader;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.io.bruker.BrukerBcfReader;
import org.psnmf.engine.io.bruker.BrukerSpxReader;
import org.psnmf.engine.io.gatan.GatanDmReader;
import org.psnmf.engine.io.hspy.HspyReader;
import org.psnmf.engine.io.jeol.JeolReader;
import org.psnmf.engine.io.msa.MsaReader;
import org.psnmf.engine.io.oxford.OxfordH5oinaReader;
import org.psnmf.engine.io.ripple.RippleReader;
import org.psnmf.engine.io.tia.TiaReader;
import org.psnmf.engine.io.velox.VeloxEmdReader;
import org.psnmf.engine.progress.Progress;

/**
 * The registry of file readers and auto-detection by content (not only by extension).
 *
 * <p>This is the only class that knows every format package; the format packages know only the contracts in
 * {@code org.psnmf.engine.io} ({@link SpectrumImageReader}, {@link SpectrumFileException}), never this registry, so
 * the package graph stays acyclic. A new format: its own package under {@code org.psnmf.engine.io}, one line in
 * {@link #all()}.
 */
public final class Readers {

    private Readers() {
    }

    /** @return all registered readers, most specific first */
    public static List<SpectrumImageReader> all() {
        List<SpectrumImageReader> list = new ArrayList<>();
        // READERS: register each format here (most specific magic numbers first)
        list.add(new RippleReader());
        list.add(new VeloxEmdReader());
        list.add(new BrukerBcfReader());
        list.add(new OxfordH5oinaReader());
        list.add(new GatanDmReader());
        list.add(new JeolReader());
        list.add(new TiaReader());
        list.add(new BrukerSpxReader());
        list.add(new MsaReader());
        list.add(new HspyReader());
        return list;
    }

    /**
     * Picks the reader for {@code file} by content, falling back to the extension.
     *
     * @return the reader (the registered instance's class, so callers may configure its options); every registered
     *         reader turns its own failures into a one-line {@link SpectrumFileException} naming the file
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
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        }
        List<SpectrumImageReader> readers = all();
        for (SpectrumImageReader r : readers) {
            if (recognises(r, file, head)) {
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

    /** @return false also when the detection itself fails: a damaged file is then left to another reader */
    private static boolean recognises(SpectrumImageReader r, Path file, byte[] head) {
        try {
            return r.canRead(file, head);
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /** @return the file's header if its format can tell without reading the data (see {@link SpectrumImageReader#readHeader}) */
    public static Optional<SpectrumImageHeader> readHeader(Path file) throws IOException {
        SpectrumImageReader r = detect(file);
        return ReadErrors.guard(file, () -> r.readHeader(file));
    }

    /**
     * Detects the format and reads the file.
     *
     * @throws SpectrumFileException for every failure, named after the file ({@link ReadErrors#guard}): also an
     *                               out-of-memory or a stack overflow inside a reader or a library it calls
     */
    public static SpectrumImage read(Path file, Progress progress) throws IOException {
        SpectrumImageReader r = detect(file);
        return ReadErrors.guard(file, () -> r.read(file, progress == null ? Progress.NONE : progress));
    }

    /** The file's own metadata ({@link SpectrumImageReader#originalMetadata}), every failure named after the file. */
    public static Map<String, String> originalMetadata(Path file) throws IOException {
        SpectrumImageReader r = detect(file);
        return ReadErrors.guard(file, () -> r.originalMetadata(file));
    }
}
