package org.psnmf.engine.io.tia;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.MemoryBudget;
import org.psnmf.engine.io.ReadErrors;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.SpectrumImageHeader;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;

/**
 * Reads the EDS spectrum image or line profile of a FEI/Thermo Fisher TIA acquisition: an {@code .emi} file (the
 * acquisition's metadata as {@code <ObjectInfo>} XML chunks) with its series files {@code NAME_1.ser},
 * {@code NAME_2.ser}, ... beside it ({@link SerFile}); the first series of spectra is read. A {@code .ser} of
 * spectra can also be opened on its own. Image series (HAADF, diffraction) and single spectra (stored inside the
 * {@code .emi}) are refused with a message.
 *
 * <p>Layout: a series with two dimensions is a spectrum image, with one a line profile (width = number of points,
 * height 1). The elements are stored in scan order; where the position tags show that x varies fastest
 * (PositionY of the first two elements equal), the first dimension is x, otherwise the second (the rule HyperSpy
 * applies). Elements not acquired (valid &lt; total: a stopped acquisition) read as empty pixels, except that a line
 * profile is cut to its valid points. Energy: TIA calibrates in eV, channel c at offset + (c - calibration element)
 * x delta; converted to keV. Pixel size: the x dimension's delta in nm. Beam energy: the {@code High tension} entry
 * of the series' {@code ExperimentalDescription}.
 *
 * <p>Integer values (and float values holding whole non-negative numbers) are counts, read one image row at a time
 * into sparse storage; anything else is refused, since the Poisson methods need raw counts.
 */
public final class TiaReader implements SpectrumImageReader {

    private static final String FORMAT = "FEI TIA";
    private static final Pattern SER_NAME = Pattern.compile("_(\\d{1,4})\\.ser$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA = Pattern.compile(
            "<Data><Label>([^<]*)</Label><Value>([^<]*)</Value>(?:<Unit>([^<]*)</Unit>)?</Data>");
    private static final long MAX_EMI_BYTES = 256L << 20;

    @Override
    public String formatName() {
        return FORMAT;
    }

    @Override
    public List<String> extensions() {
        return List.of("emi", "ser");
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        return looksLikeEmi(head) || SerFile.looksLikeSer(head);
    }

    private static boolean looksLikeEmi(byte[] head) {
        return head.length >= 4 && head[0] == 'J' && head[1] == 'K' && head[2] == 0 && head[3] == 2;
    }

    @Override
    public SpectrumImage read(Path file, Progress progress) throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        try {
            Source s = source(file);
            try (SerFile ser = SerFile.open(s.ser())) {
                return read(ser, s, p);
            }
        } catch (SpectrumFileException | CancelledException e) {
            throw e;
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        } catch (OutOfMemoryError e) {
            throw MemoryBudget.outOfMemory(file, e);
        } catch (RuntimeException e) {
            throw new SpectrumFileException(file, "is damaged or not a valid " + FORMAT + " file ("
                    + ReadErrors.reason(e) + ").", e);
        }
    }

    /** The series to read and the metadata of the acquisition. */
    private record Source(Path opened, Path ser, Map<String, String> description) {
    }

    private static Source source(Path file) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        if (SerFile.looksLikeSer(head)) {
            Matcher m = SER_NAME.matcher(file.getFileName().toString());
            Map<String, String> desc = Map.of();
            if (m.find()) {
                String base = file.getFileName().toString().substring(0, m.start());
                Path emi = file.resolveSibling(base + ".emi");
                if (Files.isRegularFile(emi)) {
                    desc = description(emi, Integer.parseInt(m.group(1)));
                }
            }
            return new Source(file, file, desc);
        }
        if (!looksLikeEmi(head)) {
            throw new SpectrumFileException(file, "is neither a TIA .emi nor a .ser file.");
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        TreeMap<Integer, Path> series = new TreeMap<>();
        Path dir = file.toAbsolutePath().getParent();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> {
                String n = f.getFileName().toString();
                String prefix = base + "_";
                if (n.startsWith(prefix) && n.toLowerCase(Locale.ROOT).endsWith(".ser")) {
                    String number = n.substring(prefix.length(), n.length() - 4);
                    if (number.matches("\\d{1,4}")) {
                        series.put(Integer.parseInt(number), f);
                    }
                }
            });
        }
        if (series.isEmpty()) {
            throw new SpectrumFileException(file, "has no series file beside it (expected " + base + "_1.ser; a"
                    + " single spectrum stored inside the .emi is not supported).");
        }
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<Integer, Path> e : series.entrySet()) {
            try (SerFile ser = SerFile.open(e.getValue())) {
                if (ser.dataType == SerFile.SPECTRA) {
                    return new Source(file, e.getValue(), description(file, e.getKey()));
                }
                kinds.add(e.getValue().getFileName() + (ser.dataType == SerFile.IMAGES ? " (images)" : " (data type 0x"
                        + Integer.toHexString(ser.dataType) + ")"));
            }
        }
        throw new SpectrumFileException(file, "holds no spectrum series, only " + String.join(", ", kinds)
                + "; this reader reads EDS spectrum images and line profiles.");
    }

    /** @return label (with "_unit") to value of the {@code ExperimentalDescription} of series {@code index} (1-based) */
    private static Map<String, String> description(Path emi, int index) throws IOException {
        long size = Files.size(emi);
        if (size > MAX_EMI_BYTES) {
            throw new SpectrumFileException(emi, "is " + size + " bytes, more than a TIA .emi can plausibly be.");
        }
        String text = new String(Files.readAllBytes(emi), StandardCharsets.ISO_8859_1);
        List<String> objects = new ArrayList<>();
        int from = 0;
        while (true) {
            int a = text.indexOf("<ObjectInfo>", from);
            int b = a < 0 ? -1 : text.indexOf("</ObjectInfo>", a);
            if (b < 0) {
                break;
            }
            objects.add(text.substring(a, b));
            from = b;
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (index - 1 < objects.size()) {
            Matcher m = DATA.matcher(objects.get(index - 1));
            while (m.find()) {
                String unit = m.group(3) == null ? "" : m.group(3).trim();
                out.put(m.group(1).trim() + (unit.isEmpty() ? "" : "_" + unit), m.group(2).trim());
            }
        }
        return out;
    }

    /** Size, calibration and metadata of a series, from its header and first element. */
    private record Layout(int width, int height, EnergyAxis axis, AcquisitionInfo info, SerFile.SpectrumHeader first) {
    }

    private static Layout layout(SerFile ser, Source s) throws IOException {
        Path file = s.opened();
        if (ser.dataType != SerFile.SPECTRA) {
            String series = s.ser().equals(file) ? "" : s.ser().getFileName() + " ";
            throw new SpectrumFileException(file, series + "holds " + (ser.dataType == SerFile.IMAGES ? "images"
                    : "data of type 0x" + Integer.toHexString(ser.dataType)) + ", not spectra; this reader reads EDS"
                    + " spectrum images and line profiles.");
        }
        if (ser.valid < 1) {
            throw new SpectrumFileException(file, "the series holds no acquired spectrum (a single spectrum is"
                    + " stored inside the .emi, which is not supported).");
        }
        if (ser.dims.length < 1 || ser.dims.length > 2) {
            throw new SpectrumFileException(file, "the series has " + ser.dims.length + " scan dimensions; only line"
                    + " profiles (1) and spectrum images (2) are supported.");
        }
        long declared = 1;
        for (SerFile.Dimension d : ser.dims) {
            declared = Math.multiplyExact(declared, d.size());
        }
        if (declared != ser.total) {
            throw new SpectrumFileException(file, "the scan dimensions (" + declared + " positions) do not match the "
                    + ser.total + " elements of the series.");
        }
        SerFile.SpectrumHeader first = ser.spectrumHeader(0);
        int fast;
        int width;
        int height;
        if (ser.dims.length == 1) {
            fast = 0;
            width = (int) ser.valid;
            height = 1;
        } else {
            boolean xFirst = ser.valid > 1 && xFastest(ser);
            fast = xFirst ? 0 : 1;
            width = (int) ser.dims[fast].size();
            height = (int) ser.dims[1 - fast].size();
        }
        double offsetEv = first.offset() - first.calibrationElement() * first.delta();
        if (!(first.delta() > 0) || !Double.isFinite(offsetEv)) {
            throw new SpectrumFileException(file, "spectrum 0 has no valid energy calibration (offset "
                    + first.offset() + " eV, delta " + first.delta() + " eV).");
        }
        EnergyAxis axis = new EnergyAxis(first.channels(), offsetEv / 1000.0, first.delta() / 1000.0);
        SerFile.Dimension x = ser.dims[fast];
        double pixel = Math.abs(x.delta());
        String units = x.units();
        if (units.equals("meters")) {
            pixel *= 1e9;
            units = "nm";
        }
        double kv = number(s.description().get("High tension_kV"));
        AcquisitionInfo info = new AcquisitionInfo(kv > 0 ? kv : Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                pixel > 0 && Double.isFinite(pixel) ? pixel : Double.NaN, pixel > 0 ? units : "", List.of(), "EDX ("
                        + s.ser().getFileName() + ")", file.toString());
        return new Layout(width, height, axis, info, first);
    }

    private static SpectrumImage read(SerFile ser, Source s, Progress p) throws IOException {
        Path file = s.opened();
        Layout l = layout(ser, s);
        int width = l.width();
        int height = l.height();
        int channels = l.axis().channels();
        // certain: the row pointers and one dense row buffer; the non-zeros are projected while reading (the series
        // is stored dense, so its declared size says nothing about them)
        String what = "the " + width + " x " + height + " x " + channels + " TIA series";
        MemoryBudget.require(file, MemoryBudget.sum(file, what, MemoryBudget.sparseImageBytes(file, width, height, 0),
                MemoryBudget.product(file, what, width, channels, 4)), what);
        MemoryBudget.Projection entries = new MemoryBudget.Projection(file, what,
                MemoryBudget.SPARSE_BYTES_PER_NONZERO, MemoryBudget.product(file, what, width, height, channels));
        SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(width, height, l.axis(), l.info());
        int[] row = new int[width * channels];
        for (int yy = 0; yy < height; yy++) {
            p.checkCancelled();
            java.util.Arrays.fill(row, 0);
            for (int xx = 0; xx < width; xx++) {
                long e = (long) yy * width + xx;
                if (e < ser.valid) {
                    readSpectrum(ser, (int) e, l.first(), row, xx * channels, file);
                }
            }
            long nonZeros = 0;
            for (int v : row) {
                nonZeros += v != 0 ? 1 : 0;
            }
            entries.add(nonZeros);
            entries.check((yy + 1.0) / height);
            b.setRowDense(yy, row);
            final int done = yy + 1;
            p.report((double) done / height, () -> String.format(Locale.ROOT, "Reading TIA series: row %d of %d",
                    done, height));
        }
        return b.build();
    }

    /**
     * Size, energy axis and metadata from the series header and its first element, without reading the data; only
     * for integer value types (float series are counts only if every value is whole, which needs the data).
     */
    @Override
    public Optional<SpectrumImageHeader> readHeader(Path file) throws IOException {
        try {
            Source s = source(file);
            try (SerFile ser = SerFile.open(s.ser())) {
                Layout l = layout(ser, s);
                if (l.first().valueType() > 6) {
                    return Optional.empty();
                }
                return Optional.of(new SpectrumImageHeader(l.width(), l.height(), l.axis(), l.info(), true));
            }
        } catch (SpectrumFileException e) {
            throw e;
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        } catch (RuntimeException e) {
            throw new SpectrumFileException(file, "is damaged or not a valid " + FORMAT + " file ("
                    + ReadErrors.reason(e) + ").", e);
        }
    }

    /** x varies fastest when the first two elements share their y position. */
    private static boolean xFastest(SerFile ser) throws IOException {
        double[] a = ser.position(0);
        double[] b = ser.position(1);
        return a != null && b != null && a[1] == b[1];
    }

    private static void readSpectrum(SerFile ser, int element, SerFile.SpectrumHeader layout, int[] row, int at,
            Path file) throws IOException {
        SerFile.SpectrumHeader h = element == 0 ? layout : ser.spectrumHeader(element);
        if (h.channels() != layout.channels() || h.valueType() != layout.valueType()) {
            throw new SpectrumFileException(file, "spectrum " + element + " has " + h.channels() + " channels of type "
                    + h.valueType() + ", spectrum 0 " + layout.channels() + " of type " + layout.valueType() + ".");
        }
        ByteBuffer v = ser.spectrumValues(element, h);
        for (int c = 0; c < h.channels(); c++) {
            double value = switch (h.valueType()) {
                case 1 -> v.get() & 0xFF;
                case 2 -> v.getShort() & 0xFFFF;
                case 3 -> Integer.toUnsignedLong(v.getInt());
                case 4 -> v.get();
                case 5 -> v.getShort();
                case 6 -> v.getInt();
                case 7 -> v.getFloat();
                case 8 -> v.getDouble();
                default -> throw new SpectrumFileException(file, "holds complex values, not X-ray counts.");
            };
            if (!(value >= 0) || value > Integer.MAX_VALUE || value != Math.rint(value)) {
                throw new SpectrumFileException(file, "spectrum " + element + ", channel " + c + " holds " + value
                        + ", not a count (the Poisson methods need raw, whole, non-negative counts).");
            }
            row[at + c] = (int) value;
        }
    }

    private static double number(String s) {
        if (s == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @Override
    public Map<String, String> originalMetadata(Path file) throws IOException {
        try {
            Source s = source(file);
            Map<String, String> m = new LinkedHashMap<>();
            try (SerFile ser = SerFile.open(s.ser())) {
                if (ser.dataType == SerFile.SPECTRA && ser.valid > 0) {
                    int t = ser.spectrumHeader(0).valueType();
                    m.put("dtype", List.of("uint8", "uint16", "uint32", "int8", "int16", "int32", "float32",
                            "float64", "complex64", "complex128").get(t - 1));
                }
            }
            m.put("series", s.ser().getFileName().toString());
            for (String k : List.of("Microscope", "Mode", "Magnification_x", "High tension_kV")) {
                if (s.description().containsKey(k)) {
                    m.put(k, s.description().get(k));
                }
            }
            return m;
        } catch (SpectrumFileException e) {
            throw e;
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        } catch (RuntimeException e) {
            throw new SpectrumFileException(file, "is damaged (" + ReadErrors.reason(e) + ").", e);
        }
    }
}
