package org.psnmf.engine.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.psnmf.engine.progress.Progress;

/**
 * Feeds a reader seeded random mutants of a valid file (truncations and byte flips) and checks that each one either
 * reads or ends in a one-line {@link SpectrumFileException} naming the file, within a second, without any other
 * exception.
 */
public final class Fuzz {

    private Fuzz() {
    }

    /**
     * @param hotBytes flips land in the first {@code hotBytes} bytes half of the time (where headers and tables are)
     */
    public static void run(SpectrumImageReader reader, byte[] original, int mutants, long seed, int hotBytes, Path dir)
            throws IOException {
        Random rnd = new Random(seed);
        Path f = dir.resolve("mutant.bin");
        // warm up class loading and JIT outside the timed region
        Files.write(f, original);
        try {
            reader.read(f, Progress.NONE);
        } catch (SpectrumFileException e) {
            // fine
        }
        for (int m = 0; m < mutants; m++) {
            byte[] b;
            String what;
            if (rnd.nextInt(3) == 0) {
                int len = rnd.nextInt(original.length);
                b = java.util.Arrays.copyOf(original, len);
                what = "truncated to " + len + " bytes";
            } else {
                b = original.clone();
                int flips = 1 + rnd.nextInt(8);
                StringBuilder sb = new StringBuilder("flipped");
                for (int k = 0; k < flips; k++) {
                    int pos = rnd.nextBoolean() ? rnd.nextInt(Math.min(hotBytes, b.length)) : rnd.nextInt(b.length);
                    b[pos] = (byte) rnd.nextInt(256);
                    sb.append(' ').append(pos);
                }
                what = sb.toString();
            }
            // a fresh name per mutant: earlier readers may still map the previous file
            Path mf = dir.resolve("mutant" + m + ".bin");
            Files.write(mf, b);
            final String desc = "mutant " + m + " (" + what + ")";
            assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
                try {
                    byte[] head = java.util.Arrays.copyOf(b, Math.min(4096, b.length));
                    reader.canRead(mf, head);
                    reader.read(mf, Progress.NONE);
                } catch (SpectrumFileException e) {
                    if (!e.getMessage().startsWith("'" + mf.getFileName() + "'")) {
                        fail(desc + ": message does not name the file: " + e.getMessage());
                    }
                    if (e.getMessage().lines().count() != 1) {
                        fail(desc + ": message is not one line: " + e.getMessage());
                    }
                } catch (Throwable t) {
                    throw new AssertionError(desc + ": unexpected " + t, t);
                }
            }, desc);
        }
    }
}
