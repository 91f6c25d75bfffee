package org.psnmf.engine.io.gatan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.DenseSpectrumImage;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.MemoryBudget;
import org.psnmf.engine.io.ReadErrors;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;

/**
 * Reads an EDS spectrum or spectrum image from a Gatan DigitalMicrograph {@code .dm3} / {@code .dm4} file
 * ({@link DmTagFile}): the largest numeric image of {@code ImageList}; one dimension = a single spectrum (1 x 1
 * image), two = a line of spectra, three = a spectrum image. The energy dimension is the one calibrated in eV or keV
 * (DM stores spectrum images as a stack of energy planes, energy slowest); energy = (index - Origin) x Scale.
 *
 * <p>Raw X-ray counts (non-negative whole numbers, in integer or float types) become a {@link SparseSpectrumImage},
 * read one image row at a time into a bounded buffer (two passes: the first checks that all values are counts).
 * Anything else (EELS, processed float data with fractions or negative values) becomes a {@link DenseSpectrumImage},
 * which the Poisson methods refuse.
 */
public final class GatanDmReader implements SpectrumImageReader {

    private static final String FORMAT = "Gatan DigitalMicrograph";
    /** ImageData/DataType codes of plain real numbers (int16, float32, uint8, int32, int8, uint16, uint32, float64). */
    private static final Set<Integer> REAL_TYPES = Set.of(1, 2, 6, 7, 9, 10, 11, 12);

    @Override
    public String formatName() {
        return FORMAT;
    }

    @Override
    public List<String> extensions() {
        return List.of("dm3", "dm4");
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        return DmTagFile.looksLikeDm(head);
    }

    /** The data cube of the chosen image: sizes, layout and energy calibration. */
    record Cube(DmTagFile.DmArray data, int width, int height, int channels, boolean energyFastest,
            double offsetKeV, double scaleKeV, String energyUnits, double pixelSize, String pixelUnits,
            Map<?, ?> image) {
    }

    @Override
    public SpectrumImage read(Path file, Progress progress) throws IOException {
        return ReadErrors.guard(file, () -> readUnguarded(file, progress));
    }

    private SpectrumImage readUnguarded(Path file, Progress progress) throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        try (DmTagFile dm = DmTagFile.open(file)) {
            Cube cube = cube(dm, file);
            if (!(cube.scaleKeV() > 0) || !Double.isFinite(cube.offsetKeV())) {
                throw new SpectrumFileException(file, "the energy axis is not calibrated in eV or keV (units '"
                        + cube.energyUnits() + "'); is this a spectrum?");
            }
            EnergyAxis axis = new EnergyAxis(cube.channels(), cube.offsetKeV(), cube.scaleKeV());
            AcquisitionInfo info = info(cube, file);
            int w = cube.width();
            int c = cube.channels();
            String what = w + " x " + cube.height() + " pixels x " + c + " channels";
            // certain: the row pointers and two rows of scratch; the non-zeros are projected in the second pass
            MemoryBudget.require(file, MemoryBudget.sum(file, what, MemoryBudget.sparseImageBytes(file, w,
                    cube.height(), 0), MemoryBudget.product(file, what, w, c, 8 + 4)), what);
            double[] row = new double[w * c];
            // first pass: are these raw counts (whole, non-negative numbers)?
            boolean counts = true;
            for (int y = 0; y < cube.height() && counts; y++) {
                p.checkCancelled();
                readRow(dm, cube, y, row);
                for (double v : row) {
                    if (!(v >= 0) || v > Integer.MAX_VALUE || v != Math.rint(v)) {
                        counts = false;
                        break;
                    }
                }
            }
            Progress second = p.sub(0.5, 1.0);
            if (!counts) {
                // EELS or processed data: a dense model image (not usable by the Poisson methods)
                MemoryBudget.require(file, MemoryBudget.denseImageBytes(file, w, cube.height(), c), what
                        + " of non-integer (model) values, which are kept dense (8 bytes per value),");
                double[][] rows = new double[cube.height()][];
                for (int y = 0; y < cube.height(); y++) {
                    second.checkCancelled();
                    rows[y] = new double[w * c];
                    readRow(dm, cube, y, rows[y]);
                }
                return new DenseSpectrumImage(w, cube.height(), axis, info, rows);
            }
            SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(w, cube.height(), axis, info);
            int[] ints = new int[w * c];
            MemoryBudget.Projection nnz = new MemoryBudget.Projection(file, "the counts of " + what,
                    MemoryBudget.SPARSE_BYTES_PER_NONZERO);
            for (int y = 0; y < cube.height(); y++) {
                second.checkCancelled();
                readRow(dm, cube, y, row);
                long nz = 0;
                for (int i = 0; i < row.length; i++) {
                    ints[i] = (int) row[i];
                    nz += ints[i] != 0 ? 1 : 0;
                }
                b.setRowDense(y, ints);
                nnz.add(nz);
                nnz.check((double) (y + 1) / cube.height());
                final int done = y + 1;
                second.report((double) done / cube.height(), () -> String.format(Locale.ROOT,
                        "Reading DM spectrum image: row %d of %d", done, cube.height()));
            }
            return b.build();
        } catch (SpectrumFileException | CancelledException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new SpectrumFileException(file, "is damaged or not a valid " + FORMAT + " file ("
                    + ReadErrors.reason(e) + ").", e);
        }
    }

    /** Reads image row y into {@code row}, pixel-major ({@code row[x * channels + c]}). */
    private static void readRow(DmTagFile dm, Cube cube, int y, double[] row) throws IOException {
        int w = cube.width();
        int c = cube.channels();
        if (cube.energyFastest()) {
            dm.readValues(cube.data(), (long) y * w * c, w * c, row);
        } else {
            double[] buf = new double[w];
            for (int k = 0; k < c; k++) {
                dm.readValues(cube.data(), ((long) k * cube.height() + y) * w, w, buf);
                for (int x = 0; x < w; x++) {
                    row[x * c + k] = buf[x];
                }
            }
        }
    }

    /** Picks the image and works out its shape and calibration. */
    static Cube cube(DmTagFile dm, Path file) throws SpectrumFileException {
        if (!(DmTagFile.at(dm.root, "ImageList") instanceof Map<?, ?> list)) {
            throw new SpectrumFileException(file, "has no ImageList.");
        }
        Map<?, ?> best = null;
        DmTagFile.DmArray bestData = null;
        List<Long> bestDims = null;
        for (Object o : list.values()) {
            if (!(o instanceof Map<?, ?> img) || !(at(img, "ImageData", "Data") instanceof DmTagFile.DmArray data)) {
                continue;
            }
            Object type = at(img, "ImageData", "DataType");
            if (!(type instanceof Double t) || !REAL_TYPES.contains(t.intValue())) {
                continue;
            }
            List<Long> dims = new ArrayList<>();
            if (at(img, "ImageData", "Dimensions") instanceof Map<?, ?> dm4) {
                for (Object d : dm4.values()) {
                    if (d instanceof Double dd) {
                        dims.add(dd.longValue());
                    }
                }
            }
            long n = 1;
            for (long d : dims) {
                n = d > 0 && n <= Long.MAX_VALUE / d ? n * d : -1;
            }
            if (dims.isEmpty() || n != data.length()) {
                continue;
            }
            if (best == null || data.length() > bestData.length()) {
                best = img;
                bestData = data;
                bestDims = dims;
            }
        }
        if (best == null) {
            throw new SpectrumFileException(file, "holds no real-valued image whose dimensions match its data.");
        }
        int nd = bestDims.size();
        if (nd > 3) {
            throw new SpectrumFileException(file, "holds a " + nd + "-dimensional image; expected a spectrum (1-D),"
                    + " a line scan (2-D) or a spectrum image (3-D).");
        }
        List<Map<?, ?>> cal = new ArrayList<>();
        if (at(best, "ImageData", "Calibrations", "Dimension") instanceof Map<?, ?> dims) {
            for (Object d : dims.values()) {
                cal.add(d instanceof Map<?, ?> m ? m : Map.of());
            }
        }
        // the energy dimension: calibrated in eV/keV; otherwise the last one (DM's spectrum-image convention)
        int e = nd - 1;
        for (int i = 0; i < nd && i < cal.size(); i++) {
            String u = String.valueOf(cal.get(i).get("Units"));
            if (u.equals("eV") || u.equals("keV")) {
                e = i;
                break;
            }
        }
        if (nd == 1) {
            e = 0;
        }
        if (e != 0 && e != nd - 1) {
            throw new SpectrumFileException(file, "the energy axis is the middle dimension; not supported.");
        }
        long channels = bestDims.get(e);
        long width = nd == 1 ? 1 : bestDims.get(e == 0 ? 1 : 0);
        long height = nd == 3 ? bestDims.get(e == 0 ? 2 : 1) : 1;
        if (channels < 1 || channels > 65536 || width < 1 || height < 1 || width > 65536 || height > 65536
                || width * channels > Integer.MAX_VALUE / 2) {
            throw new SpectrumFileException(file, "image of " + width + " x " + height + " x " + channels
                    + " (x, y, channels) is outside the supported sizes.");
        }
        Map<?, ?> ec = e < cal.size() ? cal.get(e) : Map.of();
        String units = String.valueOf(ec.get("Units"));
        double origin = ec.get("Origin") instanceof Double d ? d : 0.0;
        double scale = ec.get("Scale") instanceof Double d ? d : Double.NaN;
        double toKeV = units.equals("keV") ? 1.0 : units.equals("eV") ? 1e-3 : Double.NaN;
        double pixel = Double.NaN;
        String pixelUnits = "";
        int px = e == 0 ? 1 : 0;
        if (nd > 1 && px < cal.size() && cal.get(px).get("Scale") instanceof Double s) {
            pixel = s;
            pixelUnits = String.valueOf(cal.get(px).get("Units"));
        }
        return new Cube(bestData, (int) width, (int) height, (int) channels, e == 0, -origin * scale * toKeV,
                scale * toKeV, units, pixel, pixelUnits, best);
    }

    private static Object at(Map<?, ?> m, String... path) {
        Object cur = m;
        for (String k : path) {
            if (!(cur instanceof Map<?, ?> g)) {
                return null;
            }
            cur = g.get(k);
        }
        return cur;
    }

    private static AcquisitionInfo info(Cube c, Path file) {
        Map<?, ?> img = c.image();
        double volts = at(img, "ImageTags", "Microscope Info", "Voltage") instanceof Double v ? v : Double.NaN;
        double elev = at(img, "ImageTags", "EDS", "Detector Info", "Elevation angle") instanceof Double v ? v
                : Double.NaN;
        double live = Double.NaN;
        if (c.width() == 1 && c.height() == 1 && at(img, "ImageTags", "EDS", "Live time") instanceof Double v) {
            live = v;
        }
        String name = at(img, "Name") instanceof String s ? s : "";
        return new AcquisitionInfo(volts > 0 ? volts / 1000.0 : Double.NaN, live, Double.NaN, elev,
                c.pixelSize() > 0 ? c.pixelSize() : Double.NaN, c.pixelSize() > 0 ? c.pixelUnits() : "", List.of(),
                name, file.toString());
    }
}
