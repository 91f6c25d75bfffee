package org.psnmf.engine.io.ripple;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.DenseSpectrumImage;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.MemoryBudget;
import org.psnmf.engine.io.ReadErrors;
import org.psnmf.engine.io.RowBlocks;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.SpectrumImageHeader;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.progress.Progress;

/**
 * Reads a Lispix RIPPLE spectrum image: the text header {@code NAME.rpl} and the binary cube {@code NAME.raw} beside
 * it.
 *
 * <p><b>Layout.</b> {@code data-type} signed/unsigned/float with {@code data-length} 1, 2, 4, 8 bytes (float: 4 or 8),
 * {@code byte-order} little-endian/big-endian/dont-care (dont-care = little-endian, the byte order of the PCs HyperSpy
 * writes on), {@code record-by} vector (channels vary fastest: {@code [y][x][c]}), image (planes:
 * {@code [c][y][x]}) or dont-care (only for 1 channel, or for a single 1 x 1 spectrum). The data start
 * {@code offset} bytes into the .raw file (the RIPPLE {@code offset} key is a byte offset, not an energy).
 *
 * <p><b>Energy axis.</b> Scale from {@code depth-scale} in {@code depth-units} (keV or eV) if present, else
 * {@code ev-per-chan} (eV); offset from {@code depth-origin} (same units), else 0 — the same precedence as HyperSpy.
 * Without {@code depth-units}, a {@code depth-scale} of 1 or more is taken as eV and a smaller one as keV (no EDX
 * detector has 1 keV channels). A header with neither key is rejected.
 *
 * <p><b>Metadata.</b> {@code beam-energy} (kV), {@code live-time} (s per pixel, HyperSpy's EDS {@code live_time}),
 * {@code detector-peak-width-ev} (or the older {@code energy-resolution}) = FWHM at Mn Kα, {@code elevation-angle}
 * = take-off angle (degrees; exact for an untilted specimen), {@code width-scale}/{@code width-units} = pixel size,
 * {@code title}. All keys are available through
 * {@link #originalMetadata(Path)}.
 *
 * <p><b>Values.</b> Integer data, and float data whose values are all non-negative integers, become
 * {@link SparseSpectrumImage} counts; negative integers, NaN or infinity are errors. Float data with non-integer or
 * negative values are model data and read into a {@link DenseSpectrumImage} (memory-hungry: 8 bytes per value).
 *
 * <p><b>Streaming.</b> The .raw file is read in blocks of rows (about 32 MiB) by {@link RowBlocks#threads()} threads
 * with positional reads; each row is converted to sparse form at once, so the dense cube never exists in memory.
 */
public final class RippleReader implements SpectrumImageReader {

    private static final Pattern HEADER_KEY = Pattern.compile(
            "(?m)^[ \\t]*(width|height|depth|data-type|data-length|record-by|byte-order)[ \\t]", Pattern.CASE_INSENSITIVE);
    private static final int BLOCK_BYTES = 32 << 20;

    @Override
    public String formatName() {
        return "RIPPLE";
    }

    @Override
    public List<String> extensions() {
        return List.of("rpl");
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false; // binary, not a text header
            }
        }
        Matcher m = HEADER_KEY.matcher(new String(head, StandardCharsets.ISO_8859_1));
        java.util.Set<String> keys = new java.util.HashSet<>();
        while (m.find()) {
            keys.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return keys.size() >= 2;
    }

    /** Static entry point: reads {@code rpl} and its .raw file. */
    public static SpectrumImage readFile(Path rpl, Progress progress) throws IOException {
        return new RippleReader().read(rpl, progress);
    }

    /** @return the header keys and values as written in the file, plus {@code dtype} (numpy name) if valid */
    @Override
    public Map<String, String> originalMetadata(Path rpl) throws IOException {
        RippleHeader h = RippleHeader.read(rpl);
        Map<String, String> m = new LinkedHashMap<>(h.values());
        m.put("dtype", Layout.of(rpl, h).kind.dtype());
        return m;
    }

    /**
     * Integer data types are counts by their header alone; float data become counts only if every value is a
     * non-negative integer, which needs the data, so float files give no header.
     */
    @Override
    public java.util.Optional<SpectrumImageHeader> readHeader(Path rpl) throws IOException {
        RippleHeader h = RippleHeader.read(rpl);
        Layout layout = Layout.of(rpl, h);
        if (layout.kind.isFloat()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SpectrumImageHeader(layout.width, layout.height, energyAxis(rpl, h,
                layout.depth), info(rpl, h), true));
    }

    @Override
    public SpectrumImage read(Path rpl, Progress progress) throws IOException {
        return ReadErrors.guard(rpl, () -> readGuarded(rpl, progress));
    }

    private static SpectrumImage readGuarded(Path rpl, Progress progress) throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        RippleHeader h = RippleHeader.read(rpl);
        Layout layout = Layout.of(rpl, h);
        Path raw = rawFileOf(rpl);
        long expected = layout.offset + layout.dataBytes();
        long actual = Files.size(raw);
        if (actual < expected) {
            throw new SpectrumFileException(raw, "is truncated: the header of '" + rpl.getFileName() + "' describes "
                    + layout.describe() + " = " + expected + " bytes, but the file has " + actual + " bytes.");
        }
        if (actual > expected) {
            throw new SpectrumFileException(raw, "has " + actual + " bytes but the header of '" + rpl.getFileName()
                    + "' describes " + layout.describe() + " = " + expected + " bytes (header and file do not match).");
        }
        EnergyAxis axis = energyAxis(rpl, h, layout.depth);
        AcquisitionInfo info = info(rpl, h);
        MemoryBudget.require(rpl, countsBytes(rpl, layout), layout.describe() + " as sparse counts");
        try (FileChannel ch = FileChannel.open(raw, StandardOpenOption.READ)) {
            if (layout.kind.isFloat()) {
                try {
                    return readCounts(ch, raw, layout, axis, info, p);
                } catch (NotCountsException e) {
                    return readDense(ch, raw, layout, axis, info, p);
                }
            }
            return readCounts(ch, raw, layout, axis, info, p);
        }
    }

    /** @return the .raw file beside {@code rpl} (same base name, extension raw in any case) */
    public static Path rawFileOf(Path rpl) throws SpectrumFileException {
        String name = rpl.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path dir = rpl.toAbsolutePath().getParent();
        for (String ext : new String[] {".raw", ".RAW", ".Raw"}) {
            Path raw = dir.resolve(base + ext);
            if (Files.isRegularFile(raw)) {
                return raw;
            }
        }
        throw new SpectrumFileException(rpl, "its data file '" + base + ".raw' is missing (a RIPPLE header needs the "
                + ".raw file with the same name in the same folder).");
    }

    // ---------------------------------------------------------------------------------------------- layout

    /** The validated geometry and element type described by a header. */
    static final class Layout {
        final int width;
        final int height;
        final int depth;
        final long offset;
        final RawDataType kind;
        final ByteOrder order;
        final boolean byImage;

        private Layout(int width, int height, int depth, long offset, RawDataType kind, ByteOrder order, boolean byImage,
                long dataBytes) {
            this.dataBytes = dataBytes;
            this.width = width;
            this.height = height;
            this.depth = depth;
            this.offset = offset;
            this.kind = kind;
            this.order = order;
            this.byImage = byImage;
        }

        /** Bytes of the data, checked against overflow when the layout is made. */
        final long dataBytes;

        long dataBytes() {
            return dataBytes;
        }

        String describe() {
            return width + " x " + height + " x " + depth + " " + kind.dtype() + " values"
                    + (offset > 0 ? " after " + offset + " header bytes" : "");
        }

        static Layout of(Path rpl, RippleHeader h) throws SpectrumFileException {
            int width = size(rpl, h, "width");
            int height = size(rpl, h, "height");
            int depth = size(rpl, h, "depth");
            if (depth > 65536) {
                throw new SpectrumFileException(rpl, "depth " + depth + " exceeds the 65536 energy channels supported.");
            }
            long offset = h.integer("offset", 0L);
            if (offset < 0) {
                throw new SpectrumFileException(rpl, "header key 'offset' (byte offset of the data in the .raw file) "
                        + "must be >= 0, got " + offset + ".");
            }
            String type = h.requiredString("data-type", "signed, unsigned or float");
            long length = h.integer("data-length", null);
            RawDataType kind = kind(rpl, type, length);
            String bo = h.string("byte-order", "dont-care").toLowerCase(Locale.ROOT);
            ByteOrder order = switch (bo) {
                case "little-endian", "dont-care", "" -> ByteOrder.LITTLE_ENDIAN;
                case "big-endian" -> ByteOrder.BIG_ENDIAN;
                default -> throw new SpectrumFileException(rpl, "byte-order '" + bo
                        + "' is not valid (expected little-endian, big-endian or dont-care).");
            };
            String rb = h.string("record-by", "vector").toLowerCase(Locale.ROOT);
            boolean byImage;
            switch (rb) {
                case "vector", "" -> byImage = false;
                case "image" -> byImage = true;
                case "dont-care" -> {
                    if (depth > 1 && (long) width * height > 1) {
                        throw new SpectrumFileException(rpl, "record-by 'dont-care' is ambiguous for " + width + " x "
                                + height + " pixels x " + depth + " channels (use vector or image).");
                    }
                    byImage = false;
                }
                default -> throw new SpectrumFileException(rpl, "record-by '" + rb
                        + "' is not valid (expected vector, image or dont-care).");
            }
            if ((long) width * depth * kind.bytes() > Integer.MAX_VALUE - 8) {
                throw new SpectrumFileException(rpl, "one image row (" + width + " pixels x " + depth
                        + " channels x " + kind.bytes() + " bytes) exceeds 2 GiB, which is not supported.");
            }
            long dataBytes = MemoryBudget.product(rpl, width + " x " + height + " x " + depth + " " + kind.dtype()
                    + " values", width, height, depth, kind.bytes());
            MemoryBudget.sum(rpl, "the data after " + offset + " header bytes", offset, dataBytes);
            return new Layout(width, height, depth, offset, kind, order, byImage, dataBytes);
        }

        private static int size(Path rpl, RippleHeader h, String key) throws SpectrumFileException {
            long v = h.integer(key, null);
            if (v < 1 || v > Integer.MAX_VALUE) {
                throw new SpectrumFileException(rpl, "header key '" + key + "' must be a positive integer, got " + v
                        + ".");
            }
            return (int) v;
        }

        private static RawDataType kind(Path rpl, String type, long length) throws SpectrumFileException {
            switch (type) {
                case "signed", "unsigned" -> {
                    boolean s = type.equals("signed");
                    if (length == 1) {
                        return s ? RawDataType.INT8 : RawDataType.UINT8;
                    } else if (length == 2) {
                        return s ? RawDataType.INT16 : RawDataType.UINT16;
                    } else if (length == 4) {
                        return s ? RawDataType.INT32 : RawDataType.UINT32;
                    } else if (length == 8) {
                        return s ? RawDataType.INT64 : RawDataType.UINT64;
                    }
                    throw new SpectrumFileException(rpl, "data-length " + length + " is not valid for data-type '" + type
                            + "' (expected 1, 2, 4 or 8).");
                }
                case "float" -> {
                    if (length == 4) {
                        return RawDataType.FLOAT32;
                    } else if (length == 8) {
                        return RawDataType.FLOAT64;
                    }
                    throw new SpectrumFileException(rpl, "data-length " + length
                            + " is not valid for data-type 'float' (expected 4 or 8).");
                }
                default -> throw new SpectrumFileException(rpl, "data-type '" + type
                        + "' is not supported (expected signed, unsigned or float).");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- metadata

    static EnergyAxis energyAxis(Path rpl, RippleHeader h, int channels) throws SpectrumFileException {
        double scale = h.number("depth-scale");
        double origin = h.number("depth-origin");
        String units = h.string("depth-units", "").strip();
        double toKeV;
        if (units.equalsIgnoreCase("kev")) {
            toKeV = 1;
        } else if (units.equalsIgnoreCase("ev")) {
            toKeV = 1e-3;
        } else if (!Double.isNaN(scale)) {
            // no usable unit: an EDX channel is 1-40 eV wide, so a scale >= 1 can only be eV
            toKeV = Math.abs(scale) >= 1 ? 1e-3 : 1;
        } else {
            toKeV = 1e-3; // ev-per-chan only: origin (if any) in eV as well
        }
        double scaleKeV;
        if (!Double.isNaN(scale)) {
            scaleKeV = scale * toKeV;
        } else {
            double ev = h.number("ev-per-chan");
            if (Double.isNaN(ev)) {
                throw new SpectrumFileException(rpl, "header has no energy calibration: add 'ev-per-chan<TAB>10' (eV "
                        + "per channel) or 'depth-scale' with 'depth-units'.");
            }
            scaleKeV = ev * 1e-3;
        }
        if (!(scaleKeV > 0)) {
            throw new SpectrumFileException(rpl, "energy scale must be positive, got " + scaleKeV + " keV per channel "
                    + "(check depth-scale / ev-per-chan).");
        }
        double offsetKeV = Double.isNaN(origin) ? 0 : origin * toKeV;
        return new EnergyAxis(channels, offsetKeV, scaleKeV);
    }

    static AcquisitionInfo info(Path rpl, RippleHeader h) throws SpectrumFileException {
        double res = h.number("detector-peak-width-ev");
        if (Double.isNaN(res)) {
            res = h.number("energy-resolution");
        }
        double pixel = h.number("width-scale");
        String pixelUnits = h.string("width-units", "");
        if ("<undefined>".equals(pixelUnits)) {
            pixelUnits = "";
        }
        return new AcquisitionInfo(h.number("beam-energy"), h.number("live-time"), res, h.number("elevation-angle"),
                pixel, Double.isNaN(pixel) ? "" : pixelUnits, List.of(), h.string("title", ""),
                rpl.toAbsolutePath().toString());
    }

    // ---------------------------------------------------------------------------------------------- data

    /** Thrown internally when float data turn out not to be counts: the file is then read as model data. */
    private static final class NotCountsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCountsException() {
            super(null, null, false, false);
        }
    }

    private static final class Scratch {
        ByteBuffer buf;
        char[] ch;
        int[] cnt;
        short[] shorts;
    }

    /**
     * @return what reading counts certainly allocates: the row pointers of the sparse result and, per worker thread,
     *         one block buffer, its uint16 copy and one row of sparse scratch (6 bytes per value); the non-zeros are
     *         projected while reading ({@link MemoryBudget.Projection})
     */
    private static long countsBytes(Path rpl, Layout l) throws SpectrumFileException {
        String what = l.describe();
        long rowValues = MemoryBudget.product(rpl, what, l.width, l.depth);
        long blockValues = MemoryBudget.product(rpl, what, blockRows(l), rowValues);
        long perThread = MemoryBudget.sum(rpl, what, MemoryBudget.product(rpl, what, blockValues, l.kind.bytes()),
                MemoryBudget.product(rpl, what, blockValues, 2), MemoryBudget.product(rpl, what, rowValues, 6));
        int threads = Math.min(RowBlocks.threads(), (l.height + blockRows(l) - 1) / blockRows(l));
        return MemoryBudget.sum(rpl, what, MemoryBudget.sparseImageBytes(rpl, l.width, l.height, 0),
                MemoryBudget.product(rpl, what, threads, perThread));
    }

    private static int blockRows(Layout l) {
        long rowBytes = (long) l.width * l.depth * l.kind.bytes();
        return (int) Math.max(1, Math.min(l.height, BLOCK_BYTES / Math.max(1, rowBytes)));
    }

    /** Reads rows [y0, y1) into {@code buf} (index layout: see {@link #index}). */
    private static ByteBuffer readBlock(FileChannel ch, Path raw, Layout l, int y0, int y1, Scratch s)
            throws IOException {
        int rows = y1 - y0;
        int need = rows * l.width * l.depth * l.kind.bytes();
        if (s.buf == null || s.buf.capacity() < need) {
            s.buf = ByteBuffer.allocate(need).order(l.order);
        }
        ByteBuffer b = s.buf;
        b.clear();
        if (!l.byImage) {
            long pos = l.offset + (long) y0 * l.width * l.depth * l.kind.bytes();
            b.limit(need);
            readFully(ch, raw, b, pos);
        } else {
            int plane = rows * l.width * l.kind.bytes();
            for (int c = 0; c < l.depth; c++) {
                long pos = l.offset + ((long) c * l.height + y0) * l.width * l.kind.bytes();
                b.limit((c + 1) * plane);
                b.position(c * plane);
                readFully(ch, raw, b, pos);
            }
        }
        b.clear();
        return b;
    }

    private static void readFully(FileChannel ch, Path raw, ByteBuffer b, long pos) throws IOException {
        while (b.hasRemaining()) {
            int n = ch.read(b, pos);
            if (n < 0) {
                throw new SpectrumFileException(raw, "ended early at byte " + pos + " (file truncated while reading).",
                        new EOFException());
            }
            pos += n;
        }
    }

    /** Element index in a block buffer of pixel (x, row yy of the block), channel 0; channel c adds c * step. */
    private static int start(Layout l, int rows, int yy, int x) {
        return l.byImage ? yy * l.width + x : (yy * l.width + x) * l.depth;
    }

    private static int step(Layout l, int rows) {
        return l.byImage ? rows * l.width : 1;
    }

    private static SparseSpectrumImage readCounts(FileChannel fc, Path raw, Layout l, EnergyAxis axis,
            AcquisitionInfo info, Progress p) throws IOException {
        SparseSpectrumImage.Builder builder = new SparseSpectrumImage.Builder(l.width, l.height, axis, info);
        MemoryBudget.Projection nnz = new MemoryBudget.Projection(raw, "the counts of " + l.describe(),
                MemoryBudget.SPARSE_BYTES_PER_NONZERO);
        AtomicInteger rowsDone = new AtomicInteger();
        try {
            RowBlocks.run(l.height, blockRows(l), Scratch::new, p, "Reading " + raw.getFileName(), (y0, y1, s) -> {
                readCountBlock(fc, raw, l, builder, y0, y1, s, nnz);
                nnz.check(rowsDone.addAndGet(y1 - y0) / (double) l.height);
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        return builder.build();
    }

    /** Reads rows [y0, y1) as counts into {@code builder}, adding their non-zeros to {@code nnz}. */
    private static void readCountBlock(FileChannel fc, Path raw, Layout l, SparseSpectrumImage.Builder builder, int y0,
            int y1, Scratch s, MemoryBudget.Projection nnz) throws IOException {
        int w = l.width;
        int d = l.depth;
        RawDataType kind = l.kind;
        ByteBuffer b = readBlock(fc, raw, l, y0, y1, s);
        int rows = y1 - y0;
        int step = step(l, rows);
        if (s.ch == null) {
            s.ch = new char[w * d];
            s.cnt = new int[w * d];
        }
        char[] chs = s.ch;
        int[] cnt = s.cnt;
        if (kind == RawDataType.UINT16 && !l.byImage) {
            // fast path for the common case (HyperSpy/our default): bulk-decode, then scan
            int total = rows * w * d;
            if (s.shorts == null || s.shorts.length < total) {
                s.shorts = new short[total];
            }
            short[] v16 = s.shorts;
            b.asShortBuffer().get(v16, 0, total);
            for (int yy = 0, idx = 0; yy < rows; yy++) {
                int[] ptr = new int[w + 1];
                int n = 0;
                for (int x = 0; x < w; x++) {
                    for (int c = 0; c < d; c++, idx++) {
                        short v = v16[idx];
                        if (v != 0) {
                            chs[n] = (char) c;
                            cnt[n++] = v & 0xFFFF;
                        }
                    }
                    ptr[x + 1] = n;
                }
                builder.setRowSparse(y0 + yy, ptr, Arrays.copyOf(chs, n), Arrays.copyOf(cnt, n));
                nnz.add(n);
            }
            return;
        }
        for (int yy = 0; yy < rows; yy++) {
            int[] ptr = new int[w + 1];
            int n = 0;
            for (int x = 0; x < w; x++) {
                int idx = start(l, rows, yy, x);
                for (int c = 0; c < d; c++, idx += step) {
                    int v = countAt(b, idx * kind.bytes(), kind, raw, x, y0 + yy, c);
                    if (v != 0) {
                        chs[n] = (char) c;
                        cnt[n++] = v;
                    }
                }
                ptr[x + 1] = n;
            }
            builder.setRowSparse(y0 + yy, ptr, Arrays.copyOf(chs, n), Arrays.copyOf(cnt, n));
            nnz.add(n);
        }
    }

    /** @return the count at byte index {@code i}, validated */
    private static int countAt(ByteBuffer b, int i, RawDataType kind, Path raw, int x, int y, int c)
            throws SpectrumFileException {
        long v;
        switch (kind) {
            case UINT16:
                return b.getShort(i) & 0xFFFF;
            case UINT8:
                return b.get(i) & 0xFF;
            case INT8:
                v = b.get(i);
                break;
            case INT16:
                v = b.getShort(i);
                break;
            case INT32:
                v = b.getInt(i);
                break;
            case UINT32:
                v = b.getInt(i) & 0xFFFFFFFFL;
                break;
            case INT64:
                v = b.getLong(i);
                break;
            case UINT64:
                v = b.getLong(i);
                if (v < 0) {
                    throw tooLarge(raw, x, y, c, Long.toUnsignedString(v));
                }
                break;
            case FLOAT32:
            case FLOAT64: {
                double f = kind == RawDataType.FLOAT32 ? b.getFloat(i) : b.getDouble(i);
                if (!Double.isFinite(f)) {
                    throw new SpectrumFileException(raw, "value " + f + " at x=" + x + ", y=" + y + ", channel " + c
                            + " is not a finite number.");
                }
                if (f < 0 || f != Math.rint(f)) {
                    throw new NotCountsException();
                }
                if (f > Integer.MAX_VALUE) {
                    throw tooLarge(raw, x, y, c, Double.toString(f));
                }
                return (int) f;
            }
            default:
                throw new IllegalStateException(kind.toString());
        }
        if (v < 0) {
            throw new SpectrumFileException(raw, "negative count " + v + " at x=" + x + ", y=" + y + ", channel " + c
                    + ": integer data must be raw non-negative X-ray counts.");
        }
        if (v > Integer.MAX_VALUE) {
            throw tooLarge(raw, x, y, c, Long.toString(v));
        }
        return (int) v;
    }

    private static SpectrumFileException tooLarge(Path raw, int x, int y, int c, String v) {
        return new SpectrumFileException(raw, "count " + v + " at x=" + x + ", y=" + y + ", channel " + c
                + " exceeds the largest supported count 2147483647.");
    }

    private static DenseSpectrumImage readDense(FileChannel fc, Path raw, Layout l, EnergyAxis axis,
            AcquisitionInfo info, Progress p) throws IOException {
        MemoryBudget.require(raw, MemoryBudget.denseImageBytes(raw, l.width, l.height, l.depth), l.describe()
                + " of non-integer (model) values, which are kept dense (8 bytes per value),");
        int w = l.width;
        int d = l.depth;
        double[][] rowsOut = new double[l.height][];
        boolean f32 = l.kind == RawDataType.FLOAT32;
        try {
            RowBlocks.run(l.height, blockRows(l), Scratch::new, p, "Reading " + raw.getFileName(), (y0, y1, s) -> {
                ByteBuffer b = readBlock(fc, raw, l, y0, y1, s);
                int rows = y1 - y0;
                int step = step(l, rows);
                for (int yy = 0; yy < rows; yy++) {
                    double[] row = new double[w * d];
                    for (int x = 0; x < w; x++) {
                        int idx = start(l, rows, yy, x);
                        for (int c = 0; c < d; c++, idx += step) {
                            double v = f32 ? b.getFloat(idx * 4) : b.getDouble(idx * 8);
                            if (!Double.isFinite(v)) {
                                throw new SpectrumFileException(raw, "value " + v + " at x=" + x + ", y=" + (y0 + yy)
                                        + ", channel " + c + " is not a finite number.");
                            }
                            row[x * d + c] = v;
                        }
                    }
                    rowsOut[y0 + yy] = row;
                }
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        return new DenseSpectrumImage(w, l.height, axis, info, rowsOut);
    }
}
