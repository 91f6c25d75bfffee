package org.psnmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.io.ripple.RippleWriter;
import org.psnmf.testutil.TestImages;

/**
 * Ctrl-C (SIGINT) and SIGTERM while {@code psnmf} writes its output leave nothing behind: the Main class runs in a
 * child JVM, the test waits until the temporary output exists, then signals. To hit the write deterministically the
 * child is frozen (SIGSTOP) as soon as the temporary output appears, signalled, and resumed (SIGCONT): the signal is
 * then handled at the point where the write was frozen, with about 160 MB still to write (~0.2 s at disk-cache
 * speed, against the microseconds the signal takes to arrive). POSIX only (needs {@code sh} and {@code /proc}); the
 * SIGINT case is skipped where the test JVM was started with SIGINT ignored (a background job of a non-interactive
 * shell), because a JVM keeps an inherited ignored SIGINT.
 */
class InterruptTest {

    /** 200 x 200 px x 2048 channels as uint16: a 164 MB .raw file, written in about a second. */
    private static final String[] BIG = {"--size", "200", "--channels", "2048", "--counts", "20", "--seed", "1",
        "--quiet"};

    /** Bound of every wait: a loaded 2-core CI machine needs a few seconds, a hang fails instead of blocking. */
    private static final long WAIT_S = 120;

    @Test
    void sigint_duringSynth_removesItsTemporaryFolder_andExits130(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("sample");
        List<String> args = new ArrayList<>(List.of("synth", "--out", out.toString()));
        args.addAll(List.of(BIG));
        Result r = interruptDuringWrite(args, tmp, "INT");
        assertEquals(130, r.code, r.err);
        assertTrue(r.err.contains("interrupted; removed partial output " + out.toAbsolutePath()), r.err);
        assertEquals(1, r.err.lines().count(), r.err);
        assertEquals(List.of(), list(tmp), "no output folder, no temporary folder");
    }

    @Test
    void sigterm_duringConvert_removesItsPartFiles_andExits143(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.rpl");
        RippleWriter.write(TestImages.random(160, 160, 2048, 20, 7), in, false, null);
        Path out = tmp.resolve("copy.rpl");
        Result r = interruptDuringWrite(List.of("convert", "--input", in.toString(), "--out", out.toString(),
                "--quiet"), tmp, "TERM");
        assertEquals(143, r.code, r.err);
        assertTrue(r.err.contains("interrupted; removed partial output "), r.err);
        assertTrue(r.err.contains(out.toAbsolutePath().toString()), r.err);
        assertEquals(List.of("in.raw", "in.rpl"), list(tmp), "only the input is left");
    }

    private record Result(int code, String err) {
    }

    /** Starts {@code psnmf ARGS}, waits for a temporary output in {@code dir}, sends SIG{signal}, waits for the end. */
    private static Result interruptDuringWrite(List<String> args, Path dir, String signal) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "POSIX signals and /proc needed");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        Path errFile = Files.createTempFile("psnmf-interrupt", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile()).start();
        try {
            if (signal.equals("INT")) {
                // a JVM started with SIGINT ignored (a background job of a non-interactive shell) keeps ignoring it
                Assumptions.assumeFalse(ignores(p.pid(), 2), "SIGINT is ignored in this environment");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
            while (!hasTemporaryOutput(dir)) {
                if (!p.isAlive()) {
                    fail("psnmf ended (exit " + p.exitValue() + ") before its output appeared: "
                            + Files.readString(errFile));
                }
                if (System.nanoTime() > deadline) {
                    fail("no temporary output within " + WAIT_S + " s");
                }
                Thread.sleep(2);
            }
            kill("STOP", p.pid());
            assertTrue(hasTemporaryOutput(dir), "frozen while writing (the write outran the poll)");
            kill(signal, p.pid());
            kill("CONT", p.pid());
            assertTrue(p.waitFor(WAIT_S, TimeUnit.SECONDS), "psnmf did not end after SIG" + signal);
            return new Result(p.exitValue(), Files.readString(errFile));
        } finally {
            p.destroyForcibly();
            p.waitFor(WAIT_S, TimeUnit.SECONDS);
            Files.deleteIfExists(errFile);
        }
    }

    private static boolean hasTemporaryOutput(Path dir) throws IOException {
        for (String name : list(dir)) {
            if (name.endsWith(".part")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void kill(String signal, long pid) throws Exception {
        // the shell's built-in kill: minimal containers may have no kill binary
        Process k = new ProcessBuilder("sh", "-c", "kill -" + signal + " " + pid).inheritIO().start();
        assertTrue(k.waitFor(WAIT_S, TimeUnit.SECONDS) && k.exitValue() == 0, "kill -" + signal);
    }

    /** @return true if process {@code pid} ignores signal number {@code sig} (its SigIgn mask in /proc) */
    private static boolean ignores(long pid, int sig) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) >> (sig - 1) & 1) != 0;
            }
        }
        return false;
    }
}
