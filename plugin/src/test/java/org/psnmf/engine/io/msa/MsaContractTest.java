package org.psnmf.engine.io.msa;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.psnmf.engine.io.ReaderContract;
import org.psnmf.engine.io.SpectrumImageReader;

/** The reader contract for EMSA/MAS: text, so the fuzzer's flips hit keywords, separators and digits. */
class MsaContractTest extends ReaderContract {

    @Override
    protected SpectrumImageReader reader() {
        return new MsaReader();
    }

    private static Path write(Path into, String name, String values, int n) throws Exception {
        Files.createDirectories(into);
        Path f = into.resolve(name);
        Files.writeString(f, "#FORMAT      : EMSA/MAS Spectral Data File\r\n#VERSION     : 1.0\r\n#TITLE      : t\r\n"
                + "#NPOINTS    : " + n + "\r\n#NCOLUMNS   : 1\r\n#XUNITS     : keV\r\n#YUNITS     : counts\r\n"
                + "#DATATYPE   : Y\r\n#XPERCHAN   : 0.01\r\n#OFFSET     : -0.1\r\n#BEAMKV   -kV: 200\r\n"
                + "#SPECTRUM    : Spectral Data Starts Here\r\n" + values + "#ENDOFDATA   : End Of Data\r\n",
                StandardCharsets.ISO_8859_1);
        return f;
    }

    @Override
    protected Path writeValid(Path into) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append((i * 37) % 11).append(i % 5 == 4 ? "\r\n" : ", ");
        }
        return write(into, "valid.msa", sb.toString(), 200);
    }

    @Override
    protected Path writeWithValue(Path into, double value) throws Exception {
        return write(into, "value.msa", "1, 2, " + value + ", 4\r\n", 4);
    }

    @Override
    protected boolean cancellable() {
        return false; // one spectrum of at most 65536 values: nothing long enough to cancel
    }
}
