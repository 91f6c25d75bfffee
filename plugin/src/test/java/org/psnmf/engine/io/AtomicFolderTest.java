package org.psnmf.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A multi-file result appears complete or not at all (psnmf run, synth, demo). */
class AtomicFolderTest {

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void write(Path file, String text) throws Exception {
        try (AtomicOutput o = AtomicOutput.open(file, false)) {
            o.stream().write(text.getBytes());
            o.commit();
        }
    }

    @Test
    void newFolder_appearsOnlyAtCommit_withEveryFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("result");
        try (AtomicFolder f = AtomicFolder.open(out, List.of("a.csv", "b.csv"), false)) {
            write(f.resolve("a.csv"), "a");
            write(f.resolve("b.csv"), "b");
            assertFalse(Files.exists(out), "nothing visible before commit");
            f.commit();
        }
        assertEquals(List.of("result"), list(tmp), "no temporary folder left");
        assertEquals(List.of("a.csv", "b.csv"), list(out));
    }

    @Test
    void failureAfterTheFirstFiles_leavesNoPartialResult(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("result");
        assertThrows(IllegalStateException.class, () -> {
            try (AtomicFolder f = AtomicFolder.open(out, List.of("a.csv", "b.csv", "c.csv"), false)) {
                write(f.resolve("a.csv"), "a");
                write(f.resolve("b.csv"), "b");
                throw new IllegalStateException("simulated failure while writing c.csv");
            }
        });
        assertEquals(List.of(), list(tmp));
    }

    @Test
    void existingFolder_keepsItsOtherFiles_andGetsTheResultFiles(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectory(tmp.resolve("result"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("a.csv"), "old");
        assertThrows(SpectrumFileException.class, () -> AtomicFolder.open(out, List.of("a.csv"), false),
                "an existing result file needs overwrite");
        try (AtomicFolder f = AtomicFolder.open(out, List.of("a.csv"), true)) {
            write(f.resolve("a.csv"), "new");
            f.commit();
        }
        assertEquals(List.of("a.csv", "notes.txt"), list(out));
        assertEquals("new", Files.readString(out.resolve("a.csv")));
        assertEquals(List.of("result"), list(tmp));
    }

    @Test
    void anotherWriterCreatingAResultFile_meanwhile_publishesNothingAndNamesTheFile(@TempDir Path tmp)
            throws Exception {
        Path out = Files.createDirectory(tmp.resolve("result"));
        SpectrumFileException e;
        try (AtomicFolder f = AtomicFolder.open(out, List.of("a.csv", "b.csv"), false)) {
            write(f.resolve("a.csv"), "a");
            write(f.resolve("b.csv"), "b");
            Files.writeString(out.resolve("b.csv"), "theirs");
            e = assertThrows(SpectrumFileException.class, f::commit);
        }
        assertTrue(e.getMessage().startsWith("'b.csv': was created by another program"), e.getMessage());
        assertEquals(List.of("b.csv"), list(out), "not even a.csv: the result is all or nothing");
        assertEquals(List.of("result"), list(tmp));
    }

    @Test
    void targetThatIsAFile_orMissingParent_isRefusedBeforeAnything(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("x"), "x");
        assertTrue(assertThrows(SpectrumFileException.class, () -> AtomicFolder.checkTarget(file, List.of(), true))
                .getMessage().contains("is a file"));
        assertTrue(assertThrows(SpectrumFileException.class, () -> AtomicFolder.open(tmp.resolve("a/b"), List.of(),
                true)).getMessage().contains("parent folder"));
        assertEquals(List.of("x"), list(tmp));
    }
}
