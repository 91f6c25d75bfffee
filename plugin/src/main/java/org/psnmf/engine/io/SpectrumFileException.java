package org.psnmf.engine.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A spectrum file that cannot be read or written: the message always starts with the file name and says what is wrong
 * and, where possible, what would be valid, e.g. {@code 'sample.rpl': data-type 'float' with data-length 2 is not
 * valid (expected 4 or 8).}
 */
public class SpectrumFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public SpectrumFileException(Path file, String problem) {
        super("'" + (file == null ? "?" : file.getFileName()) + "': " + problem);
    }

    public SpectrumFileException(Path file, String problem, Throwable cause) {
        super("'" + (file == null ? "?" : file.getFileName()) + "': " + problem, cause);
    }
}
