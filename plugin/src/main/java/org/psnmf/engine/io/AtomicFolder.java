package org.psnmf.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * A result of several files (the spectra, maps and summary of a decomposition; a synthetic image with its ground
 * truth) that appears complete or not at all. The files are written into a temporary folder beside the target
 * ({@code .NAME.<hex>.part}); {@link #commit()} renames that folder to the target, or, when the target folder already
 * exists, moves the files into it one rename each, all under the lock of the interrupt cleanup. Closing without commit
 * (a failure, a cancel) and {@link AtomicOutput#removeUnfinished()} (Ctrl-C, SIGTERM) delete the temporary folder.
 *
 * <pre>
 * try (AtomicFolder out = AtomicFolder.open(dir, List.of("spectra.csv", "maps.csv"), overwrite)) {
 *     write(out.resolve("spectra.csv"));
 *     write(out.resolve("maps.csv"));
 *     out.commit();
 * }
 * </pre>
 */
public final class AtomicFolder implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final boolean overwrite;
    private boolean committed;

    private AtomicFolder(Path target, Path temp, boolean overwrite) {
        this.target = target;
        this.temp = temp;
        this.overwrite = overwrite;
    }

    /**
     * Checks that the result may be written into {@code dir} (before any work, so that a mistake fails at once): the
     * parent folder exists, {@code dir} is not a file, and without overwrite none of {@code names} exists in it.
     */
    public static void checkTarget(Path dir, Collection<String> names, boolean overwrite)
            throws SpectrumFileException {
        Path abs = dir.toAbsolutePath();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new SpectrumFileException(dir, "is a file; give a folder for the output.");
        }
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new SpectrumFileException(dir, "cannot be created: its parent folder " + parent
                    + " does not exist.");
        }
        if (!Files.isWritable(Files.isDirectory(abs) ? abs : parent)) {
            throw new SpectrumFileException(dir, "cannot be written: no write permission in "
                    + (Files.isDirectory(abs) ? abs : parent) + ".");
        }
        if (Files.isDirectory(abs)) {
            for (String name : names) {
                AtomicOutput.checkTarget(abs.resolve(name), overwrite);
            }
        }
    }

    /** Creates the temporary folder beside {@code dir} (after {@link #checkTarget}). */
    public static AtomicFolder open(Path dir, Collection<String> names, boolean overwrite) throws IOException {
        checkTarget(dir, names, overwrite);
        Path abs = dir.toAbsolutePath().normalize();
        Path temp = null;
        synchronized (OpenOutputs.LOCK) {
            OpenOutputs.checkOpen(dir);
            for (int attempt = 0; temp == null; attempt++) {
                try {
                    temp = Files.createDirectory(AtomicOutput.temporarySibling(abs));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    if (attempt > 100) {
                        throw e;
                    }
                } catch (IOException e) {
                    throw AtomicOutput.failure(dir, "could not be created", e);
                }
            }
            OpenOutputs.add(temp, abs);
        }
        return new AtomicFolder(abs, temp, overwrite);
    }

    /** @return where to write the result's file {@code name} (inside the temporary folder) */
    public Path resolve(String name) {
        return temp.resolve(name);
    }

    /** @return the temporary folder */
    public Path tempFolder() {
        return temp;
    }

    /** Publishes every file written into the temporary folder under the target folder. */
    public void commit() throws IOException {
        synchronized (OpenOutputs.LOCK) {
            OpenOutputs.checkOpen(target);
            if (!Files.exists(target)) {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    finish();
                    return;
                } catch (IOException e) {
                    if (!Files.isDirectory(target)) { // not a race with another writer: a real failure
                        throw AtomicOutput.failure(target, "could not be created", e);
                    }
                    // another program created the folder meanwhile: merge the files into it as below
                }
            }
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(temp)) {
                s.forEach(files::add);
            }
            files.sort(null);
            if (!overwrite) {
                for (Path f : files) {
                    if (Files.exists(target.resolve(f.getFileName().toString()))) {
                        throw AtomicOutput.lostRace(target.resolve(f.getFileName().toString()));
                    }
                }
            }
            for (Path f : files) {
                AtomicOutput.publish(f, target.resolve(f.getFileName().toString()), overwrite);
            }
            Files.delete(temp);
            finish();
        }
    }

    private void finish() {
        committed = true;
        OpenOutputs.remove(temp);
    }

    @Override
    public void close() {
        if (!committed) {
            OpenOutputs.deleteTree(temp);
            OpenOutputs.remove(temp);
        }
    }
}
