package org.psnmf.engine.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes a file so that it either appears complete or not at all: data go to a temporary file in the same folder,
 * which is renamed over the target on {@link #commit()}. Closing without commit (an exception, a cancel) deletes the
 * temporary file, and so does {@link #removeUnfinished()} (the command line calls it from a shutdown hook, so Ctrl-C
 * and SIGTERM leave nothing behind either). Refuses to replace an existing target unless {@code overwrite} is set,
 * also when another program creates the target while this one is writing. Write errors name the target and the
 * reason (disk full, permission).
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
     * @throws SpectrumFileException if the target exists and overwrite is false, or its folder does not exist, or the
     *                               temporary file cannot be created (naming the folder and the reason)
     */
    public static AtomicOutput open(Path target, boolean overwrite) throws IOException {
        checkTarget(target, overwrite);
        Path abs = target.toAbsolutePath();
        // not Files.createTempFile: that makes the file owner-only (0600) on POSIX, and the rename would keep it so;
        // createFile applies the usual umask, like any other program's output
        Path temp = null;
        synchronized (OpenOutputs.LOCK) {
            OpenOutputs.checkOpen(target);
            for (int attempt = 0; temp == null; attempt++) {
                Path candidate = temporarySibling(abs);
                try {
                    temp = Files.createFile(candidate);
                } catch (FileAlreadyExistsException e) {
                    if (attempt > 100) {
                        throw e;
                    }
                } catch (IOException e) {
                    throw failure(target, "could not be created", e);
                }
            }
            OpenOutputs.add(temp, abs);
        }
        AtomicOutput a = new AtomicOutput(abs, temp, overwrite);
        try {
            a.stream = new NamedErrors(new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), target);
        } catch (IOException e) {
            a.close();
            throw failure(target, "could not be created", e);
        }
        return a;
    }

    /** @return {@code .NAME.<random hex>.part} beside {@code abs} (hidden, and clearly not a finished output) */
    static Path temporarySibling(Path abs) {
        return abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(
                java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
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
        if (!Files.isWritable(dir)) {
            throw new SpectrumFileException(target, "cannot be written: no write permission in folder " + dir + ".");
        }
    }

    /** @return the stream to write to (buffered; its errors name the target and the reason) */
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
        synchronized (OpenOutputs.LOCK) {
            OpenOutputs.checkOpen(target);
            publish(temp, target, overwrite);
            committed = true;
            OpenOutputs.remove(temp);
        }
    }

    /**
     * Commits several outputs that belong together (a RIPPLE header and its data file) without a gap in which an
     * interrupt could leave one without the other: all are renamed under the registry lock. If one rename fails, the
     * ones already published are deleted again (a header without its data file is worse than no file).
     */
    public static void commitAll(List<AtomicOutput> outputs) throws IOException {
        for (AtomicOutput o : outputs) {
            o.stream.close();
        }
        synchronized (OpenOutputs.LOCK) {
            List<Path> published = new java.util.ArrayList<>();
            try {
                for (AtomicOutput o : outputs) {
                    o.commit();
                    published.add(o.target);
                }
            } catch (IOException | RuntimeException e) {
                for (Path p : published) {
                    Files.deleteIfExists(p);
                }
                throw e;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                if (stream != null) {
                    stream.close();
                }
            } catch (IOException e) {
                // the write already failed or was abandoned; the temporary file goes either way
            } finally {
                Files.deleteIfExists(temp);
                OpenOutputs.remove(temp);
            }
        }
    }

    /**
     * Deletes every temporary file and folder of an unfinished {@link AtomicOutput} or {@link AtomicFolder} in this
     * process and refuses new ones from then on. For a shutdown hook: after it, nothing can be committed any more.
     *
     * @return the outputs that were being written and are now removed (outermost first)
     */
    public static List<Path> removeUnfinished() {
        return OpenOutputs.removeAll();
    }

    private static boolean exitCleanupInstalled;

    /**
     * Installs (once per JVM) a shutdown hook that calls {@link #removeUnfinished()} silently: for hosts such as KNIME,
     * where quitting the application while a node writes must not leave a temporary file behind. The command line
     * installs its own hook, which also reports the interrupt.
     */
    public static void installExitCleanup() {
        synchronized (OpenOutputs.LOCK) {
            if (!exitCleanupInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(OpenOutputs::removeAll, "psnmf-output-cleanup"));
                exitCleanupInstalled = true;
            }
        }
    }

    /** @return true once {@link #removeUnfinished()} has run (the process is being interrupted) */
    public static boolean isInterrupted() {
        return OpenOutputs.isClosed();
    }

    /**
     * Renames {@code temp} onto {@code target}; without overwrite, atomically refuses a target that appeared meanwhile
     * (a hard link fails if the name exists, where a rename would silently replace it). Caller holds the lock.
     */
    static void publish(Path temp, Path target, boolean overwrite) throws IOException {
        try {
            if (!overwrite) {
                try {
                    Files.createLink(target, temp);
                    Files.delete(temp);
                    return;
                } catch (FileAlreadyExistsException e) {
                    throw lostRace(target);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    // no hard links here (FAT, some network shares): check, then rename
                    if (Files.exists(target)) {
                        throw lostRace(target);
                    }
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (SpectrumFileException e) {
            throw e;
        } catch (IOException e) {
            throw failure(target, "could not be written", e);
        }
    }

    static SpectrumFileException lostRace(Path target) {
        return new SpectrumFileException(target, "was created by another program while this one was writing it; "
                + "that file is kept and this output discarded (choose another name, or allow overwriting).");
    }

    /** @return "TARGET: WHAT: reason" with the reason in words (disk full, permission denied, ...) */
    static SpectrumFileException failure(Path target, String what, IOException e) {
        return new SpectrumFileException(target, what + ": " + reason(e) + ".", e);
    }

    /** @return why an I/O operation failed, in words a user can act on */
    static String reason(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof FileSystemException f && f.getReason() != null) {
            m = f.getReason();
        } else if (e instanceof AccessDeniedException) {
            m = "";
        }
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")
                || lower.contains("quota")) {
            return "the disk is full (" + m + ")";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("read-only file system")) {
            return "permission denied" + (m.isEmpty() || lower.equals("permission denied") ? "" : " (" + m + ")");
        }
        if (e instanceof NoSuchFileException) {
            return "its folder or temporary file disappeared (removed by another program?)";
        }
        return m.isEmpty() ? e.getClass().getSimpleName() : m;
    }

    /** Rethrows the stream's I/O errors as {@link SpectrumFileException}s naming the target and the reason. */
    static final class NamedErrors extends FilterOutputStream {

        private final Path target;

        NamedErrors(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw wrapped(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw wrapped(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw wrapped(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw wrapped(e);
            }
        }

        private IOException wrapped(IOException e) {
            return e instanceof SpectrumFileException ? e : failure(target, "could not be written", e);
        }
    }
}
