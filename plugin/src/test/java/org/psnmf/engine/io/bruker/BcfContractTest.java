package org.psnmf.engine.io.bruker;

import java.nio.file.Files;
import java.nio.file.Path;

import org.psnmf.engine.io.ExpectedFormats;
import org.psnmf.engine.io.ReaderContract;
import org.psnmf.engine.io.SpectrumImageReader;

/** The reader contract for Bruker BCF, on the smallest public sample (skipped where shared/data is absent). */
class BcfContractTest extends ReaderContract {

    @Override
    protected SpectrumImageReader reader() {
        return new BrukerBcfReader();
    }

    @Override
    protected Path writeValid(Path into) throws Exception {
        Files.createDirectories(into);
        return Files.copy(ExpectedFormats.sample("16x16_12bit_packed_8bit.bcf"), into.resolve("valid.bcf"));
    }

    @Override
    protected int hotBytes() {
        return 8192;
    }
}
