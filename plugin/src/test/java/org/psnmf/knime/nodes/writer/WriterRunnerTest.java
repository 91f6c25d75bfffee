package org.psnmf.knime.nodes.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.ripple.RippleReader;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.testing.CancelAfter;
import org.psnmf.knime.testing.Phantoms;
import org.psnmf.testutil.TestImages;

class WriterRunnerTest {

    private final Phantoms.Phantom ph = Phantoms.twoPhase(10, 6, 50, 2);

    @Test
    void writesCounts_readBackIdentically(@TempDir Path dir) throws Exception {
        WriterSettings s = new WriterSettings();
        Path rpl = dir.resolve("out.rpl");
        WriterRunner.run(s, ph.image(), rpl, Progress.NONE);
        SpectrumImage back = RippleReader.readFile(rpl, Progress.NONE);
        assertTrue(TestImages.sameCounts(ph.image(), (SparseSpectrumImage) back));
    }

    @Test
    void writesModel_asFloats(@TempDir Path dir) throws Exception {
        Path rpl = dir.resolve("model.rpl");
        WriterRunner.run(new WriterSettings(), ph.truth().toImage(), rpl, Progress.NONE);
        SpectrumImage back = RippleReader.readFile(rpl, Progress.NONE);
        // float32 storage: relative error ~6e-8 per value, summed over 60 px x 512 ch
        assertEquals(ph.truth().toImage().totalCounts(), back.totalCounts(), 1e-4 * back.totalCounts());
    }

    @Test
    void existingTarget_needsOverwrite(@TempDir Path dir) throws Exception {
        Path rpl = dir.resolve("out.rpl");
        Files.writeString(rpl, "old");
        WriterSettings s = new WriterSettings();
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> WriterRunner.checkTarget(s, rpl));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        s.set(WriterSettings.OVERWRITE, true);
        WriterRunner.run(s, ph.image(), rpl, Progress.NONE);
        assertEquals(ph.image().width(), RippleReader.readFile(rpl, Progress.NONE).width());
    }

    @Test
    void wrongExtensionOrMissingFolder_isRejected(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WriterRunner.checkTarget(new WriterSettings(), dir.resolve("out.txt")));
        assertTrue(e.getMessage().contains(".rpl"), e.getMessage());
        assertThrows(SpectrumFileException.class,
                () -> WriterRunner.checkTarget(new WriterSettings(), dir.resolve("no/such/dir/out.rpl")));
    }

    @Test
    void msaFormat_writesTheSumSpectrum(@TempDir Path dir) throws Exception {
        WriterSettings s = new WriterSettings();
        s.set(WriterSettings.FORMAT, WriterSettings.MSA);
        Path msa = dir.resolve("sum.msa");
        WriterRunner.run(s, ph.image(), msa, Progress.NONE);
        SpectrumImage back = org.psnmf.engine.io.registry.Readers.read(msa, Progress.NONE);
        assertEquals(1, back.pixels());
        org.junit.jupiter.api.Assertions.assertArrayEquals(ph.image().sumSpectrum(), back.sumSpectrum(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> WriterRunner.checkTarget(s, dir.resolve("x.rpl")));
    }

    @Test
    void cancel_leavesNoFile(@TempDir Path dir) throws Exception {
        Path rpl = dir.resolve("out.rpl");
        assertThrows(CancelledException.class, () -> WriterRunner.run(new WriterSettings(), ph.image(), rpl,
                new CancelAfter(0)));
        try (var files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent(), "no partial or temporary file may remain");
        }
    }

    /** A cancel or a failure in the middle of the write keeps an existing target as it was and leaves no temp file. */
    @Test
    void cancelOrFailureMidWrite_keepsTheOldFile_andLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path rpl = dir.resolve("out.rpl");
        WriterSettings s = new WriterSettings();
        WriterRunner.run(s, ph.image(), rpl, Progress.NONE);
        byte[] raw = Files.readAllBytes(dir.resolve("out.raw"));
        byte[] header = Files.readAllBytes(rpl);
        s.set(WriterSettings.OVERWRITE, true);
        CancelAfter cancel = new CancelAfter(2);
        assertThrows(CancelledException.class, () -> WriterRunner.run(s, ph.image(), rpl, cancel));
        assertTrue(cancel.checks() > 2, "cancelled while writing, not before");
        Progress failing = new Progress() {
            private int reports;

            @Override
            public void report(double fraction, java.util.function.Supplier<String> message) {
                if (++reports > 1) {
                    throw new IllegalStateException("simulated failure while writing");
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        assertThrows(IllegalStateException.class, () -> WriterRunner.run(s, ph.image(), rpl, failing));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "only out.rpl and out.raw: no temporary file");
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(raw, Files.readAllBytes(dir.resolve("out.raw")));
        org.junit.jupiter.api.Assertions.assertArrayEquals(header, Files.readAllBytes(rpl));
    }
}
