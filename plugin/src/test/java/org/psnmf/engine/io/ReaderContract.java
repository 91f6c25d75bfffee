package org.psnmf.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;

/**
 * What every registered reader must do with good, damaged and hostile input (issue 13), in the manner of EJML's
 * {@code Generic*Tests}: one subclass per reader supplies a small valid file and, where its format can express them,
 * a declared-size bomb, NaN and negative values, and hostile HDF5 structure. Every case ends in a valid read or in a
 * one-line {@link SpectrumFileException} that starts with the file's name, never in another exception type, and
 * within a per-case time limit (so a hang fails instead of blocking the suite).
 */
public abstract class ReaderContract {

    /** Per-case limit: reads of these small files take milliseconds; generous for a loaded 2-core machine. */
    protected static final Duration CASE_LIMIT = Duration.ofSeconds(3);

    @TempDir
    protected Path dir;

    /** @return a fresh reader with default options */
    protected abstract SpectrumImageReader reader();

    /** Writes (or copies) a small valid file into {@code into}, with its companion files; @return the file to read */
    protected abstract Path writeValid(Path into) throws Exception;

    /** @return the file whose bytes the fuzzer damages (default: the one that is read) */
    protected Path fuzzTarget(Path main) {
        return main;
    }

    /** @return mutants per reader: a few dozen keep the whole contract suite within seconds */
    protected int mutants() {
        return 40;
    }

    /** @return half of the byte flips land in the first {@code hotBytes} bytes, where headers and tables are */
    protected int hotBytes() {
        return 4096;
    }

    /** @return a self-consistent file declaring a size far beyond any heap (default: the format cannot) */
    protected Path writeSizeBomb(Path into) throws Exception {
        return null;
    }

    /** @return a valid file holding {@code value} (NaN or negative) somewhere in its data (default: cannot) */
    protected Path writeWithValue(Path into, double value) throws Exception {
        return null;
    }

    /** @return false for formats too small to check for a cancel (a single spectrum) */
    protected boolean cancellable() {
        return true;
    }

    /** @return a valid file with a hard-link cycle where the reader walks (HDF5 formats only) */
    protected Path writeLinkCycle(Path into) throws Exception {
        return null;
    }

    /** @return a valid file nested deeper than the traversal limit where the reader walks (HDF5 formats only) */
    protected Path writeDeepGroups(Path into) throws Exception {
        return null;
    }

    private static final Progress CANCELLED = new Progress() {
        @Override
        public void report(double fraction, Supplier<String> message) {
            // not shown
        }

        @Override
        public boolean isCancelled() {
            return true;
        }
    };

    /** Reads {@code f} within the limit: @return the image, or null after a well-formed refusal */
    protected SpectrumImage readOrRefuse(Path f, String what) {
        return assertTimeoutPreemptively(CASE_LIMIT, () -> {
            try {
                byte[] head = Arrays.copyOf(Files.readAllBytes(f), (int) Math.min(4096, Files.size(f)));
                SpectrumImageReader r = reader();
                r.canRead(f, head);
                return r.read(f, Progress.NONE);
            } catch (SpectrumFileException e) {
                assertOneLineNaming(e, what);
                return null;
            } catch (Throwable t) {
                throw new AssertionError(what + ": " + reader().formatName() + " threw " + t, t);
            }
        }, what);
    }

    private static void assertOneLineNaming(SpectrumFileException e, String what) {
        String m = e.getMessage();
        if (!m.startsWith("'")) {
            fail(what + ": the message does not start with a file name: " + m);
        }
        if (m.lines().count() != 1) {
            fail(what + ": the message is not one line: " + m);
        }
    }

    @Test
    void validFile_reads() throws Exception {
        Path f = writeValid(dir);
        SpectrumImage img = readOrRefuse(f, "the valid file");
        assertTrue(img != null && img.pixels() >= 1 && img.energyAxis().channels() >= 1, "valid file refused");
    }

    @Test
    void truncationsAndByteFlips_readOrEndInAOneLineMessage() throws Exception {
        Path original = writeValid(dir.resolve("original"));
        Path target = fuzzTarget(original);
        byte[] bytes = Files.readAllBytes(target);
        Random rnd = new Random(0x5EED + reader().formatName().hashCode());
        readOrRefuse(original, "warm-up"); // class loading and JIT outside the timed cases
        for (int m = 0; m < mutants(); m++) {
            byte[] b;
            String what;
            if (rnd.nextInt(3) == 0) {
                int len = rnd.nextInt(bytes.length);
                b = Arrays.copyOf(bytes, len);
                what = "truncated to " + len + " bytes";
            } else {
                b = bytes.clone();
                int flips = 1 + rnd.nextInt(8);
                StringBuilder sb = new StringBuilder("flipped");
                for (int k = 0; k < flips; k++) {
                    int pos = rnd.nextBoolean() ? rnd.nextInt(Math.min(hotBytes(), b.length)) : rnd.nextInt(b.length);
                    b[pos] = (byte) rnd.nextInt(256);
                    sb.append(' ').append(pos);
                }
                what = sb.toString();
            }
            // each mutant in a folder of its own: an earlier reader may still map the previous file
            Path copy = Files.createDirectories(dir.resolve("m" + m));
            try (Stream<Path> files = Files.list(original.getParent())) {
                for (Path p : files.toList()) {
                    Files.copy(p, copy.resolve(p.getFileName().toString()));
                }
            }
            Files.write(copy.resolve(target.getFileName().toString()), b);
            readOrRefuse(copy.resolve(original.getFileName().toString()), "mutant " + m + " (" + what + ")");
        }
    }

    @Test
    void declaredSizeBomb_isRefusedAtOnceWithTheMemoryAdvice() throws Exception {
        Path f = writeSizeBomb(dir);
        Assumptions.assumeTrue(f != null, "the format cannot declare a huge size");
        long t0 = System.nanoTime();
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> assertTimeoutPreemptively(
                CASE_LIMIT, () -> reader().read(f, Progress.NONE)));
        double s = (System.nanoTime() - t0) / 1e9;
        MemoryBudgetTest.assertMemoryMessage(f, e);
        assertTrue(s < CASE_LIMIT.toSeconds(), "refused after " + s + " s");
    }

    @Test
    void nanAndNegativeValues_readOrEndInAOneLineMessage() throws Exception {
        for (double v : List.of(Double.NaN, -3.0)) {
            Path into = Files.createDirectories(dir.resolve(v < 0 ? "negative" : "nan"));
            Path f = writeWithValue(into, v);
            Assumptions.assumeTrue(f != null, "the format cannot hold such values");
            SpectrumImage img = readOrRefuse(f, "a file holding " + v);
            if (img != null) {
                // accepted only as model data (never as Poisson counts), and never with NaN inside
                assertTrue(!img.isCounts(), "value " + v + " read as counts");
                for (double x : img.sumSpectrum()) {
                    assertTrue(Double.isFinite(x), "value " + v + " read as " + x);
                }
            }
        }
    }

    @Test
    void linkCycle_readsOrEndsInAOneLineMessage() throws Exception {
        Path f = writeLinkCycle(dir);
        Assumptions.assumeTrue(f != null, "not an HDF5 format");
        readOrRefuse(f, "a link cycle");
        metadataOrRefuse(f, "a link cycle");
    }

    @Test
    void deepGroups_readOrEndInAOneLineMessage() throws Exception {
        Path f = writeDeepGroups(dir);
        Assumptions.assumeTrue(f != null, "not an HDF5 format");
        readOrRefuse(f, "deeply nested groups");
        metadataOrRefuse(f, "deeply nested groups");
    }

    private void metadataOrRefuse(Path f, String what) {
        assertTimeoutPreemptively(CASE_LIMIT, () -> {
            try {
                reader().originalMetadata(f);
            } catch (SpectrumFileException e) {
                assertOneLineNaming(e, what + " (metadata)");
            } catch (Throwable t) {
                throw new AssertionError(what + " (metadata): " + reader().formatName() + " threw " + t, t);
            }
        }, what);
    }

    @Test
    void cancelled_stopsWithCancelledException() throws Exception {
        Assumptions.assumeTrue(cancellable(), "a single spectrum reads at once");
        Path f = writeValid(dir);
        assertThrows(CancelledException.class, () -> reader().read(f, CANCELLED));
    }

    @Test
    void missingFile_isAOneLineMessageNamingIt() {
        Path f = dir.resolve("missing." + reader().extensions().get(0));
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> reader().read(f, Progress.NONE));
        assertEquals("'" + f.getFileName() + "'", e.getMessage().substring(0, f.getFileName().toString().length()
                + 2), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
