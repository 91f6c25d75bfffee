package org.psnmf.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    private static long count(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void commit_publishesCompleteFile_andLeavesNoTemp(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("out.txt");
        try (AtomicOutput o = AtomicOutput.open(f, false)) {
            o.stream().write("hello".getBytes());
            assertFalse(Files.exists(f), "target must not appear before commit");
            o.commit();
        }
        assertEquals("hello", Files.readString(f));
        assertEquals(1, count(dir));
    }

    @Test
    void failureBeforeCommit_leavesNothing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("out.txt");
        assertThrows(IllegalStateException.class, () -> {
            try (AtomicOutput o = AtomicOutput.open(f, false)) {
                o.stream().write(new byte[1000]);
                throw new IllegalStateException("simulated failure mid-write");
            }
        });
        assertEquals(0, count(dir));
    }

    @Test
    void refusesOverwrite_unlessAsked_andNamesTheFile(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("keep.txt"), "old");
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> AtomicOutput.open(f, false));
        assertTrue(e.getMessage().startsWith("'keep.txt'"), e.getMessage());
        try (AtomicOutput o = AtomicOutput.open(f, true)) {
            o.stream().write("new".getBytes());
            o.commit();
        }
        assertEquals("new", Files.readString(f));
        assertThrows(SpectrumFileException.class, () -> AtomicOutput.open(dir.resolve("missing/x.txt"), true));
        assertThrows(SpectrumFileException.class, () -> AtomicOutput.open(dir, true));
    }

    @Test
    void writtenFile_isReadableByOthers_likeAnyProgramOutput(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path f = dir.resolve("shared.txt");
        try (AtomicOutput o = AtomicOutput.open(f, false)) {
            o.stream().write(1);
            o.commit();
        }
        // the session's umask decides; a temp-file default of owner-only (0600) must not leak into outputs
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(f);
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), perms);
    }

    @Test
    void anotherWriterWinningTheRace_isReportedByName_andItsFileIsKept(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("result.csv");
        SpectrumFileException e;
        try (AtomicOutput o = AtomicOutput.open(f, false)) {
            o.stream().write("ours".getBytes());
            Files.writeString(f, "theirs"); // another program creates the target while we write
            e = assertThrows(SpectrumFileException.class, o::commit);
        }
        assertTrue(e.getMessage().startsWith("'result.csv': was created by another program while this one was "
                + "writing it"), e.getMessage());
        assertEquals("theirs", Files.readString(f));
        assertEquals(1, count(dir), "our temporary file is gone");
    }

    @Test
    void diskFull_namesTheFileAndSaysTheDiskIsFull(@TempDir Path dir) throws Exception {
        Path full = Path.of("/dev/full"); // Linux: every write fails with ENOSPC, as on a full disk
        Assumptions.assumeTrue(Files.isWritable(full), "needs /dev/full");
        Path target = dir.resolve("maps.csv");
        try (java.io.OutputStream s = new AtomicOutput.NamedErrors(new java.io.FileOutputStream(full.toFile()),
                target)) {
            SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> s.write(new byte[1 << 16]));
            assertTrue(e.getMessage().startsWith("'maps.csv': could not be written: the disk is full"),
                    e.getMessage());
        }
    }

    @Test
    void commitAll_publishesTogether_orRemovesWhatWasPublished(@TempDir Path dir) throws Exception {
        Path raw = dir.resolve("a.raw");
        Path rpl = dir.resolve("a.rpl");
        try (AtomicOutput r = AtomicOutput.open(raw, false); AtomicOutput h = AtomicOutput.open(rpl, false)) {
            r.stream().write(1);
            h.stream().write(2);
            Files.writeString(rpl, "other"); // the second rename will lose the race
            assertThrows(SpectrumFileException.class, () -> AtomicOutput.commitAll(java.util.List.of(r, h)));
        }
        assertFalse(Files.exists(raw), "a data file without its header is removed again");
        assertEquals("other", Files.readString(rpl));
        assertEquals(1, count(dir));
    }
}
