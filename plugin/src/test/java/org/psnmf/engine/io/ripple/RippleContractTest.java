package org.psnmf.engine.io.ripple;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.psnmf.engine.io.ReaderContract;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.testutil.TestImages;

/** The reader contract for RIPPLE: the header is fuzzed (its .raw companion travels with each mutant). */
class RippleContractTest extends ReaderContract {

    @Override
    protected SpectrumImageReader reader() {
        return new RippleReader();
    }

    @Override
    protected Path writeValid(Path into) throws Exception {
        Files.createDirectories(into);
        Path rpl = into.resolve("valid.rpl");
        RippleWriter.write(TestImages.random(6, 5, 40, 30, 7), rpl, false, null);
        return rpl;
    }

    @Override
    protected int hotBytes() {
        return 400; // the header is all there is to flip in the .rpl
    }

    @Override
    protected Path writeSizeBomb(Path into) throws Exception {
        Path rpl = into.resolve("bomb.rpl");
        Files.writeString(rpl, "width 65536\nheight 65536\ndepth 2\ndata-type unsigned\ndata-length 2\n"
                + "byte-order little-endian\nrecord-by vector\nev-per-chan 10\n", StandardCharsets.ISO_8859_1);
        try (RandomAccessFile raw = new RandomAccessFile(into.resolve("bomb.raw").toFile(), "rw")) {
            raw.setLength(65536L * 65536 * 2 * 2); // 16 GiB, sparse: no disk space used
        }
        return rpl;
    }

    /** float32 data (the negative case as int16, where a negative value cannot be model data). */
    @Override
    protected Path writeWithValue(Path into, double value) throws Exception {
        boolean asFloat = Double.isNaN(value);
        Path rpl = into.resolve("value.rpl");
        Files.writeString(rpl, "width 3\nheight 2\ndepth 4\ndata-type " + (asFloat ? "float" : "signed")
                + "\ndata-length " + (asFloat ? 4 : 2) + "\nbyte-order little-endian\nrecord-by vector\n"
                + "ev-per-chan 10\n", StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(3 * 2 * 4 * (asFloat ? 4 : 2)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 24; i++) {
            double v = i == 13 ? value : i % 3;
            if (asFloat) {
                b.putFloat((float) v);
            } else {
                b.putShort((short) v);
            }
        }
        Files.write(into.resolve("value.raw"), b.array());
        return rpl;
    }
}
