package org.psnmf.engine.io.oxford;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseRowAccumulator;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.MemoryBudget;
import org.psnmf.engine.io.ReadErrors;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.io.hdf5.Hdf5Files;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.object.datatype.FixedPoint;

/**
 * Reads the EDS spectrum image of an Oxford Instruments AZtec {@code .h5oina} file (HDF5, specification 7.0 and
 * later, which added the per-pixel spectra), following the public specification (oinanoanalysis/h5oina,
 * H5OINAFile.md).
 *
 * <p>Used: {@code /Format Version} (detection), slice {@code /1} (or the one chosen), technique group {@code EDS} (or
 * {@code EDS1}, {@code EDS2}, ... for multi-detector systems; the first unless chosen), {@code Data/Spectrum}
 * (pixels x channels, INT32, usually LZF compressed, pixels row-major over {@code X Cells x Y Cells}),
 * {@code Data/Live Time} (s per pixel), and from {@code Header}: {@code Channel Width} and {@code Start Channel}
 * (eV), {@code Number Channels}, {@code X Cells}, {@code Y Cells}, {@code X Step} (µm), {@code Beam Voltage} (kV),
 * {@code Detector Elevation} (rad). Pixels outside an irregular acquisition area have a NaN live time (the
 * specification sets their data to NaN); they read as empty pixels. The spectra are read a block of rows at a time
 * (one HDF5 chunk row band), so memory is the sparse result plus one block.
 */
public final class OxfordH5oinaReader implements SpectrumImageReader {

    private static final String FORMAT = "Oxford h5oina";

    /**
     * @param slice     slice (acquisition) group name, null = the first ("1")
     * @param technique EDS technique group name ("EDS", "EDS1", ...), null = "EDS" or else the first "EDS*"
     */
    public record Options(String slice, String technique) {
        public static final Options DEFAULT = new Options(null, null);
    }

    private final Options options;

    public OxfordH5oinaReader() {
        this(Options.DEFAULT);
    }

    public OxfordH5oinaReader(Options options) {
        this.options = options == null ? Options.DEFAULT : options;
    }

    @Override
    public String formatName() {
        return FORMAT;
    }

    @Override
    public List<String> extensions() {
        return List.of("h5oina");
    }

    /** Content check: HDF5 with a root {@code Format Version} dataset and a slice group holding an EDS technique. */
    @Override
    public boolean canRead(Path file, byte[] head) {
        if (!Hdf5Files.isHdf5(head)) {
            return false;
        }
        try (HdfFile f = Hdf5Files.open(file, FORMAT)) {
            if (Hdf5Files.dataset(f, "Format Version") == null) {
                return false;
            }
            for (Node n : f.getChildren().values()) {
                if (n instanceof Group g) {
                    for (String k : g.getChildren().keySet()) {
                        if (k.startsWith("EDS")) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (Exception | OutOfMemoryError e) {
            return false;
        }
    }

    @Override
    public SpectrumImage read(Path file, Progress progress) throws IOException {
        return ReadErrors.guard(file, () -> readUnguarded(file, progress));
    }

    private SpectrumImage readUnguarded(Path file, Progress progress) throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        try (HdfFile f = Hdf5Files.open(file, FORMAT)) {
            return readOpen(f, file, p);
        } catch (SpectrumFileException | CancelledException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError | InternalError e) {
            // InternalError: the JDK's report of a memory-mapped file truncated while being read
            throw Hdf5Files.damaged(file, FORMAT, e);
        }
    }

    private SpectrumImage readOpen(HdfFile f, Path file, Progress p) throws IOException {
        String sliceName = options.slice() == null ? "1" : options.slice();
        Group slice = Hdf5Files.group(f, sliceName);
        if (slice == null) {
            throw new SpectrumFileException(file, "has no slice group '" + sliceName + "'.");
        }
        Group eds = technique(slice, file);
        Group header = eds.getChildren().get("Header") instanceof Group g ? g : null;
        Group data = eds.getChildren().get("Data") instanceof Group g ? g : null;
        if (header == null || data == null) {
            throw new SpectrumFileException(file, eds.getPath() + " lacks its Header or Data group.");
        }
        if (!(data.getChildren().get("Spectrum") instanceof Dataset spectrum)) {
            throw new SpectrumFileException(file, eds.getPath() + "/Data has no Spectrum dataset: this export holds"
                    + " only maps, not the per-pixel spectra (AZtec 6.2 / h5oina 7.0 can export them).");
        }
        int width = (int) scalar(header, "X Cells", file, true);
        int height = (int) scalar(header, "Y Cells", file, true);
        if (width < 1 || height < 1 || width > 65536 || height > 65536) {
            throw new SpectrumFileException(file, "X Cells x Y Cells = " + width + " x " + height
                    + " is not in [1, 65536] per side.");
        }
        long[] dims = spectrum.getDimensionsAsLong();
        if (dims.length != 2 || dims[0] != (long) width * height || dims[1] < 1 || dims[1] > 65536) {
            throw new SpectrumFileException(file, "Spectrum has shape " + java.util.Arrays.toString(dims)
                    + ", expected (" + ((long) width * height) + " pixels, channels <= 65536).");
        }
        int channels = (int) dims[1];
        double declared = scalar(header, "Number Channels", file, false);
        if (Double.isFinite(declared) && declared != channels) {
            throw new SpectrumFileException(file, "Number Channels " + (long) declared + " differs from the "
                    + channels + " columns of Spectrum.");
        }
        double widthEv = scalar(header, "Channel Width", file, true);
        double startEv = scalar(header, "Start Channel", file, true);
        if (!(widthEv > 0) || !Double.isFinite(widthEv) || !Double.isFinite(startEv)) {
            throw new SpectrumFileException(file, "Channel Width " + widthEv + " eV / Start Channel " + startEv
                    + " eV is not a valid energy calibration.");
        }
        if (!(spectrum.getDataType() instanceof FixedPoint)) {
            throw new SpectrumFileException(file, "Spectrum is not an integer dataset (found "
                    + spectrum.getJavaType().getSimpleName() + ").");
        }
        String what = width + " x " + height + " pixels x " + channels + " channels";
        int block = blockRows(spectrum, channels, width * height);
        // certain: row pointers, the accumulator's rows, the live times and one block as jHDF returns it (int[][])
        MemoryBudget.require(file, MemoryBudget.sum(file, what, MemoryBudget.sparseImageBytes(file, width, height, 0),
                MemoryBudget.product(file, what, height, 2 * (16 + 8)), MemoryBudget.product(file, what, width,
                height, 4), MemoryBudget.product(file, what, block, channels + 4, 4)), what);
        float[] live = liveTimes(data, width * height, file);
        SparseRowAccumulator acc = new SparseRowAccumulator(width, height, channels);
        MemoryBudget.Projection entries = new MemoryBudget.Projection(file, "the spectra of " + what,
                MemoryBudget.ACCUMULATOR_BYTES_PER_NONZERO, (long) width * height * channels);
        long pixels = (long) width * height;
        for (long r0 = 0; r0 < pixels; r0 += block) {
            p.checkCancelled();
            int rows = (int) Math.min(block, pixels - r0);
            Object slab = spectrum.getData(new long[] { r0, 0 }, new int[] { rows, channels });
            for (int i = 0; i < rows; i++) {
                int pix = (int) (r0 + i);
                if (live != null && Float.isNaN(live[pix])) {
                    continue; // outside the acquisition area
                }
                addRow(acc, Array.get(slab, i), pix % width, pix / width, file);
            }
            final double frac = (double) (r0 + rows) / pixels;
            entries.check(frac, acc.storedEntries());
            p.report(frac, () -> String.format(Locale.ROOT, "Reading h5oina spectra: %.0f%%", 100 * frac));
        }
        double liveMean = Double.NaN;
        if (live != null) {
            double s = 0;
            long n = 0;
            for (float v : live) {
                if (Float.isFinite(v)) {
                    s += v;
                    n++;
                }
            }
            liveMean = n > 0 ? s / n : Double.NaN;
        }
        double kv = scalar(header, "Beam Voltage", file, false);
        double elev = Math.toDegrees(scalar(header, "Detector Elevation", file, false));
        double step = scalar(header, "X Step", file, false);
        AcquisitionInfo info = new AcquisitionInfo(kv > 0 ? kv : Double.NaN, liveMean, Double.NaN,
                Double.isFinite(elev) ? elev : Double.NaN, step > 0 ? step : Double.NaN, step > 0 ? "µm" : "",
                List.of(), eds.getName(), file.toString());
        return acc.build(new EnergyAxis(channels, startEv / 1000.0, widthEv / 1000.0), info);
    }

    private Group technique(Group slice, Path file) throws SpectrumFileException {
        if (options.technique() != null) {
            if (slice.getChildren().get(options.technique()) instanceof Group g) {
                return g;
            }
        } else {
            if (slice.getChildren().get("EDS") instanceof Group g) {
                return g;
            }
            for (Node n : slice.getChildren().values()) {
                if (n instanceof Group g && n.getName().startsWith("EDS")) {
                    return g;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (String k : slice.getChildren().keySet()) {
            if (k.startsWith("EDS")) {
                names.add(k);
            }
        }
        throw new SpectrumFileException(file, "slice " + slice.getName() + " has no EDS technique group"
                + (options.technique() == null ? "" : " '" + options.technique() + "'") + " (available: " + names
                + ").");
    }

    /** @return rows per read: one chunk band for chunked data, else enough rows for about 4 M values */
    private static int blockRows(Dataset d, int channels, long pixels) {
        int rows = Math.max(1, (1 << 22) / channels);
        if (d instanceof ChunkedDataset cd) {
            int[] c = cd.getChunkDimensions();
            if (c.length >= 1 && c[0] >= 1 && (long) c[0] * channels <= (1L << 24)) {
                rows = c[0];
            }
        }
        return (int) Math.min(rows, pixels);
    }

    private static void addRow(SparseRowAccumulator acc, Object row, int x, int y, Path file)
            throws SpectrumFileException {
        int n = Array.getLength(row);
        if (row instanceof int[] r) {
            for (int c = 0; c < n; c++) {
                if (r[c] != 0) {
                    add(acc, x, y, c, r[c], file);
                }
            }
        } else if (row instanceof long[] r) {
            for (int c = 0; c < n; c++) {
                if (r[c] != 0) {
                    add(acc, x, y, c, r[c], file);
                }
            }
        } else {
            for (int c = 0; c < n; c++) {
                long v = ((Number) Array.get(row, c)).longValue();
                if (v != 0) {
                    add(acc, x, y, c, v, file);
                }
            }
        }
    }

    private static void add(SparseRowAccumulator acc, int x, int y, int c, long v, Path file)
            throws SpectrumFileException {
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new SpectrumFileException(file, "pixel (" + x + ", " + y + ") channel " + c + " holds " + v
                    + " counts; raw counts must be non-negative.");
        }
        acc.add(x, y, c, (int) v);
    }

    /** @return per-pixel live times, or null if the file has none (optional in practice) */
    private static float[] liveTimes(Group data, int pixels, Path file) throws SpectrumFileException {
        if (!(data.getChildren().get("Live Time") instanceof Dataset d)) {
            return null;
        }
        if (d.getSize() != pixels) {
            throw new SpectrumFileException(file, "Live Time has " + d.getSize() + " values for " + pixels
                    + " pixels.");
        }
        Object flat = d.getDataFlat();
        float[] out = new float[pixels];
        for (int i = 0; i < pixels; i++) {
            out[i] = ((Number) Array.get(flat, i)).floatValue();
        }
        return out;
    }

    /** @return the single value of a (1, 1) header dataset, NaN if absent and optional */
    private static double scalar(Group header, String name, Path file, boolean required)
            throws SpectrumFileException {
        Node n = header.getChildren().get(name);
        if (!(n instanceof Dataset d) || d.getSize() < 1 || d.getSize() > 16) {
            if (required) {
                throw new SpectrumFileException(file, "header entry '" + name + "' is missing in "
                        + header.getPath() + ".");
            }
            return Double.NaN;
        }
        Object flat = d.getDataFlat();
        Object v = Array.getLength(flat) > 0 ? Array.get(flat, 0) : null;
        if (v instanceof Number num) {
            return num.doubleValue();
        }
        if (required) {
            throw new SpectrumFileException(file, "header entry '" + name + "' is not a number.");
        }
        return Double.NaN;
    }
}
