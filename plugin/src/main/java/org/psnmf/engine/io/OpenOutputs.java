package org.psnmf.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The registry of unfinished outputs: every temporary file of an {@link AtomicOutput} and every temporary folder of an
 * {@link AtomicFolder}, from creation until commit or removal. {@link #removeAll()} (called by the command line's
 * shutdown hook on Ctrl-C or SIGTERM) deletes them all and then refuses new ones, so nothing partial survives the
 * process. All changes and every commit rename run under one lock: the hook sees either a finished output (left in
 * place, it is complete) or an unfinished one (removed), never one half-renamed.
 */
final class OpenOutputs {

    /** Guards the registry and every commit; held while renaming, so the removal cannot interleave with it. */
    static final Object LOCK = new Object();

    /** temporary path -> the output it will become */
    private static final Map<Path, Path> OPEN = new LinkedHashMap<>();
    private static boolean closed;

    private OpenOutputs() {
    }

    /** @throws IOException if the process is shutting down (no new temporary files once the cleanup has run) */
    static void checkOpen(Path target) throws IOException {
        synchronized (LOCK) {
            if (closed) {
                throw new SpectrumFileException(target, "not written: the program is being interrupted.");
            }
        }
    }

    /** Must be called under {@link #LOCK}, right after creating {@code temp}. */
    static void add(Path temp, Path target) {
        OPEN.put(temp, target);
    }

    static void remove(Path temp) {
        synchronized (LOCK) {
            OPEN.remove(temp);
        }
    }

    static boolean isClosed() {
        synchronized (LOCK) {
            return closed;
        }
    }

    /**
     * Deletes every unfinished temporary file and folder and refuses new ones from now on.
     *
     * @return the outputs that were being written (the targets, outermost only), in the order they were opened
     */
    static List<Path> removeAll() {
        synchronized (LOCK) {
            closed = true;
            List<Path> targets = new ArrayList<>();
            List<Path> temps = new ArrayList<>(OPEN.keySet());
            for (Path temp : temps) {
                boolean nested = false;
                for (Path other : temps) {
                    nested |= !other.equals(temp) && temp.startsWith(other);
                }
                if (!nested) {
                    targets.add(OPEN.get(temp));
                }
                deleteTree(temp);
            }
            OPEN.clear();
            return targets;
        }
    }

    /** Deletes a file or a folder with its contents; best effort (the process is ending or the write failed). */
    static void deleteTree(Path p) {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a file written concurrently may vanish or appear meanwhile: one more pass
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.walk(p)) {
                        for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(q);
                        }
                    }
                } else {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | java.io.UncheckedIOException again) {
                // nothing more can be done here
            }
        }
    }
}
