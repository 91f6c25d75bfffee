package org.psnmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MainTest {

    static final class Run {
        final int code;
        final String out;
        final String err;

        Run(String... argv) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            code = Main.run(argv, new PrintStream(o, true, StandardCharsets.UTF_8),
                    new PrintStream(e, true, StandardCharsets.UTF_8));
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void version_printsBundleVersion() throws Exception {
        Run r = new Run("--version");
        assertEquals(0, r.code);
        assertEquals("psnmf " + Main.VERSION, r.out.trim());
        // the bundle manifest and the CLI must agree
        String manifest = Files.readString(Path.of("META-INF/MANIFEST.MF"));
        assertTrue(manifest.contains("Bundle-Version: " + Main.VERSION + ".qualifier"), manifest);
    }

    @Test
    void help_listsEveryCommand() {
        Run r = new Run("--help");
        assertEquals(0, r.code);
        for (String name : Main.commands().keySet()) {
            assertTrue(r.out.contains(name), name);
        }
        assertTrue(r.out.startsWith("psnmf " + Main.VERSION));
    }

    @Test
    void unknownCommand_isOneLineError() {
        Run r = new Run("frobnicate");
        assertEquals(2, r.code);
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(r.err.contains("unknown command 'frobnicate'"));
    }
}
