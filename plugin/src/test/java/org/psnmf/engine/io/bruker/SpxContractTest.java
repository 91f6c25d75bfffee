package org.psnmf.engine.io.bruker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.psnmf.engine.io.ExpectedFormats;
import org.psnmf.engine.io.ReaderContract;
import org.psnmf.engine.io.SpectrumImageReader;

/** The reader contract for Bruker .spx single spectra (counts are decimal text, so NaN and -3 can be written). */
class SpxContractTest extends ReaderContract {

    private static final String SAMPLE = "extracted_from_bcf.spx";

    @Override
    protected SpectrumImageReader reader() {
        return new BrukerSpxReader();
    }

    @Override
    protected Path writeValid(Path into) throws Exception {
        Files.createDirectories(into);
        return Files.copy(ExpectedFormats.sample(SAMPLE), into.resolve("valid.spx"));
    }

    @Override
    protected Path writeWithValue(Path into, double value) throws Exception {
        String xml = Files.readString(ExpectedFormats.sample(SAMPLE), StandardCharsets.ISO_8859_1);
        String v = Double.isNaN(value) ? "NaN" : Long.toString((long) value);
        return Files.writeString(into.resolve("value.spx"), xml.replaceFirst("<Channels>0,", "<Channels>" + v + ","),
                StandardCharsets.ISO_8859_1);
    }

    @Override
    protected boolean cancellable() {
        return false;
    }
}
