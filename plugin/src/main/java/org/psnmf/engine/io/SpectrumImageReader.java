package org.psnmf.engine.io;

import java.io.IOException;
import java.nio.file.Path;

import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.progress.Progress;

/**
 * Reads one file format into a {@link SpectrumImage} (sparse counts for count data). Implementations are stateless
 * and registered in {@link org.psnmf.engine.io.registry.Readers}; a single spectrum reads as a 1 x 1 image.
 */
public interface SpectrumImageReader {

    /** @return short format name shown to users, e.g. "RIPPLE", "EMSA/MAS", "HyperSpy HDF5" */
    String formatName();

    /** @return lower-case file extensions without dot, e.g. {"rpl"} (a hint only; detection is by content) */
    java.util.List<String> extensions();

    /**
     * Detection by content.
     *
     * @param file the file (for formats with companion files)
     * @param head the first bytes of the file (up to 4096; fewer for short files); Not modified
     * @return true if this reader recognises the content
     */
    boolean canRead(Path file, byte[] head);

    /**
     * @throws SpectrumFileException for malformed, truncated or unsupported content (message names the file)
     * @throws IOException           for I/O failures
     * @throws org.psnmf.engine.progress.CancelledException when cancelled
     */
    SpectrumImage read(Path file, Progress progress) throws IOException;

    /**
     * The metadata as stored in the file (header keys, attribute paths), for display (e.g. {@code psnmf info}); a
     * {@code dtype} entry names the stored element type (numpy spelling, e.g. {@code uint16}) where known. Cheap: does
     * not read the data.
     *
     * @return key/value pairs in file order; empty if the format has none
     * @throws SpectrumFileException if the file is malformed
     */
    default java.util.Map<String, String> originalMetadata(Path file) throws IOException {
        return java.util.Map.of();
    }

    /**
     * Reads only the header (cheap; no data), for formats whose header alone decides size, energy axis, metadata and
     * whether the data are counts.
     *
     * @return the header, or empty if this format must read the data to tell (the default)
     * @throws SpectrumFileException for a malformed header
     */
    default java.util.Optional<SpectrumImageHeader> readHeader(Path file) throws IOException {
        return java.util.Optional.empty();
    }
}
