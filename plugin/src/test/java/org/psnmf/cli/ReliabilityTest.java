package org.psnmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.io.ripple.RippleWriter;
import org.psnmf.testutil.TestImages;

/**
 * The failure classes of issue 13 at the command line: options checked before any work, nothing partial left,
 * file errors naming the file and the reason, a non-zero exit when nothing was done. (Ctrl-C and SIGTERM: see
 * {@link InterruptTest}.)
 */
class ReliabilityTest {

    @TempDir
    Path tmp;

    /** Runs the command line in-process. */
    private static final class Run {
        final int code;
        final String out;
        final String err;

        Run(String... argv) {
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
            code = Main.run(argv, new java.io.PrintStream(o, true, java.nio.charset.StandardCharsets.UTF_8),
                    new java.io.PrintStream(e, true, java.nio.charset.StandardCharsets.UTF_8));
            out = o.toString(java.nio.charset.StandardCharsets.UTF_8);
            err = e.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertOneLine(Run r, int code, String... fragments) {
        assertEquals(code, r.code, r.err);
        assertEquals(1, r.err.lines().count(), r.err);
        for (String f : fragments) {
            assertTrue(r.err.contains(f), "'" + f + "' not in " + r.err);
        }
    }

    private Path image() throws Exception {
        Path rpl = tmp.resolve("in.rpl");
        RippleWriter.write(TestImages.random(10, 7, 60, 40, 21), rpl, false, null);
        return rpl;
    }

    /** Issue 13 item 3: a bad element fails at once (the input is not even opened), naming it and what is valid. */
    @Test
    void run_unknownElement_failsBeforeReadingAnything() throws Exception {
        Path out = tmp.resolve("o");
        Run r = new Run("run", "--input", tmp.resolve("not-there.rpl").toString(), "--components", "3", "--out",
                out.toString(), "--elements", "Mg,Xx");
        assertOneLine(r, 2, "--elements: 'Xx' is not a chemical element symbol", "e.g. Mg,Si,Fe,O");
        assertFalse(r.err.contains("not-there"), "checked before the input is read: " + r.err);
        assertEquals(List.of(), list(tmp));
        Run q = new Run("quant", "--input", tmp.resolve("not-there.csv").toString(), "--out", out.toString(),
                "--elements", "Mg,O", "--exclude", "Qq");
        assertOneLine(q, 2, "--exclude: 'Qq' is not a chemical element symbol");
        for (String[] c : new String[][] {{"--thickness", "-5"}, {"--thickness", "100", "--take-off-angle", "95"},
            {"--exclude", "Mg,O"}}) { // negative thickness, take-off angle > 90 degrees, every element excluded
            String[] argv = new String[7 + c.length];
            System.arraycopy(new String[] {"quant", "--input", tmp.resolve("not-there.csv").toString(), "--out",
                out.toString(), "--elements", "Mg,O"}, 0, argv, 0, 7);
            System.arraycopy(c, 0, argv, 7, c.length);
            Run bad = new Run(argv);
            assertTrue(bad.code != 0 && !bad.err.contains("not-there"), "checked before the input: " + bad.err);
            assertEquals(1, bad.err.lines().count(), bad.err);
        }
    }

    /** Issue 13 item 3: synth refuses bad options before it creates --out (or anything else). */
    @Test
    void synth_badOptions_createNothing() throws Exception {
        String out = tmp.resolve("s").toString();
        String[][] cases = {
            {"--counts", "-5"},
            {"--size", "0"},
            {"--grains", "1:2"},
            {"--channels", "0"},
            {"--energy-scale", "0"},
            {"--phases", tmp.resolve("missing.csv").toString()},
            {"--seed", "x"},
            {"--sizee", "20"},
        };
        for (String[] c : cases) {
            String[] argv = new String[3 + c.length];
            argv[0] = "synth";
            argv[1] = "--out";
            argv[2] = out;
            System.arraycopy(c, 0, argv, 3, c.length);
            Run r = new Run(argv);
            assertTrue(r.code != 0, String.join(" ", c));
            assertEquals(1, r.err.lines().count(), r.err);
            assertEquals(List.of(), list(tmp), String.join(" ", c) + " created " + list(tmp));
        }
    }

    /** Issue 13 item 3: the demo checks its options before generating its sample (no progress line, no folder). */
    @Test
    void demo_badOptions_failBeforeAnyWork() throws Exception {
        for (String[] c : new String[][] {{"--bin", "200"}, {"--bin", "0"}, {"--size", "0"}, {"--threads", "0"}}) {
            Run r = new Run("demo", "--out", tmp.resolve("d").toString(), c[0], c[1]);
            assertTrue(r.code != 0, String.join(" ", c));
            assertEquals(1, r.err.lines().count(), "only the error, no [1/5] progress: " + r.err);
            assertEquals(List.of(), list(tmp));
        }
    }

    /** Issue 13 item 2: run publishes its files together; into an existing folder it leaves the other files alone. */
    @Test
    void run_resultAppearsWhole_andNoTemporaryFolderRemains() throws Exception {
        Path in = image();
        Path out = Files.createDirectory(tmp.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Run r = new Run("run", "--input", in.toString(), "--components", "2", "--method", "nmf", "--max-iter", "20",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code, r.err);
        assertEquals(List.of("maps.csv", "notes.txt", "spectra.csv", "summary.json"), list(out));
        assertEquals(List.of("in.raw", "in.rpl", "out"), list(tmp), "no temporary folder beside --out");
        // a second run refuses before computing, naming the file and the way out
        Run again = new Run("run", "--input", in.toString(), "--components", "2", "--method", "nmf", "--out",
                out.toString(), "--quiet");
        assertOneLine(again, 1, "'spectra.csv': already exists; use --force");
    }

    /** Issue 13 item 7: sweep-bin with every b skipped exits non-zero instead of printing an empty table. */
    @Test
    void sweepBin_everyBinSkipped_isAnError() throws Exception {
        Path in = image();
        Run r = new Run("sweep-bin", "--input", in.toString(), "--components", "2", "--bins", "50,60", "--quiet");
        assertEquals(1, r.code, r.err);
        assertTrue(r.err.lines().toList().get(r.err.lines().toList().size() - 1).contains(
                "no bin factor could be evaluated (b = 50: larger than the 10 x 7 image; b = 60: larger than the "
                        + "10 x 7 image); give --bins between 1 and 7."), r.err);
        assertOneLine(new Run("sweep-bin", "--input", in.toString(), "--components", "2", "--bins", "0,4"), 2,
                "--bins: every bin factor must be at least 1, got 0.");
    }

    /** Issue 13 item 6: a file-system error names the file and what happened. */
    @Test
    void unwritableFolder_namesTheFolderAndTheReason() throws Exception {
        Path in = image();
        Path ro = Files.createDirectory(tmp.resolve("ro"));
        Assumptions.assumeTrue(ro.toFile().setWritable(false, false), "cannot make a folder read-only here");
        try {
            Assumptions.assumeFalse(Files.isWritable(ro), "running as a user who may write anywhere (root)");
            Run r = new Run("convert", "--input", in.toString(), "--out", ro.resolve("x.rpl").toString());
            assertOneLine(r, 1, "'x.rpl': cannot be written: no write permission in folder " + ro);
            Run s = new Run("synth", "--out", ro.resolve("s").toString(), "--size", "8", "--channels", "100");
            assertOneLine(s, 1, "'s': cannot be written: no write permission in " + ro);
        } finally {
            ro.toFile().setWritable(true, false);
        }
        assertEquals(List.of(), list(ro));
    }

    /** Main turns a bare file-system exception (its message is only a path) into file + reason. */
    @Test
    void bareFileSystemErrors_getTheirReasonInWords() {
        assertEquals("'/x/y': permission denied.", Main.message(new java.nio.file.AccessDeniedException("/x/y")));
        assertEquals("'/x/y': no such file or folder.", Main.message(new java.nio.file.NoSuchFileException("/x/y")));
        assertEquals("'/x/y': the disk is full (No space left on device).", Main.message(
                new java.nio.file.FileSystemException("/x/y", null, "No space left on device")));
    }
}
