package org.psnmf.engine.io.hspy;

import java.io.IOException;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.DenseSpectrumImage;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.MemoryBudget;
import org.psnmf.engine.io.ReadErrors;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.io.hdf5.Hdf5Files;
import org.psnmf.engine.progress.Progress;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Reads EDS data from a HyperSpy {@code .hspy} file (HDF5, HyperSpy file format 1.x-3.x) through jHDF.
 *
 * <p><b>Structure read.</b> Root attribute {@code file_format = "HyperSpy"}; {@code /Experiments/<title>/data} with
 * one group {@code axis-i} per array dimension i (attributes {@code size, scale, offset, units, name, navigate}).
 * Exactly one axis must be a signal axis ({@code navigate} false) and it must be the last array dimension (HyperSpy's
 * C order). Shapes: {@code [channels]} = single spectrum (1 x 1), {@code [n, channels]} = line scan (n x 1),
 * {@code [height, width, channels]} = spectrum image. The first experiment whose {@code Signal/signal_type} contains
 * "EDS" is used (else the first with one signal axis).
 *
 * <p><b>Metadata</b> ({@code <experiment>/metadata}): {@code Acquisition_instrument/TEM} (or {@code SEM})
 * {@code /beam_energy} (kV); {@code .../Detector/EDS/live_time} (s per pixel, HyperSpy's convention),
 * {@code energy_resolution_MnKa} (eV), {@code elevation_angle} (take-off angle, degrees); {@code General/title};
 * {@code Sample/elements} (the {@code _list_elements} dataset or an attribute). Pixel size from the width axis.
 * Energy axis units eV or keV (without units a scale of 1 or more is taken as eV).
 *
 * <p><b>Values.</b> Integer data (and float data holding only non-negative integers) become
 * {@link SparseSpectrumImage} counts, read in blocks of rows with jHDF slicing so the dense cube never exists;
 * non-integer floats become a {@link DenseSpectrumImage}.
 */
public final class HspyReader implements SpectrumImageReader {

    private static final long BLOCK_VALUES = 4L << 20;

    @Override
    public String formatName() {
        return "HyperSpy HDF5";
    }

    @Override
    public List<String> extensions() {
        return List.of("hspy");
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        if (!Hdf5Files.isHdf5(head)) {
            return false;
        }
        try (HdfFile f = Hdf5Files.open(file, formatName())) {
            Attribute fmt = f.getAttribute("file_format");
            if (fmt != null && "HyperSpy".equalsIgnoreCase(String.valueOf(fmt.getData()).strip())) {
                return true;
            }
            return f.getChild("Experiments") instanceof Group;
        } catch (IOException | RuntimeException e) {
            return false; // not readable as HDF5: let another reader try
        }
    }

    /** One axis group. */
    record Axis(int size, double scale, double offset, String units, String name, boolean navigate) {
    }

    /** The chosen experiment: its data set, axes and metadata group. */
    private record Experiment(Group group, Dataset data, List<Axis> axes) {
    }

    @Override
    public Map<String, String> originalMetadata(Path file) throws IOException {
        return ReadErrors.guard(file, () -> originalMetadataUnguarded(file));
    }

    private Map<String, String> originalMetadataUnguarded(Path file) throws IOException {
        try (HdfFile f = open(file)) {
            Experiment e = experiment(file, f);
            Map<String, String> m = new LinkedHashMap<>();
            m.put("experiment", e.group().getName());
            m.put("dtype", dtype(e.data()));
            Node md = e.group().getChild("metadata");
            if (md instanceof Group g) {
                flatten(file, g, m);
            }
            return m;
        } catch (RuntimeException e) {
            throw new SpectrumFileException(file, "cannot be read as HDF5: " + oneLine(e), e);
        }
    }

    /**
     * Flattens the metadata tree into {@code a.b.key} entries (attributes, and datasets of at most 64 values), in the
     * order of a depth-first walk; {@code _HyperSpy*} groups are skipped. Iterative and cycle-safe
     * ({@link Hdf5Files#walk}).
     */
    private static void flatten(Path file, Group md, Map<String, String> out) throws SpectrumFileException {
        putAttributes(md, "", out);
        Hdf5Files.walk(file, md, Hdf5Files.MAX_DEPTH, (path, n, depth) -> {
            String key = path.replace('/', '.');
            if (n instanceof Group sub) {
                if (n.getName().startsWith("_HyperSpy")) {
                    return false;
                }
                putAttributes(sub, key + ".", out);
                return true;
            }
            if (n instanceof Dataset ds && ds.getSize() <= 64) {
                int dot = key.lastIndexOf('.') + 1;
                out.put(key.substring(0, dot) + key.substring(dot).replaceFirst("^_list_", ""), text(ds.getData()));
            }
            return false;
        });
    }

    private static void putAttributes(Node n, String prefix, Map<String, String> out) {
        for (Map.Entry<String, Attribute> a : n.getAttributes().entrySet()) {
            out.put(prefix + a.getKey(), text(a.getValue().getData()));
        }
    }

    private static String text(Object o) {
        if (o == null) {
            return "";
        }
        if (o.getClass().isArray()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < Array.getLength(o); i++) {
                parts.add(text(Array.get(o, i)));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return o.toString();
    }

    /** Opens through the shared {@link Hdf5Files#open}: user-block aware, memory-mapped, size-guarded. */
    private static HdfFile open(Path file) throws IOException {
        return Hdf5Files.open(file, "HyperSpy");
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replace('\n', ' ');
    }

    @Override
    public SpectrumImage read(Path file, Progress progress) throws IOException {
        return ReadErrors.guard(file, () -> readUnguarded(file, progress));
    }

    private SpectrumImage readUnguarded(Path file, Progress progress) throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        try (HdfFile f = open(file)) {
            Experiment e = experiment(file, f);
            Dataset data = e.data();
            int[] dims = data.getDimensions();
            Axis sig = e.axes().get(dims.length - 1);
            int channels = dims[dims.length - 1];
            int width = dims.length == 1 ? 1 : dims[dims.length - 2];
            int height = dims.length == 3 ? dims[0] : 1;
            EnergyAxis axis = energyAxis(file, sig, channels);
            AcquisitionInfo info = info(file, e, dims.length >= 2 ? e.axes().get(dims.length - 2) : null);
            String what = width + " x " + height + " pixels x " + channels + " channels";
            long rowValues = MemoryBudget.product(file, what, width, channels);
            if (rowValues > Integer.MAX_VALUE - 8) {
                throw new SpectrumFileException(file, "one image row (" + width + " pixels x " + channels
                        + " channels) exceeds 2^31 values, which is not supported.");
            }
            long blockValues = MemoryBudget.product(file, what, blockRows(width, channels, height), rowValues);
            // per block: our int buffer, the array jHDF returns and its raw bytes (at most 8 + 8 bytes per value)
            long blockBytes = MemoryBudget.product(file, what, blockValues, 4 + 8 + 8);
            MemoryBudget.require(file, MemoryBudget.sum(file, what, MemoryBudget.sparseImageBytes(file, width, height,
                    0), blockBytes), what + " as sparse counts");
            try {
                return readCounts(file, data, width, height, channels, axis, info, p);
            } catch (NotCountsException nc) {
                MemoryBudget.require(file, MemoryBudget.sum(file, what, MemoryBudget.denseImageBytes(file, width,
                        height, channels), blockBytes), what + " of non-integer (model) values, which are kept dense "
                        + "(8 bytes per value),");
                return readDense(file, data, width, height, channels, axis, info, p);
            }
        } catch (RuntimeException e) {
            if (e instanceof org.psnmf.engine.progress.CancelledException) {
                throw e;
            }
            throw new SpectrumFileException(file, "HDF5 read failed: " + oneLine(e), e);
        } catch (OutOfMemoryError e) {
            throw MemoryBudget.outOfMemory(file, e);
        } catch (StackOverflowError e) {
            throw new SpectrumFileException(file, "is nested too deeply to read (a link cycle or a damaged file).", e);
        }
    }

    private static Experiment experiment(Path file, HdfFile f) throws SpectrumFileException {
        Node exps = f.getChild("Experiments");
        if (!(exps instanceof Group g)) {
            throw new SpectrumFileException(file, "has no 'Experiments' group, so it is not a HyperSpy file.");
        }
        Experiment fallback = null;
        List<String> seen = new ArrayList<>();
        for (Node n : g) {
            if (!(n instanceof Group eg) || !(eg.getChild("data") instanceof Dataset ds)) {
                continue;
            }
            seen.add(n.getName() + " " + Arrays.toString(ds.getDimensions()));
            List<Axis> axes = axes(file, eg, ds);
            if (axes == null) {
                continue;
            }
            Experiment ex = new Experiment(eg, ds, axes);
            String type = attrString(eg, "metadata/Signal", "signal_type");
            if (type.toUpperCase(Locale.ROOT).contains("EDS")) {
                return ex;
            }
            if (fallback == null) {
                fallback = ex;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        throw new SpectrumFileException(file, "holds no EDS spectrum data (need Experiments/<name>/data with 1-3 "
                + "dimensions and one signal axis, the last" + (seen.isEmpty() ? "; found no data set)." : "; found "
                + String.join(", ", seen) + ")."));
    }

    /** @return the axes if the data set is 1-3 dimensional with exactly one signal axis, the last; else null */
    private static List<Axis> axes(Path file, Group eg, Dataset ds) throws SpectrumFileException {
        int[] dims = ds.getDimensions();
        if (dims.length < 1 || dims.length > 3) {
            return null;
        }
        List<Axis> axes = new ArrayList<>();
        int signal = 0;
        for (int i = 0; i < dims.length; i++) {
            Node a = eg.getChild("axis-" + i);
            if (!(a instanceof Group ag)) {
                throw new SpectrumFileException(file, "experiment '" + eg.getName() + "' has no group 'axis-" + i
                        + "' for data dimension " + i + ".");
            }
            boolean nav = bool(ag.getAttribute("navigate"), i < dims.length - 1);
            axes.add(new Axis(dims[i], num(ag, "scale", 1), num(ag, "offset", 0), attrString(ag, null, "units"),
                    attrString(ag, null, "name"), nav));
            if (!nav) {
                signal++;
            }
        }
        if (signal != 1 || axes.get(dims.length - 1).navigate()) {
            return null;
        }
        return axes;
    }

    private static boolean bool(Attribute a, boolean def) {
        if (a == null) {
            return def;
        }
        Object o = a.getData();
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Number n) {
            return n.intValue() != 0;
        }
        String s = String.valueOf(o).strip();
        return s.equalsIgnoreCase("true") || s.equals("1");
    }

    private static double num(Group g, String key, double def) {
        Attribute a = g.getAttribute(key);
        if (a == null) {
            return def;
        }
        Object o = a.getData();
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(o).strip());
        } catch (NumberFormatException e) {
            return def;
        }
    }

    /** @return attribute {@code key} of group {@code path} below {@code g} (or g itself), "" if absent */
    private static String attrString(Group g, String path, String key) {
        Node n = path == null ? g : child(g, path);
        if (n == null) {
            return "";
        }
        Attribute a = n.getAttribute(key);
        if (a == null) {
            return "";
        }
        Object o = a.getData();
        return o == null ? "" : String.valueOf(o).strip();
    }

    private static Node child(Group g, String path) {
        Node n = g;
        for (String part : path.split("/")) {
            if (!(n instanceof Group gg)) {
                return null;
            }
            n = gg.getChild(part);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    private static double metaNumber(Group exp, String path, String key) {
        Node n = child(exp, path);
        if (!(n instanceof Group g)) {
            return Double.NaN;
        }
        return num(g, key, Double.NaN);
    }

    private static EnergyAxis energyAxis(Path file, Axis sig, int channels) throws SpectrumFileException {
        String u = sig.units() == null ? "" : sig.units().strip();
        double toKeV;
        if (u.equalsIgnoreCase("kev")) {
            toKeV = 1;
        } else if (u.equalsIgnoreCase("ev")) {
            toKeV = 1e-3;
        } else {
            toKeV = Math.abs(sig.scale()) >= 1 ? 1e-3 : 1;
        }
        double scale = sig.scale() * toKeV;
        if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(sig.offset())) {
            throw new SpectrumFileException(file, "signal axis '" + sig.name() + "' has scale " + sig.scale()
                    + " and offset " + sig.offset() + "; a positive scale and a finite offset are needed.");
        }
        if (channels > 65536) {
            throw new SpectrumFileException(file, channels + " channels; at most 65536 are supported.");
        }
        return new EnergyAxis(channels, sig.offset() * toKeV, scale);
    }

    private static AcquisitionInfo info(Path file, Experiment e, Axis widthAxis) {
        Group g = e.group();
        String inst = child(g, "metadata/Acquisition_instrument/TEM") != null ? "metadata/Acquisition_instrument/TEM"
                : "metadata/Acquisition_instrument/SEM";
        String eds = inst + "/Detector/EDS";
        List<String> elements = new ArrayList<>();
        Node list = child(g, "metadata/Sample/_list_elements");
        Object raw = null;
        if (list instanceof Dataset ds) {
            raw = ds.getData();
        } else if (child(g, "metadata/Sample") instanceof Group sample && sample.getAttribute("elements") != null) {
            raw = sample.getAttribute("elements").getData();
        }
        if (raw != null && raw.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(raw); i++) {
                elements.add(String.valueOf(Array.get(raw, i)).strip());
            }
        } else if (raw != null) {
            elements.add(String.valueOf(raw).strip());
        }
        double pixel = Double.NaN;
        String pixelUnits = "";
        if (widthAxis != null && widthAxis.navigate()) {
            pixel = widthAxis.scale();
            pixelUnits = widthAxis.units() == null || widthAxis.units().equals("<undefined>") ? ""
                    : widthAxis.units();
        }
        String title = attrString(g, "metadata/General", "title");
        return new AcquisitionInfo(metaNumber(g, inst, "beam_energy"), metaNumber(g, eds, "live_time"),
                metaNumber(g, eds, "energy_resolution_MnKa"), metaNumber(g, eds, "elevation_angle"), pixel, pixelUnits,
                elements, title.isEmpty() ? g.getName() : title, file.toAbsolutePath().toString());
    }

    private static String dtype(Dataset ds) {
        Class<?> t = ds.getJavaType();
        String dt = ds.getDataType().getClass().getSimpleName();
        int bytes = ds.getDataType().getSize();
        if (dt.contains("Float")) {
            return "float" + bytes * 8;
        }
        if (dt.contains("FixedPoint")) {
            boolean signed = true;
            try {
                signed = ((io.jhdf.object.datatype.FixedPoint) ds.getDataType()).isSigned();
            } catch (RuntimeException e) {
                // keep signed
            }
            return (signed ? "int" : "uint") + bytes * 8;
        }
        return t.getSimpleName();
    }

    // ---------------------------------------------------------------------------------------------- data

    private static final class NotCountsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCountsException() {
            super(null, null, false, false);
        }
    }

    /** Visits the values of a (possibly multi-dimensional) array returned by jHDF in C order. */
    private interface ValueSink {
        void accept(int index, double value) throws SpectrumFileException;
    }

    private static int flatVisit(Object arr, int start, ValueSink sink) throws SpectrumFileException {
        if (arr instanceof Object[] o && !(arr instanceof BigInteger[])) {
            int i = start;
            for (Object sub : o) {
                i = flatVisit(sub, i, sink);
            }
            return i;
        }
        int n = Array.getLength(arr);
        if (arr instanceof byte[] a) {
            for (int k = 0; k < n; k++) {
                sink.accept(start + k, a[k]);
            }
        } else if (arr instanceof short[] a) {
            for (int k = 0; k < n; k++) {
                sink.accept(start + k, a[k]);
            }
        } else if (arr instanceof int[] a) {
            for (int k = 0; k < n; k++) {
                sink.accept(start + k, a[k]);
            }
        } else if (arr instanceof long[] a) {
            for (int k = 0; k < n; k++) {
                sink.accept(start + k, a[k]);
            }
        } else if (arr instanceof float[] a) {
            for (int k = 0; k < n; k++) {
                sink.accept(start + k, a[k]);
            }
        } else if (arr instanceof double[] a) {
            for (int k = 0; k < n; k++) {
                sink.accept(start + k, a[k]);
            }
        } else if (arr instanceof BigInteger[] a) {
            for (int k = 0; k < n; k++) {
                sink.accept(start + k, a[k].doubleValue());
            }
        } else {
            throw new IllegalStateException("Unsupported HDF5 data type " + arr.getClass().getSimpleName());
        }
        return start + n;
    }

    /** Reads rows [y0, y1) as a flat C-order array visit. */
    private static void visitRows(Dataset ds, int y0, int y1, int width, int channels, ValueSink sink)
            throws SpectrumFileException {
        int[] dims = ds.getDimensions();
        Object block;
        if (dims.length == 3) {
            block = ds.getData(new long[] {y0, 0, 0}, new int[] {y1 - y0, width, channels});
        } else {
            block = ds.getData(); // 1-D or 2-D: one row of at most 2^31 values
        }
        flatVisit(block, 0, sink);
    }

    private static int blockRows(int width, int channels, int height) {
        return (int) Math.max(1, Math.min(height, BLOCK_VALUES / Math.max(1L, (long) width * channels)));
    }

    private static SparseSpectrumImage readCounts(Path file, Dataset ds, int width, int height, int channels,
            EnergyAxis axis, AcquisitionInfo info, Progress p) throws IOException {
        SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(width, height, axis, info);
        int block = blockRows(width, channels, height);
        int rowLen = width * channels;
        int[] dense = new int[Math.min(block, height) * rowLen];
        boolean integer = !dtype(ds).startsWith("float");
        MemoryBudget.Projection nnz = new MemoryBudget.Projection(file, "the counts of " + width + " x " + height
                + " pixels x " + channels + " channels", MemoryBudget.SPARSE_BYTES_PER_NONZERO);
        long[] nonZeros = new long[1];
        for (int y0 = 0; y0 < height; y0 += block) {
            p.checkCancelled();
            int y1 = Math.min(height, y0 + block);
            int base = y0;
            visitRows(ds, y0, y1, width, channels, (i, v) -> {
                if (!Double.isFinite(v)) {
                    throw bad(file, i, base, width, channels, v, "is not a finite number");
                }
                if (v < 0 && integer) {
                    throw bad(file, i, base, width, channels, v,
                            "is a negative count (integer data must be raw non-negative X-ray counts)");
                }
                if (v < 0 || v != Math.rint(v)) {
                    throw new NotCountsException();
                }
                if (v > Integer.MAX_VALUE) {
                    throw bad(file, i, base, width, channels, v, "exceeds the largest supported count 2147483647");
                }
                dense[i] = (int) v;
                if (v != 0) {
                    nonZeros[0]++;
                }
            });
            nnz.add(nonZeros[0]);
            nonZeros[0] = 0;
            nnz.check((double) y1 / height);
            for (int y = y0; y < y1; y++) {
                int[] row = y == y0 ? dense : Arrays.copyOfRange(dense, (y - y0) * rowLen, (y - y0 + 1) * rowLen);
                b.setRowDense(y, row);
            }
            int done = y1;
            p.report((double) done / height, () -> "Reading row " + done + " of " + height);
        }
        return b.build();
    }

    private static SpectrumFileException bad(Path file, int i, int y0, int width, int channels, double v,
            String what) {
        int c = i % channels;
        int px = i / channels;
        return new SpectrumFileException(file, "value " + v + " at x=" + (px % width) + ", y=" + (y0 + px / width)
                + ", channel " + c + " " + what + ".");
    }

    private static DenseSpectrumImage readDense(Path file, Dataset ds, int width, int height, int channels,
            EnergyAxis axis, AcquisitionInfo info, Progress p) throws IOException {
        double[][] rows = new double[height][width * channels];
        int block = blockRows(width, channels, height);
        int rowLen = width * channels;
        for (int y0 = 0; y0 < height; y0 += block) {
            p.checkCancelled();
            int y1 = Math.min(height, y0 + block);
            int base = y0;
            visitRows(ds, y0, y1, width, channels, (i, v) -> {
                if (!Double.isFinite(v)) {
                    throw bad(file, i, base, width, channels, v, "is not a finite number");
                }
                rows[base + i / rowLen][i % rowLen] = v;
            });
        }
        return new DenseSpectrumImage(width, height, axis, info, rows);
    }
}
