package org.psnmf.engine.io.jeol;

import java.nio.file.Files;
import java.nio.file.Path;

import org.psnmf.engine.io.ExpectedFormats;
import org.psnmf.engine.io.ReaderContract;
import org.psnmf.engine.io.SpectrumImageReader;

/** The reader contract for JEOL .EDS single spectra (int32 counts: no NaN; a negative count is refused). */
class JeolEdsContractTest extends ReaderContract {

    @Override
    protected SpectrumImageReader reader() {
        return new JeolReader();
    }

    @Override
    protected Path writeValid(Path into) throws Exception {
        Files.createDirectories(into);
        return Files.copy(ExpectedFormats.sample("jeol/met03.EDS"), into.resolve("valid.EDS"));
    }

    @Override
    protected boolean cancellable() {
        return false;
    }
}
