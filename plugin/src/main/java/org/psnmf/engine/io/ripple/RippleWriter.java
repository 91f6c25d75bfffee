package org.psnmf.engine.io.ripple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.AtomicOutput;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.progress.Progress;

/**
 * Writes a spectrum image as a Lispix RIPPLE pair {@code NAME.rpl} (text header) + {@code NAME.raw} (binary cube).
 *
 * <p><b>Defaults</b> ({@link #write(SpectrumImage, Path, boolean, Progress)}): counts ({@link SparseSpectrumImage})
 * as unsigned 16-bit integers, or 32-bit when a count exceeds 65535; model data (any other image) as float32;
 * little-endian; record-by vector (channels fastest, {@code [y][x][c]}). The data are streamed row by row, so no
 * dense cube is built.
 *
 * <p><b>Header.</b> The keys HyperSpy's RIPPLE writer emits for an {@code EDS_TEM} signal, sorted as HyperSpy sorts
 * them: {@code beam-energy} (kV), {@code byte-order}, {@code data-length}, {@code data-type}, {@code depth},
 * {@code depth-name/-origin/-scale/-units} (energy axis in keV), {@code detector-peak-width-ev} (FWHM at Mn Kα, eV),
 * {@code elevation-angle} (take-off angle, degrees), {@code ev-per-chan} (eV, the original Lispix calibration),
 * {@code height}, {@code live-time} (s per pixel), {@code offset} (0: data start at byte 0), {@code record-by},
 * {@code signal} ({@code EDS_TEM}), {@code title}, {@code width}, and {@code width-/height-name/-origin/-scale/-units}
 * when the pixel size is known. Unknown metadata are left out. HyperSpy then loads the pair as an
 * {@code EDSTEMSpectrum} with the same values, axes and metadata.
 *
 * <p><b>Atomicity.</b> Both files are written to temporary files and renamed only when both are complete (.raw first,
 * then .rpl); on any failure or cancel neither target is created. Existing targets are replaced only when
 * {@code overwrite} is true.
 */
public final class RippleWriter {

    /** RIPPLE {@code record-by}: vector = channels fastest, image = one plane per channel. */
    public enum RecordBy {
        VECTOR, IMAGE
    }

    /**
     * Storage options.
     *
     * @param type     element type, or null to choose (uint16/uint32 for counts, float32 for model data)
     * @param order    byte order
     * @param recordBy layout; IMAGE is written with one positional write per channel and row (slower, for exchange
     *                 with programs that need it)
     */
    public record Options(RawDataType type, ByteOrder order, RecordBy recordBy) {
        /** uint16/uint32 or float32, little-endian, record-by vector. */
        public static final Options DEFAULT = new Options(null, ByteOrder.LITTLE_ENDIAN, RecordBy.VECTOR);
    }

    private RippleWriter() {
    }

    /** Writes with {@link Options#DEFAULT}. */
    public static void write(SpectrumImage img, Path rpl, boolean overwrite, Progress progress) throws IOException {
        write(img, rpl, overwrite, progress, Options.DEFAULT);
    }

    /**
     * @param rpl       target header, must end in .rpl; the .raw goes beside it
     * @param overwrite replace existing files
     * @throws SpectrumFileException if a target exists (and not overwrite), the name is wrong, or the values do not fit
     *                               the chosen type
     */
    public static void write(SpectrumImage img, Path rpl, boolean overwrite, Progress progress, Options options)
            throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        String name = rpl.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".rpl") || name.length() <= 4) {
            throw new SpectrumFileException(rpl, "a RIPPLE header must be named NAME.rpl.");
        }
        Path raw = rpl.resolveSibling(name.substring(0, name.length() - 4) + ".raw");
        AtomicOutput.checkTarget(rpl, overwrite);
        AtomicOutput.checkTarget(raw, overwrite);
        RawDataType type = chooseType(img, rpl, options.type());
        if ((long) img.width() * img.channels() * type.bytes() > Integer.MAX_VALUE - 8) {
            throw new SpectrumFileException(rpl, "one image row (" + img.width() + " pixels x " + img.channels()
                    + " channels) exceeds 2 GiB as " + type.dtype() + ", which is not supported.");
        }
        ByteOrder order = options.order() == null ? ByteOrder.LITTLE_ENDIAN : options.order();
        boolean byImage = options.recordBy() == RecordBy.IMAGE && img.channels() > 1;
        String header = header(img, type, order, byImage);
        try (AtomicOutput rawOut = AtomicOutput.open(raw, overwrite);
                AtomicOutput rplOut = AtomicOutput.open(rpl, overwrite)) {
            if (byImage) {
                writeImageLayout(img, type, order, rawOut.tempFile(), p);
            } else {
                writeVectorLayout(img, type, order, rawOut.stream(), p);
            }
            rplOut.stream().write(header.getBytes(StandardCharsets.ISO_8859_1));
            p.checkCancelled();
            AtomicOutput.commitAll(java.util.List.of(rawOut, rplOut)); // no interrupt between the two renames
        }
    }

    private static RawDataType chooseType(SpectrumImage img, Path rpl, RawDataType requested)
            throws SpectrumFileException {
        SparseSpectrumImage counts = img instanceof SparseSpectrumImage s ? s : null;
        if (counts == null) {
            if (requested != null && !requested.isFloat()) {
                throw new SpectrumFileException(rpl, "model (non-count) data can only be written as float32 or "
                        + "float64, not " + requested.dtype() + ".");
            }
            return requested == null ? RawDataType.FLOAT32 : requested;
        }
        int max = counts.maxCount();
        RawDataType t = requested != null ? requested : max <= 0xFFFF ? RawDataType.UINT16 : RawDataType.UINT32;
        if (max > t.maxCount()) {
            throw new SpectrumFileException(rpl, "the largest count " + max + " does not fit " + t.dtype()
                    + " (at most " + t.maxCount() + ").");
        }
        return t;
    }

    /** @return the .rpl text (Latin-1, tab-separated, sorted keys as HyperSpy writes them) */
    static String header(SpectrumImage img, RawDataType type, ByteOrder order, boolean byImage) {
        EnergyAxis axis = img.energyAxis();
        AcquisitionInfo info = img.info();
        Map<String, String> k = new TreeMap<>();
        k.put("width", Integer.toString(img.width()));
        k.put("height", Integer.toString(img.height()));
        k.put("depth", Integer.toString(img.channels()));
        k.put("offset", "0");
        k.put("data-type", type.rippleType());
        k.put("data-length", Integer.toString(type.bytes()));
        k.put("byte-order", type.bytes() == 1 ? "dont-care"
                : order == ByteOrder.BIG_ENDIAN ? "big-endian" : "little-endian");
        // HyperSpy rejects depth 1 unless record-by is dont-care
        k.put("record-by", img.channels() == 1 ? "dont-care" : byImage ? "image" : "vector");
        k.put("signal", "EDS_TEM");
        k.put("title", clean(info.title()));
        k.put("ev-per-chan", num(axis.scaleKeV() * 1000));
        k.put("depth-name", "Energy");
        k.put("depth-origin", num(axis.offsetKeV()));
        k.put("depth-scale", num(axis.scaleKeV()));
        k.put("depth-units", "keV");
        putIfFinite(k, "beam-energy", info.beamEnergyKv());
        putIfFinite(k, "live-time", info.liveTimePerPixelS());
        putIfFinite(k, "detector-peak-width-ev", info.energyResolutionMnKaEv());
        putIfFinite(k, "elevation-angle", info.takeOffAngleDeg());
        if (Double.isFinite(info.pixelSize()) && info.pixelSize() > 0) {
            String units = info.pixelUnits().isBlank() ? "<undefined>" : clean(info.pixelUnits());
            k.put("width-name", "x");
            k.put("width-origin", "0.0");
            k.put("width-scale", num(info.pixelSize()));
            k.put("width-units", units);
            k.put("height-name", "y");
            k.put("height-origin", "0.0");
            k.put("height-scale", num(info.pixelSize()));
            k.put("height-units", units);
        }
        StringBuilder sb = new StringBuilder();
        // no '(' on the first line: HyperSpy (and this reader) take that as Oxford INCA's header variant
        sb.append(";File created by PSNMF, RIPPLE writer with HyperSpy-compatible keys\n");
        sb.append("key\tvalue\n");
        for (Map.Entry<String, String> e : k.entrySet()) {
            sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        }
        return sb.toString();
    }

    private static void putIfFinite(Map<String, String> k, String key, double v) {
        if (Double.isFinite(v)) {
            k.put(key, num(v));
        }
    }

    /** Shortest text that parses back to the same double (Java and Python agree on it). */
    private static String num(double v) {
        return Double.toString(v);
    }

    /** Header values end at a tab, newline or ';' (comment); replace them. */
    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace(';', ',').strip();
    }

    // ------------------------------------------------------------------------------------------------ data

    /** Fills {@code row} (pixel-major doubles) with image row y. */
    private static void rowValues(SpectrumImage img, int y, double[] row) {
        Arrays.fill(row, 0);
        int w = img.width();
        int d = img.channels();
        double[] spec = new double[d];
        for (int x = 0; x < w; x++) {
            Arrays.fill(spec, 0);
            img.addSpectrum(y * w + x, spec);
            System.arraycopy(spec, 0, row, x * d, d);
        }
    }

    private static void put(ByteBuffer b, int index, RawDataType t, double v) {
        int i = index * t.bytes();
        switch (t) {
            case INT8, UINT8 -> b.put(i, (byte) (long) v);
            case INT16, UINT16 -> b.putShort(i, (short) (long) v);
            case INT32, UINT32 -> b.putInt(i, (int) (long) v);
            case INT64, UINT64 -> b.putLong(i, (long) v);
            case FLOAT32 -> b.putFloat(i, (float) v);
            case FLOAT64 -> b.putDouble(i, v);
            default -> throw new IllegalStateException(t.toString());
        }
    }

    /** Encodes row y into {@code b} (pixel-major), zero-filled first. */
    private static void encodeRow(SpectrumImage img, int y, RawDataType t, ByteBuffer b, double[] scratch) {
        int w = img.width();
        int d = img.channels();
        Arrays.fill(b.array(), 0, w * d * t.bytes(), (byte) 0);
        if (img instanceof SparseSpectrumImage s) {
            SparseSpectrumImage.Cursor c = s.cursor();
            for (int x = 0; x < w; x++) {
                for (int i = 0, n = c.moveTo(x, y); i < n; i++) {
                    put(b, x * d + c.channel(i), t, c.count(i));
                }
            }
        } else {
            rowValues(img, y, scratch);
            for (int i = 0; i < w * d; i++) {
                double v = scratch[i];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("Value " + v + " at x=" + (i / d) + ", y=" + y + ", channel "
                            + (i % d) + " is not finite and cannot be written.");
                }
                put(b, i, t, v);
            }
        }
    }

    private static void writeVectorLayout(SpectrumImage img, RawDataType t, ByteOrder order, OutputStream out,
            Progress p) throws IOException {
        int w = img.width();
        int d = img.channels();
        ByteBuffer b = ByteBuffer.allocate(w * d * t.bytes()).order(order);
        double[] scratch = img instanceof SparseSpectrumImage ? null : new double[w * d];
        for (int y = 0; y < img.height(); y++) {
            p.checkCancelled();
            encodeRow(img, y, t, b, scratch);
            out.write(b.array(), 0, w * d * t.bytes());
            int yy = y + 1;
            p.report((double) yy / img.height(), () -> "Writing row " + yy + " of " + img.height());
        }
    }

    private static void writeImageLayout(SpectrumImage img, RawDataType t, ByteOrder order, Path temp, Progress p)
            throws IOException {
        int w = img.width();
        int h = img.height();
        int d = img.channels();
        ByteBuffer b = ByteBuffer.allocate(w * d * t.bytes()).order(order);
        ByteBuffer plane = ByteBuffer.allocate(w * t.bytes());
        double[] scratch = img instanceof SparseSpectrumImage ? null : new double[w * d];
        try (FileChannel fc = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            for (int y = 0; y < h; y++) {
                p.checkCancelled();
                encodeRow(img, y, t, b, scratch);
                byte[] src = b.array();
                int len = t.bytes();
                for (int c = 0; c < d; c++) {
                    byte[] dst = plane.array();
                    for (int x = 0; x < w; x++) {
                        System.arraycopy(src, (x * d + c) * len, dst, x * len, len);
                    }
                    plane.clear();
                    long pos = ((long) c * h + y) * w * len;
                    while (plane.hasRemaining()) {
                        pos += fc.write(plane, pos);
                    }
                }
                int yy = y + 1;
                p.report((double) yy / h, () -> "Writing row " + yy + " of " + h);
            }
        }
    }
}
