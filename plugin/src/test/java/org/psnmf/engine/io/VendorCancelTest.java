package org.psnmf.engine.io;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.io.bruker.BrukerBcfReader;
import org.psnmf.engine.io.gatan.GatanDmReader;
import org.psnmf.engine.io.jeol.JeolReader;
import org.psnmf.engine.io.oxford.OxfordH5oinaReader;
import org.psnmf.engine.io.oxford.OxfordH5oinaReaderTest;
import org.psnmf.engine.io.tia.TiaReader;
import org.psnmf.engine.io.velox.VeloxEmdReader;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;

/** Every vendor reader stops with {@link CancelledException} when the user has cancelled. */
class VendorCancelTest {

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

    private static void assertCancels(SpectrumImageReader r, Path f) {
        assertThrows(CancelledException.class, () -> r.read(f, CANCELLED), r.formatName());
    }

    @Test
    void samples_cancel() {
        assertCancels(new VeloxEmdReader(), ExpectedFormats.sample("fei_emd_si.emd"));
        assertCancels(new BrukerBcfReader(), ExpectedFormats.sample("test_TEM.bcf"));
        assertCancels(new GatanDmReader(), ExpectedFormats.sample("test-EDS_spectrum.dm3"));
        assertCancels(new JeolReader(), ExpectedFormats.sample("jeol/rawdata.ASW"));
        assertCancels(new TiaReader(), ExpectedFormats.sample("16x16-spectrum_image_5x5x4000-not_square.emi"));
    }

    @Test
    void writtenH5oina_cancels(@TempDir Path dir) throws Exception {
        Path f = OxfordH5oinaReaderTest.write(dir, "c.h5oina", OxfordH5oinaReaderTest.counts(2), true, "EDS");
        assertCancels(new OxfordH5oinaReader(), f);
    }
}
