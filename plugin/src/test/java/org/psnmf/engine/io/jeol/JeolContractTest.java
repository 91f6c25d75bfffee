package org.psnmf.engine.io.jeol;

import java.nio.file.Files;
import java.nio.file.Path;

import org.psnmf.engine.io.ExpectedFormats;
import org.psnmf.engine.io.ReaderContract;
import org.psnmf.engine.io.SpectrumImageReader;

/**
 * The reader contract for JEOL .pts cubes (the public sample; skipped where shared/data is absent). Counts come from
 * an event stream, so the format cannot hold NaN or negative values, and its declared sizes (at most 4096 x 4096
 * pixels) bound the memory below any size bomb.
 */
class JeolContractTest extends ReaderContract {

    @Override
    protected SpectrumImageReader reader() {
        return new JeolReader();
    }

    @Override
    protected Path writeValid(Path into) throws Exception {
        Files.createDirectories(into);
        return Files.copy(ExpectedFormats.sample("jeol/Sample/00_View000/View000_0000006.pts"), into.resolve(
                "valid.pts"));
    }

    @Override
    protected int hotBytes() {
        return 16384; // the header tree lies below the data position
    }
}
