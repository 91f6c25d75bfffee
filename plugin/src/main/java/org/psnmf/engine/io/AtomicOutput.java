package org.psnmf.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it either appears complete or not at all: data go to a temporary file in the same folder,
 * which is renamed over the target on {@link #commit()}. Closing without commit (an exception, a cancel) deletes the
 * temporary file. Refuses to replace an existing target unless {@code overwrite} is set.
 *
 * <pre>
 * try (AtomicOutput out = AtomicOutput.open(path, overwrite)) {
 *     write(out.stream());
 *     out.commit();
 * }
 * </pre>
 */
public final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final boolean overwrite;
    private OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, boolean overwrite) {
        this.target = target;
        this.temp = temp;
        this.overwrite = overwrite;
    }

    /**
     * @throws SpectrumFileException if the target exists and overwrite is false, or its folder does not exist
     */
    public static AtomicOutput open(Path target, boolean overwrite) throws IOException {
        checkTarget(target, overwrite);
        Path abs = target.toAbsolutePath();
        // not Files.createTempFile: that makes the file owner-only (0600) on POSIX, and the rename would keep it so;
        // createFile applies the usual umask, like any other program's output
        Path temp = null;
        for (int attempt = 0; temp == null; attempt++) {
            Path candidate = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(
                    java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
            try {
                temp = Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
        AtomicOutput a = new AtomicOutput(abs, temp, overwrite);
        a.stream = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        return a;
    }

    /** Checks that {@code target} may be written (used before long computations, so they fail early). */
    public static void checkTarget(Path target, boolean overwrite) throws SpectrumFileException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new SpectrumFileException(target, "output folder " + dir + " does not exist.");
        }
        if (Files.isDirectory(abs)) {
            throw new SpectrumFileException(target, "is a folder; give a file name.");
        }
        if (Files.exists(abs) && !overwrite) {
            throw new SpectrumFileException(target, "already exists; choose another name or allow overwriting.");
        }
    }

    /** @return the stream to write to (buffered) */
    public OutputStream stream() {
        return stream;
    }

    /** @return the temporary file being written */
    public Path tempFile() {
        return temp;
    }

    /** Flushes, closes and renames the temporary file onto the target. */
    public void commit() throws IOException {
        stream.close();
        if (!overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
