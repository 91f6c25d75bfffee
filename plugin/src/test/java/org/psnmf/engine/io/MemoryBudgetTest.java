package org.psnmf.engine.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

public class MemoryBudgetTest {

    private static final Path FILE = Path.of("scan.emd");

    /** The message every refusal must have: one line, the file first, memory needed and available, the advice. */
    public static void assertMemoryMessage(Path file, SpectrumFileException e) {
        String m = e.getMessage();
        assertEquals(1, m.lines().count(), m);
        assertTrue(m.startsWith("'" + file.getFileName() + "': "), m);
        assertTrue(m.contains("GiB of memory") && m.contains("of Java heap is available"), m);
        assertTrue(m.contains("PSNMF_JAVA_OPTS=-Xmx") && m.contains("knime.ini"), m);
    }

    @Test
    void product_overflowIsARefusalNotANegativeCount() {
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> MemoryBudget.product(FILE,
                "the cube", 1L << 32, 1L << 32, 8));
        assertTrue(e.getMessage().startsWith("'scan.emd': ") && e.getMessage().contains("overflows"), e.getMessage());
        assertThrows(SpectrumFileException.class, () -> MemoryBudget.product(FILE, "x", -1, 5));
        assertThrows(SpectrumFileException.class, () -> MemoryBudget.sum(FILE, "x", Long.MAX_VALUE, 1));
    }

    @Test
    void sparseAndDenseSizes() throws Exception {
        // 2 x 3 pixels: 3 rows x (2 + 1) int pointers, 72 bytes of array headers per row, 6 bytes per non-zero
        assertEquals(3 * 3 * 4 + 3 * MemoryBudget.SPARSE_ROW_OVERHEAD + 10 * 6,
                MemoryBudget.sparseImageBytes(FILE, 2, 3, 10));
        assertEquals(2L * 3 * 4 * 8, MemoryBudget.denseImageBytes(FILE, 2, 3, 4));
    }

    @Test
    void require_refusesWhatTheHeapCannotHold() {
        // a 65536^2 scan needs 16 GiB of row pointers alone: more than any test JVM (-Xmx3g) has
        long need = assertDoesNotThrow(() -> MemoryBudget.sparseImageBytes(FILE, 65536, 65536, 0));
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> MemoryBudget.require(FILE, need,
                "a 65536 x 65536 scan"));
        assertMemoryMessage(FILE, e);
        assertDoesNotThrow(() -> MemoryBudget.require(FILE, 1 << 20, "one MiB"));
    }

    @Test
    void projection_refusesEarlyAndOnlyOnceEnoughIsRead() throws Exception {
        MemoryBudget.Projection p = new MemoryBudget.Projection(FILE, "the counts", 6);
        p.add(1L << 40);
        // below the minimum share read nothing is projected, whatever the count
        assertDoesNotThrow(() -> p.check(MemoryBudget.MIN_PROJECTION_FRACTION / 2));
        assertMemoryMessage(FILE, assertThrows(SpectrumFileException.class, () -> p.check(0.1)));
        // a sparse file: few entries so far project to little memory
        MemoryBudget.Projection q = new MemoryBudget.Projection(FILE, "the counts", 6);
        q.add(1000);
        assertDoesNotThrow(() -> q.check(0.1));
        // the cap: 2^40 entries so far but at most 2^20 possible, so nothing more to come
        assertDoesNotThrow(() -> new MemoryBudget.Projection(FILE, "the counts", 6, 1 << 20).check(0.5, 1L << 40));
    }

    @Test
    void outOfMemory_namesTheFileAndTheAdvice() {
        SpectrumFileException e = MemoryBudget.outOfMemory(FILE, new OutOfMemoryError("Java heap space"));
        assertTrue(e.getMessage().startsWith("'scan.emd': ran out of memory"), e.getMessage());
        assertTrue(e.getMessage().contains("PSNMF_JAVA_OPTS=-Xmx"), e.getMessage());
    }

    @Test
    void guard_namesTheFileForEveryFailure() {
        Path f = Path.of("a.hspy");
        String m = assertThrows(SpectrumFileException.class, () -> ReadErrors.guard(f, () -> {
            throw new IllegalStateException("boom\nsecond line");
        })).getMessage();
        assertTrue(m.startsWith("'a.hspy': could not be read (IllegalStateException: boom"), m);
        assertEquals(1, m.lines().count(), m);
        m = assertThrows(SpectrumFileException.class, () -> ReadErrors.guard(f, () -> {
            throw new StackOverflowError();
        })).getMessage();
        assertTrue(m.startsWith("'a.hspy': is nested too deeply"), m);
        m = assertThrows(SpectrumFileException.class, () -> ReadErrors.guard(f, () -> {
            throw new java.nio.file.AccessDeniedException("/data/a.raw");
        })).getMessage();
        assertEquals("'a.hspy': cannot be read (permission denied: /data/a.raw).", m);
    }
}
