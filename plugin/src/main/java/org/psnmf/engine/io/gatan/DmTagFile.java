package org.psnmf.engine.io.gatan;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.psnmf.engine.io.SpectrumFileException;

/**
 * The tag tree of a Gatan DigitalMicrograph {@code .dm3} / {@code .dm4} file, following the community description of
 * the format (C. Boothroyd; also implemented by several open-source readers).
 *
 * <p>Layout: a big-endian header (uint32 version 3 or 4; file size, 4 bytes in DM3 and 8 in DM4; uint32 byte order of
 * the data, 1 = little endian), then the root tag group: uint8 sorted, uint8 open, number of tags (4/8 bytes). Each
 * tag is uint8 kind (20 = group, 21 = data), int16 name length, the name, in DM4 an 8-byte tag size, then either a
 * nested group or a data tag: the text {@code %%%%}, the length n of the type description ("info array") and its n
 * numbers (4/8 bytes each, big endian), then the value in the data byte order. Type codes: 2 int16, 3 int32, 4 uint16,
 * 5 uint32, 6 float32, 7 float64, 8 bool, 9 int8 (char), 10 int8, 11 int64, 12 uint64, 15 struct, 18 string,
 * 20 array. Arrays of simple types are kept as {@link DmArray} references (file offset, type, length) and read only
 * when needed, so the large image data never passes through this class; uint16 arrays are also decoded as text when
 * short. Every count and size is checked against the file length, and nesting is limited.
 */
final class DmTagFile implements Closeable {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_INFO = 4096;

    private final Path file;
    private final FileChannel ch;
    private final long size;
    final int version;
    final ByteOrder dataOrder;
    final Map<String, Object> root;
    private long pos;
    private long tagsRead;

    /** A simple-typed array in the file. */
    record DmArray(long offset, int type, long length) {
        int elementBytes() {
            return bytesOf(type);
        }
    }

    private DmTagFile(Path file, FileChannel ch) throws IOException {
        this.file = file;
        this.ch = ch;
        this.size = ch.size();
        version = (int) readBig(4);
        if (version != 3 && version != 4) {
            throw new SpectrumFileException(file, "is not a DigitalMicrograph 3/4 file (version " + version + ").");
        }
        readBig(version == 4 ? 8 : 4); // file size (not trusted)
        long little = readBig(4);
        dataOrder = little == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        root = group(0, false);
    }

    static DmTagFile open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new DmTagFile(file, ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    static boolean looksLikeDm(byte[] head) {
        if (head.length < 16) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.BIG_ENDIAN);
        int v = b.getInt(0);
        if (v == 3) {
            int order = b.getInt(8);
            return order == 0 || order == 1;
        }
        if (v == 4) {
            int order = b.getInt(12);
            return order == 0 || order == 1;
        }
        return false;
    }

    private Map<String, Object> group(int depth, boolean dm4Size) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new SpectrumFileException(file, "tag groups are nested deeper than " + MAX_DEPTH + " levels.");
        }
        if (dm4Size) {
            readBig(8);
        }
        readBig(1);
        readBig(1);
        long n = readBig(version == 4 ? 8 : 4);
        if (n < 0 || n > (size - pos) / 3) {
            throw new SpectrumFileException(file, "a tag group declares " + n + " tags, more than the file holds.");
        }
        Map<String, Object> g = new LinkedHashMap<>();
        int unnamed = 0;
        for (long i = 0; i < n; i++) {
            if (++tagsRead > size) {
                throw new SpectrumFileException(file, "the tag tree does not end (damaged file?).");
            }
            int kind = (int) readBig(1);
            int nameLen = (int) readBig(2);
            String name = new String(bytes(nameLen), StandardCharsets.ISO_8859_1);
            if (name.isEmpty()) {
                name = "#" + unnamed++;
            }
            if (kind == 20) {
                g.put(name, group(depth + 1, version == 4));
            } else if (kind == 21) {
                g.put(name, data());
            } else {
                throw new SpectrumFileException(file, "unknown tag kind " + kind + " at byte " + (pos - 3 - nameLen)
                        + ".");
            }
        }
        return g;
    }

    private Object data() throws IOException {
        if (version == 4) {
            readBig(8);
        }
        byte[] delim = bytes(4);
        if (delim[0] != '%' || delim[1] != '%' || delim[2] != '%' || delim[3] != '%') {
            throw new SpectrumFileException(file, "a data tag lacks its %%%% marker at byte " + (pos - 4) + ".");
        }
        long n = readBig(version == 4 ? 8 : 4);
        if (n < 1 || n > MAX_INFO) {
            throw new SpectrumFileException(file, "a data tag has a type description of " + n + " entries.");
        }
        long[] info = new long[(int) n];
        for (int i = 0; i < n; i++) {
            info[i] = readBig(version == 4 ? 8 : 4);
        }
        int t = (int) info[0];
        if (n == 1 && bytesOf(t) > 0) {
            return simple(t);
        }
        if (t == 20 && n == 3 && bytesOf((int) info[1]) > 0) {
            int et = (int) info[1];
            long len = info[2];
            long bytes = len * bytesOf(et);
            if (len < 0 || bytes > size - pos) {
                throw new SpectrumFileException(file, "an array of " + len + " values runs past the end of the file.");
            }
            DmArray a = new DmArray(pos, et, len);
            if (et == 4 && len <= 4096) {
                char[] c = new char[(int) len];
                for (int i = 0; i < len; i++) {
                    c[i] = (char) readData(2);
                }
                return new String(c);
            }
            pos += bytes;
            return a;
        }
        // structs, strings and arrays of structs: skip over them
        long bytes = sizeOf(info, file);
        if (bytes < 0 || bytes > size - pos) {
            throw new SpectrumFileException(file, "a data tag of " + bytes + " bytes runs past the end of the file.");
        }
        pos += bytes;
        return null;
    }

    /** Byte size of the value described by {@code info}. */
    private static long sizeOf(long[] info, Path file) throws SpectrumFileException {
        int t = (int) info[0];
        if (bytesOf(t) > 0) {
            return bytesOf(t);
        }
        if (t == 18 && info.length >= 2) {
            return info[1] * 2;
        }
        if (t == 15 && info.length >= 3) {
            return structSize(info, 1, file);
        }
        if (t == 20 && info.length >= 3) {
            int et = (int) info[1];
            long len = info[info.length - 1];
            long el;
            if (bytesOf(et) > 0) {
                el = bytesOf(et);
            } else if (et == 15) {
                el = structSize(info, 2, file);
            } else if (et == 18) {
                el = info[2] * 2;
            } else {
                throw new SpectrumFileException(file, "unsupported nested array type " + et + ".");
            }
            if (len < 0 || el < 0 || (el > 0 && len > Long.MAX_VALUE / el)) {
                throw new SpectrumFileException(file, "an array size is implausible.");
            }
            return len * el;
        }
        throw new SpectrumFileException(file, "unsupported tag type " + t + ".");
    }

    /** Struct description at {@code i}: name length, field count, then (name length, type) per field. */
    private static long structSize(long[] info, int i, Path file) throws SpectrumFileException {
        if (i + 1 >= info.length) {
            throw new SpectrumFileException(file, "a struct description is truncated.");
        }
        long fields = info[i + 1];
        if (fields < 0 || i + 2 + 2 * fields > info.length) {
            throw new SpectrumFileException(file, "a struct description is truncated.");
        }
        long s = 0;
        for (int k = 0; k < fields; k++) {
            int ft = (int) info[i + 3 + 2 * k];
            if (bytesOf(ft) <= 0) {
                throw new SpectrumFileException(file, "a struct field has the unsupported type " + ft + ".");
            }
            s += bytesOf(ft);
        }
        return s;
    }

    static int bytesOf(int t) {
        return switch (t) {
            case 2, 4 -> 2;
            case 3, 5, 6 -> 4;
            case 7, 11, 12 -> 8;
            case 8, 9, 10 -> 1;
            default -> -1;
        };
    }

    private Object simple(int t) throws IOException {
        long raw = readData(bytesOf(t));
        return switch (t) {
            case 2 -> (double) (short) raw;
            case 3 -> (double) (int) raw;
            case 4, 5, 8, 10 -> t == 10 ? (double) (byte) raw : (double) raw;
            case 9 -> (double) (byte) raw;
            case 6 -> (double) Float.intBitsToFloat((int) raw);
            case 7 -> Double.longBitsToDouble(raw);
            case 11 -> (double) raw;
            case 12 -> raw < 0 ? Math.pow(2, 64) + raw : (double) raw;
            default -> null;
        };
    }

    private long readBig(int n) throws IOException {
        byte[] b = bytes(n);
        long v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xFF);
        }
        return v;
    }

    private long readData(int n) throws IOException {
        byte[] b = bytes(n);
        long v = 0;
        if (dataOrder == ByteOrder.LITTLE_ENDIAN) {
            for (int i = n - 1; i >= 0; i--) {
                v = (v << 8) | (b[i] & 0xFF);
            }
        } else {
            for (byte x : b) {
                v = (v << 8) | (x & 0xFF);
            }
        }
        return v;
    }

    private byte[] bytes(int n) throws IOException {
        if (n < 0 || pos + n > size) {
            throw new SpectrumFileException(file, "is truncated (needs byte " + (pos + n) + " of " + size + ").");
        }
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                throw new SpectrumFileException(file, "is truncated.");
            }
        }
        pos += n;
        return b.array();
    }

    /**
     * Reads {@code count} values of an array starting at element {@code first}, converted to double.
     *
     * @param out receives the values; length at least count
     */
    void readValues(DmArray a, long first, int count, double[] out) throws IOException {
        int eb = a.elementBytes();
        if (first < 0 || count < 0 || first + count > a.length()) {
            throw new IllegalArgumentException("range outside the array");
        }
        ByteBuffer b = ByteBuffer.allocate(count * eb).order(dataOrder);
        long at = a.offset() + first * eb;
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                throw new SpectrumFileException(file, "image data is truncated.");
            }
        }
        b.flip();
        for (int i = 0; i < count; i++) {
            out[i] = switch (a.type()) {
                case 2 -> b.getShort();
                case 4 -> b.getShort() & 0xFFFF;
                case 3 -> b.getInt();
                case 5 -> b.getInt() & 0xFFFFFFFFL;
                case 6 -> b.getFloat();
                case 7 -> b.getDouble();
                case 8, 10 -> b.get();
                case 9 -> b.get();
                case 11 -> b.getLong();
                case 12 -> {
                    long v = b.getLong();
                    yield v < 0 ? Math.pow(2, 64) + v : v;
                }
                default -> Double.NaN;
            };
        }
    }

    /** @return the value at a path of tag names (use "#0", "#1" ... for unnamed entries), or null */
    static Object at(Map<String, Object> g, String... path) {
        Object cur = g;
        for (String k : path) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(k);
        }
        return cur;
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
