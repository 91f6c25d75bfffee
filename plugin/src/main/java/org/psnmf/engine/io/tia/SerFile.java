package org.psnmf.engine.io.tia;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.psnmf.engine.io.SpectrumFileException;

/**
 * A FEI/Thermo Fisher TIA series file ({@code .ser}, little endian), after the published description of the format
 * (Dr Chris Boothroyd, "TIA SER file format") as RosettaSciIO reads it.
 *
 * <p>Header: uint16 byte order {@code 0x4949}, uint16 series id {@code 0x0197}, uint16 series version (0x0210 or
 * 0x0220; from 0x0220 on the offset-array position is 64-bit), uint32 data type ({@code 0x4120} 1-D spectra,
 * {@code 0x4122} 2-D images), uint32 tag type ({@code 0x4152} time, {@code 0x4142} time and x/y position), uint32
 * total and valid number of elements, the offset-array position, uint32 number of dimensions; then per dimension
 * uint32 size, float64 calibration offset and delta, uint32 calibration element, a length-prefixed description and
 * a length-prefixed unit (e.g. "meters"). At the offset-array position: the total number of data offsets, then as
 * many tag offsets (uint32 or uint64 each). A spectrum element: float64 calibration offset and delta, uint32
 * calibration element (the channel at the offset), uint16 value type (1..6 uint8, uint16, uint32, int8, int16, int32;
 * 7, 8 float32, float64; 9, 10 complex), uint32 number of channels, the values. A position tag: uint16 tag type,
 * uint16, uint32 time, float64 x and y (m).
 *
 * <p>Every offset and size is checked against the file size before use.
 */
final class SerFile implements AutoCloseable {

    static final int SPECTRA = 0x4120;
    static final int IMAGES = 0x4122;
    private static final int XY_TAG = 0x4142;

    /** One dimension of the series (the scan). */
    record Dimension(long size, double offset, double delta, String units) {
    }

    private final Path file;
    private final FileChannel ch;
    private final long fileSize;
    final int dataType;
    final long total;
    final long valid;
    final Dimension[] dims;
    private final long[] dataOffsets;
    private final long[] tagOffsets;
    private final int tagType;

    private SerFile(Path file, FileChannel ch, int dataType, int tagType, long total, long valid, Dimension[] dims,
            long[] dataOffsets, long[] tagOffsets) throws IOException {
        this.file = file;
        this.ch = ch;
        this.fileSize = ch.size();
        this.dataType = dataType;
        this.tagType = tagType;
        this.total = total;
        this.valid = valid;
        this.dims = dims;
        this.dataOffsets = dataOffsets;
        this.tagOffsets = tagOffsets;
    }

    static boolean looksLikeSer(byte[] head) {
        return head.length >= 4 && (head[0] & 0xFF) == 0x49 && (head[1] & 0xFF) == 0x49 && (head[2] & 0xFF) == 0x97
                && (head[3] & 0xFF) == 0x01;
    }

    static SerFile open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return parse(file, ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static SerFile parse(Path file, FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer h = read(ch, 0, (int) Math.min(size, 34), file, "the .ser header");
        if (h.remaining() < 30 || (h.getShort(0) & 0xFFFF) != 0x4949 || (h.getShort(2) & 0xFFFF) != 0x0197) {
            throw new SpectrumFileException(file, "is not a TIA series file (wrong byte-order or series id).");
        }
        int version = h.getShort(4) & 0xFFFF;
        int dataType = h.getInt(6);
        int tagType = h.getInt(10);
        long total = Integer.toUnsignedLong(h.getInt(14));
        long valid = Integer.toUnsignedLong(h.getInt(18));
        boolean wide = version > 0x0210;
        if (wide && h.remaining() < 34) {
            throw new SpectrumFileException(file, "the .ser header is truncated.");
        }
        long offsetArray = wide ? h.getLong(22) : Integer.toUnsignedLong(h.getInt(22));
        long ndim = Integer.toUnsignedLong(h.getInt(wide ? 30 : 26));
        if (valid > total || ndim > 8) {
            throw new SpectrumFileException(file, "the .ser header is damaged (" + valid + " valid of " + total
                    + " elements, " + ndim + " dimensions).");
        }
        int entry = wide ? 8 : 4;
        // both offset arrays must lie inside the file: this bounds 'total' by the file size before any allocation
        if (offsetArray < 0 || total > (size - Math.min(size, Math.max(0, offsetArray))) / (2L * entry)) {
            throw new SpectrumFileException(file, "declares " + total + " elements whose offset tables at byte "
                    + offsetArray + " do not fit in the file of " + size + " bytes (truncated or damaged).");
        }
        long pos = wide ? 34 : 30;
        Dimension[] dims = new Dimension[(int) ndim];
        for (int d = 0; d < ndim; d++) {
            ByteBuffer b = read(ch, pos, 28, file, "dimension " + (d + 1) + " of the .ser header");
            long dsize = Integer.toUnsignedLong(b.getInt(0));
            double off = b.getDouble(4);
            double delta = b.getDouble(12);
            long descLen = Integer.toUnsignedLong(b.getInt(24));
            pos += 28 + descLen;
            ByteBuffer u = read(ch, pos, 4, file, "dimension " + (d + 1) + " of the .ser header");
            long unitLen = Integer.toUnsignedLong(u.getInt(0));
            if (unitLen > 4096 || pos + 4 + unitLen > size) {
                throw new SpectrumFileException(file, "dimension " + (d + 1) + " of the .ser header is damaged.");
            }
            ByteBuffer ub = read(ch, pos + 4, (int) unitLen, file, "dimension " + (d + 1) + " of the .ser header");
            byte[] units = new byte[(int) unitLen];
            ub.get(units);
            pos += 4 + unitLen;
            dims[d] = new Dimension(dsize, off, delta, new String(units, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .trim());
        }
        ByteBuffer arrays = read(ch, offsetArray, Math.toIntExact(2 * total * entry), file, "the .ser offset tables");
        long[] data = new long[(int) total];
        long[] tags = new long[(int) total];
        for (int i = 0; i < total; i++) {
            data[i] = wide ? arrays.getLong() : Integer.toUnsignedLong(arrays.getInt());
        }
        for (int i = 0; i < total; i++) {
            tags[i] = wide ? arrays.getLong() : Integer.toUnsignedLong(arrays.getInt());
        }
        return new SerFile(file, ch, dataType, tagType, total, valid, dims, data, tags);
    }

    /** The calibration and layout of one spectrum element. */
    record SpectrumHeader(double offset, double delta, long calibrationElement, int valueType, int channels) {
    }

    SpectrumHeader spectrumHeader(int element) throws IOException {
        long off = dataOffset(element);
        ByteBuffer b = read(ch, off, 26, file, "spectrum " + element);
        long n = Integer.toUnsignedLong(b.getInt(22));
        int type = b.getShort(20) & 0xFFFF;
        if (n < 1 || n > 65536) {
            throw new SpectrumFileException(file, "spectrum " + element + " declares " + n
                    + " channels (expected 1 to 65536).");
        }
        if (type < 1 || type > 10) {
            throw new SpectrumFileException(file, "spectrum " + element + " has the unknown value type " + type
                    + ".");
        }
        return new SpectrumHeader(b.getDouble(0), b.getDouble(8), Integer.toUnsignedLong(b.getInt(16)), type, (int) n);
    }

    /** @return bytes per value of a value type (complex types count both parts) */
    static int valueBytes(int type) {
        return switch (type) {
            case 1, 4 -> 1;
            case 2, 5 -> 2;
            case 3, 6, 7 -> 4;
            case 8, 9 -> 8;
            default -> 16;
        };
    }

    /** Reads the values of spectrum {@code element} (of the given layout) into {@code out}. */
    ByteBuffer spectrumValues(int element, SpectrumHeader layout) throws IOException {
        long bytes = (long) layout.channels() * valueBytes(layout.valueType());
        return read(ch, dataOffset(element) + 26, (int) bytes, file, "spectrum " + element);
    }

    /** @return the x/y position tag (m) of an element, or null if the series has no position tags */
    double[] position(int element) throws IOException {
        if (tagType != XY_TAG) {
            return null;
        }
        long off = tagOffsets[element];
        ByteBuffer b = read(ch, off, 24, file, "the position tag of element " + element);
        return new double[] { b.getDouble(8), b.getDouble(16) };
    }

    private long dataOffset(int element) throws SpectrumFileException {
        long off = dataOffsets[element];
        if (off < 0 || off + 26 > fileSize) {
            throw new SpectrumFileException(file, "element " + element + " lies at byte " + off
                    + ", outside the file of " + fileSize + " bytes (truncated or damaged).");
        }
        return off;
    }

    private static ByteBuffer read(FileChannel ch, long pos, int n, Path file, String what) throws IOException {
        if (pos < 0 || n < 0 || pos + n > ch.size()) {
            throw new SpectrumFileException(file, what + " is truncated or lies outside the file (bytes " + pos
                    + " to " + (pos + (long) n) + " of " + ch.size() + ").");
        }
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        long p = pos;
        while (b.hasRemaining()) {
            int k = ch.read(b, p);
            if (k < 0) {
                throw new SpectrumFileException(file, what + " is truncated.");
            }
            p += k;
        }
        return b.flip();
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
