package org.psnmf.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.psnmf.engine.io.AtomicFolder;
import org.psnmf.engine.io.AtomicOutput;
import org.psnmf.engine.io.SpectrumFileException;

/**
 * Output checks run before any work (so that a mistake fails at once), with the command line's own advice: an
 * existing output names {@code --force}.
 */
final class OutputChecks {

    private OutputChecks() {
    }

    /** A result folder (run, synth, demo): see {@link AtomicFolder#checkTarget}. */
    static void folder(Path dir, Collection<String> names, boolean force) throws SpectrumFileException {
        if (!force && Files.isDirectory(dir)) {
            for (String name : names) {
                if (Files.exists(dir.resolve(name))) {
                    throw exists(dir.resolve(name));
                }
            }
        }
        AtomicFolder.checkTarget(dir, names, force);
    }

    /** One output file: see {@link AtomicOutput#checkTarget}. */
    static void file(Path file, boolean force) throws SpectrumFileException {
        if (!force && Files.exists(file) && !Files.isDirectory(file)) {
            throw exists(file);
        }
        AtomicOutput.checkTarget(file, force);
    }

    private static SpectrumFileException exists(Path p) {
        return new SpectrumFileException(p, "already exists; use --force to overwrite or choose another --out.");
    }
}
