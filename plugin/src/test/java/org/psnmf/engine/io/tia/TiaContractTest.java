package org.psnmf.engine.io.tia;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.psnmf.engine.io.ExpectedFormats;
import org.psnmf.engine.io.ReaderContract;
import org.psnmf.engine.io.SpectrumImageReader;

/**
 * The reader contract for FEI TIA, on the 5 x 5 x 4000 spectrum image: the .emi is read, its _1.ser damaged.
 * Header layout used by the hostile cases (series version 0x0220): number of dimensions at byte 30, first dimension
 * size at 34; each spectrum element has its value type at +20, its channel count at +22 and its values from +26.
 */
class TiaContractTest extends ReaderContract {

    private static final String EMI = "16x16-spectrum_image_5x5x4000-not_square.emi";
    private static final String SER = "16x16-spectrum_image_5x5x4000-not_square_1.ser";

    @Override
    protected SpectrumImageReader reader() {
        return new TiaReader();
    }

    @Override
    protected Path writeValid(Path into) throws Exception {
        Files.createDirectories(into);
        Files.copy(ExpectedFormats.sample(SER), into.resolve("valid_1.ser"));
        return Files.copy(ExpectedFormats.sample(EMI), into.resolve("valid.emi"));
    }

    @Override
    protected Path fuzzTarget(Path main) {
        return main.resolveSibling("valid_1.ser");
    }

    @Override
    protected int hotBytes() {
        return 1024;
    }

    private static ByteBuffer ser() throws Exception {
        return ByteBuffer.wrap(Files.readAllBytes(ExpectedFormats.sample(SER))).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static long offset(ByteBuffer b, int element) {
        return b.getLong((int) b.getLong(22) + 8 * element);
    }

    /** A line profile of 25 000 points of 65 536 channels: its row buffer alone needs 6.5 GB. */
    @Override
    protected Path writeSizeBomb(Path into) throws Exception {
        ByteBuffer b = ser();
        int points = (b.capacity() - (int) b.getLong(22)) / 16 - 100; // both offset tables still fit in the file
        b.putInt(14, points).putInt(18, points).putInt(30, 1).putInt(34, points);
        b.putInt((int) offset(b, 0) + 22, 65536);
        Files.createDirectories(into);
        return Files.write(into.resolve("bomb_1.ser"), b.array());
    }

    /** Every spectrum as int32 (NaN: float32), the first value of the first spectrum set to {@code value}. */
    @Override
    protected Path writeWithValue(Path into, double value) throws Exception {
        ByteBuffer b = ser();
        for (int e = 0; e < 25; e++) {
            b.putShort((int) offset(b, e) + 20, (short) (Double.isNaN(value) ? 7 : 6));
        }
        int at = (int) offset(b, 0) + 26;
        if (Double.isNaN(value)) {
            b.putFloat(at, Float.NaN);
        } else {
            b.putInt(at, (int) value);
        }
        return Files.write(into.resolve("value_1.ser"), b.array());
    }
}
