package org.psnmf.engine.io.oxford;

import java.nio.file.Files;
import java.nio.file.Path;

import org.psnmf.engine.io.ReaderContract;
import org.psnmf.engine.io.SpectrumImageReader;

/** The reader contract for AZtec h5oina, on files written to the specification ({@link OxfordH5oinaReaderTest}). */
class OxfordContractTest extends ReaderContract {

    @Override
    protected SpectrumImageReader reader() {
        return new OxfordH5oinaReader();
    }

    @Override
    protected Path writeValid(Path into) throws Exception {
        Files.createDirectories(into);
        return OxfordH5oinaReaderTest.write(into, "valid.h5oina", OxfordH5oinaReaderTest.counts(3), true, "EDS");
    }

    @Override
    protected int hotBytes() {
        return 16384;
    }

    /** A negative count in the INT32 spectra (the format cannot hold NaN in integer data). */
    @Override
    protected Path writeWithValue(Path into, double value) throws Exception {
        if (Double.isNaN(value)) {
            return null;
        }
        int[][] s = OxfordH5oinaReaderTest.counts(4);
        s[200][17] = (int) value;
        return OxfordH5oinaReaderTest.write(into, "value.h5oina", s, false, "EDS");
    }
}
