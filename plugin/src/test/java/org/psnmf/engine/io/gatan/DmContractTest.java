package org.psnmf.engine.io.gatan;

import java.nio.file.Files;
import java.nio.file.Path;

import org.psnmf.engine.io.ExpectedFormats;
import org.psnmf.engine.io.ReaderContract;
import org.psnmf.engine.io.SpectrumImageReader;

/** The reader contract for DigitalMicrograph, on a public EDS sample (skipped where shared/data is absent). */
class DmContractTest extends ReaderContract {

    @Override
    protected SpectrumImageReader reader() {
        return new GatanDmReader();
    }

    @Override
    protected Path writeValid(Path into) throws Exception {
        Files.createDirectories(into);
        return Files.copy(ExpectedFormats.sample("test-EDS_spectrum.dm3"), into.resolve("valid.dm3"));
    }

    @Override
    protected int hotBytes() {
        return 32768;
    }
}
