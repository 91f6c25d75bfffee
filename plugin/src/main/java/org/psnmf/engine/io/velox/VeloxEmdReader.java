package org.psnmf.engine.io.velox;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseRowAccumulator;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.MemoryBudget;
import org.psnmf.engine.io.ReadErrors;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.io.hdf5.Hdf5Files;
import org.psnmf.engine.io.json.MiniJson;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.xray.XrayDatabase;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.object.datatype.FixedPoint;

/**
 * Reads the EDS spectrum image of a Thermo Fisher (FEI) Velox {@code .emd} file (HDF5).
 *
 * <p>Format (as publicly described by the HyperSpy/RosettaSciIO project and checked on real files): the spectrum
 * image is kept as an event stream per detector in {@code /Data/SpectrumStream/<id>/Data}, an {@code N x 1} uint16
 * array in which 65535 means "advance to the next pixel" and any other value v is one X-ray counted in channel v of
 * the current pixel. The pixel counter runs row-major over the scan area and wraps to the next frame after
 * {@code width x height} pixels, so the counts at marker number g belong to frame {@code g / (w h)} and pixel
 * {@code g mod (w h)}. Each stream group also holds {@code AcquisitionSettings} (JSON: {@code bincount},
 * {@code StreamEncoding}) and {@code Metadata} (JSON bytes: detectors with {@code Dispersion} and
 * {@code OffsetEnergy} in eV, {@code BinaryResult} with pixel size and the detector name, optics, scan). The scan
 * area size is taken from the first image in {@code /Data/Image} (rows x columns x frames), else from
 * {@code Scan/ScanSize} times {@code Scan/ScanArea}.
 *
 * <p>The stream is decoded chunk by chunk straight into sparse rows ({@link SparseRowAccumulator}): memory is the
 * sparse result plus one decompressed HDF5 chunk; no dense cube is ever built. "Pruned" files (Velox's "save without
 * stream" option, or converted files) keep only a proprietary compressed cube and are refused with a clear message.
 */
public final class VeloxEmdReader implements SpectrumImageReader {

    private static final String FORMAT = "Velox EMD";
    private static final int MARKER = 65535;

    /**
     * What to read.
     *
     * @param detectors  detector names to include (as in the file, e.g. "SuperXG21"); empty = all streams summed
     * @param firstFrame first frame to include, 0-based
     * @param lastFrame  one past the last frame to include; -1 = up to the last frame
     * @param energyBin  number of adjacent channels to sum (must divide the channel count), 1 = none
     */
    public record Options(Set<String> detectors, int firstFrame, int lastFrame, int energyBin) {

        /** All detectors, all frames, no energy binning. */
        public static final Options DEFAULT = new Options(Set.of(), 0, -1, 1);

        public Options {
            detectors = Set.copyOf(detectors == null ? Set.of() : detectors);
            if (firstFrame < 0) {
                throw new IllegalArgumentException("First frame must be >= 0, got " + firstFrame + ".");
            }
            if (lastFrame != -1 && lastFrame <= firstFrame) {
                throw new IllegalArgumentException("Last frame (exclusive) must be > first frame " + firstFrame
                        + " or -1 for all, got " + lastFrame + ".");
            }
            if (energyBin < 1) {
                throw new IllegalArgumentException("Energy bin factor must be >= 1, got " + energyBin + ".");
            }
        }
    }

    private final Options options;

    /** A reader with {@link Options#DEFAULT}. */
    public VeloxEmdReader() {
        this(Options.DEFAULT);
    }

    public VeloxEmdReader(Options options) {
        this.options = options == null ? Options.DEFAULT : options;
    }

    @Override
    public String formatName() {
        return FORMAT;
    }

    @Override
    public List<String> extensions() {
        return List.of("emd");
    }

    /** Content check: HDF5 with a Velox {@code /Version} text or a {@code /Data/SpectrumStream} group. */
    @Override
    public boolean canRead(Path file, byte[] head) {
        if (!Hdf5Files.isHdf5(head)) {
            return false;
        }
        try (HdfFile f = Hdf5Files.open(file, FORMAT)) {
            Dataset v = Hdf5Files.dataset(f, "Version");
            if (v != null) {
                String t = Hdf5Files.text(v, file);
                if (t != null && t.contains("Velox")) {
                    return true;
                }
            }
            return Hdf5Files.group(f, "Data/SpectrumStream") != null;
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
        } catch (OverBudget e) {
            throw (SpectrumFileException) e.getCause();
        } catch (OutOfMemoryError e) {
            throw MemoryBudget.outOfMemory(file, e);
        } catch (RuntimeException | InternalError | StackOverflowError e) {
            // InternalError: the JDK's report of a memory-mapped file truncated while being read
            throw Hdf5Files.damaged(file, FORMAT, e);
        }
    }

    /** One detector's stream and its parsed settings. */
    private record Stream(String detector, Dataset data, int channels, Object metadata) {
    }

    private SpectrumImage readOpen(HdfFile f, Path file, Progress p) throws IOException {
        Group data = Hdf5Files.group(f, "Data");
        if (data == null) {
            throw new SpectrumFileException(file, "has no /Data group; not a Velox EMD file.");
        }
        Group streamGroup = Hdf5Files.group(f, "Data/SpectrumStream");
        if (streamGroup == null || streamGroup.getChildren().isEmpty()) {
            if (Hdf5Files.group(f, "Data/SpectrumImage") != null) {
                throw new SpectrumFileException(file, "is a 'pruned' Velox file: it holds no EDS SpectrumStream, only"
                        + " Velox's proprietary compressed spectrum image. Re-export it from Velox without pruning"
                        + " (or read the original .bcf if it was converted).");
            }
            throw new SpectrumFileException(file, "holds no EDS spectrum image (no /Data/SpectrumStream); it may"
                    + " contain only images or single spectra.");
        }
        List<Stream> all = new ArrayList<>();
        for (Node n : streamGroup.getChildren().values()) {
            if (n instanceof Group g) {
                all.add(stream(g, file, all.size()));
            }
        }
        if (all.isEmpty()) {
            throw new SpectrumFileException(file, "/Data/SpectrumStream holds no stream groups.");
        }
        List<Stream> streams = select(all, file);
        int channels = streams.get(0).channels();
        for (Stream s : streams) {
            if (s.channels() != channels) {
                throw new SpectrumFileException(file, "detector streams disagree on the channel count (" + channels
                        + " vs " + s.channels() + "); read one detector at a time.");
            }
        }
        if (channels % options.energyBin() != 0) {
            throw new SpectrumFileException(file, "energy bin factor " + options.energyBin()
                    + " does not divide the " + channels + " channels.");
        }
        Object meta = streams.get(0).metadata();
        int[] hw = scanShape(f, meta, file);
        int height = hw[0];
        int width = hw[1];
        int outChannels = channels / options.energyBin();
        String what = "the EDS stream of a " + width + " x " + height + " scan with " + outChannels + " channels";
        MemoryBudget.require(file, MemoryBudget.sum(file, what, MemoryBudget.sparseImageBytes(file, width, height, 0),
                MemoryBudget.product(file, what, height, 2 * (16 + 8))), what);
        SparseRowAccumulator acc = new SparseRowAccumulator(width, height, outChannels);
        MemoryBudget.Projection entries = new MemoryBudget.Projection(file, what,
                MemoryBudget.ACCUMULATOR_BYTES_PER_NONZERO, (long) width * height * outChannels);
        long frameSize = (long) width * height;
        long[] framesSeen = new long[1];
        for (int i = 0; i < streams.size(); i++) {
            Progress sub = p.sub((double) i / streams.size(), (double) (i + 1) / streams.size());
            int index = i;
            int count = streams.size();
            DoubleConsumer budget = frac -> checkBudget(entries, (index + frac) / count, acc);
            long markers = decode(streams.get(i), acc, frameSize, channels, file, sub, budget);
            framesSeen[0] = Math.max(framesSeen[0], (markers + frameSize - 1) / frameSize);
        }
        long totalFrames = Math.max(1, framesSeen[0]);
        if (options.firstFrame() >= totalFrames) {
            throw new SpectrumFileException(file, "first frame " + options.firstFrame() + " is beyond the "
                    + totalFrames + " frame(s) in the stream.");
        }
        long lastFrame = options.lastFrame() < 0 ? totalFrames : Math.min(options.lastFrame(), totalFrames);
        long framesRead = lastFrame - options.firstFrame();
        EnergyAxis axis = energyAxis(meta, streams.get(0).detector(), channels, file);
        if (options.energyBin() > 1) {
            axis = axis.binned(options.energyBin());
        }
        AcquisitionInfo info = info(f, meta, streams, framesRead, file);
        p.report(1.0, () -> "Read " + file.getFileName());
        return acc.build(axis, info);
    }

    private Stream stream(Group g, Path file, int index) throws SpectrumFileException {
        Node dn = g.getChildren().get("Data");
        if (!(dn instanceof Dataset d)) {
            throw new SpectrumFileException(file, "stream " + g.getPath() + " has no Data dataset.");
        }
        Node an = g.getChildren().get("AcquisitionSettings");
        int channels;
        if (an instanceof Dataset ad) {
            Object settings = json(Hdf5Files.text(ad, file), ad.getPath(), file);
            double bc = MiniJson.number(settings, "bincount");
            String enc = MiniJson.string(settings, "StreamEncoding");
            if (enc != null && !enc.equalsIgnoreCase("uint16")) {
                throw new SpectrumFileException(file, "stream encoding '" + enc + "' is not supported (uint16 only).");
            }
            if (!(bc >= 1 && bc <= 65536) || bc != Math.rint(bc)) {
                throw new SpectrumFileException(file, "bincount " + MiniJson.string(settings, "bincount") + " in "
                        + ad.getPath() + " is not a channel count in [1, 65536].");
            }
            channels = (int) bc;
        } else {
            throw new SpectrumFileException(file, "stream " + g.getPath() + " has no AcquisitionSettings.");
        }
        Object meta = null;
        Node mn = g.getChildren().get("Metadata");
        if (mn instanceof Dataset md) {
            meta = json(Hdf5Files.text(md, file), md.getPath(), file);
        }
        String det = MiniJson.string(meta, "BinaryResult", "Detector");
        if (det == null || det.isBlank()) {
            det = "stream" + index;
        }
        return new Stream(det, d, channels, meta);
    }

    private List<Stream> select(List<Stream> all, Path file) throws SpectrumFileException {
        if (options.detectors().isEmpty()) {
            return all;
        }
        List<Stream> out = new ArrayList<>();
        for (Stream s : all) {
            if (options.detectors().contains(s.detector())) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            all.forEach(s -> names.add(s.detector()));
            throw new SpectrumFileException(file, "none of the requested detectors " + options.detectors()
                    + " is in the file (available: " + String.join(", ", names) + ").");
        }
        return out;
    }

    private static Object json(String text, String where, Path file) throws SpectrumFileException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MiniJson.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SpectrumFileException(file, "metadata " + where + " is not valid JSON (" + e.getMessage() + ").");
        }
    }

    /** @return {height, width} of the scan area */
    private static int[] scanShape(HdfFile f, Object meta, Path file) throws SpectrumFileException {
        Group images = Hdf5Files.group(f, "Data/Image");
        if (images != null) {
            for (Node n : images.getChildren().values()) {
                if (n instanceof Group g && g.getChildren().get("Data") instanceof Dataset d) {
                    int[] dims = d.getDimensions();
                    if (dims.length == 3) {
                        return checkShape(dims[0], dims[1], "image " + d.getPath(), file);
                    }
                }
            }
        }
        double sw = MiniJson.number(meta, "Scan", "ScanSize", "width");
        double sh = MiniJson.number(meta, "Scan", "ScanSize", "height");
        double l = MiniJson.number(meta, "Scan", "ScanArea", "left");
        double r = MiniJson.number(meta, "Scan", "ScanArea", "right");
        double t = MiniJson.number(meta, "Scan", "ScanArea", "top");
        double b = MiniJson.number(meta, "Scan", "ScanArea", "bottom");
        if (Double.isFinite(sw * sh * l * r * t * b)) {
            long w = Math.round((r - l) * sw);
            long h = Math.round((b - t) * sh);
            return checkShape(h, w, "Scan/ScanArea", file);
        }
        throw new SpectrumFileException(file, "the size of the scan area is unknown (no image in /Data/Image and no"
                + " Scan/ScanArea in the stream metadata).");
    }

    private static int[] checkShape(long h, long w, String where, Path file) throws SpectrumFileException {
        if (h < 1 || w < 1 || h > 1 << 16 || w > 1 << 16) {
            throw new SpectrumFileException(file, "scan size " + w + " x " + h + " from " + where
                    + " is not in [1, 65536] pixels per side.");
        }
        return new int[] { (int) h, (int) w };
    }

    /**
     * Decodes one stream into the accumulator.
     *
     * @return the number of pixel markers in the whole stream (to count frames)
     */
    private long decode(Stream s, SparseRowAccumulator acc, long frameSize, int channels, Path file, Progress p,
            DoubleConsumer budget) throws SpectrumFileException {
        Dataset d = s.data();
        if (!(d.getDataType() instanceof FixedPoint fp) || fp.getSize() != 2) {
            throw new SpectrumFileException(file, "stream " + d.getPath() + " is not a 16-bit integer array.");
        }
        long[] dims = d.getDimensionsAsLong();
        long n = 1;
        for (long x : dims) {
            n *= x;
        }
        if (dims.length < 1 || dims.length > 2 || (dims.length == 2 && dims[1] != 1) || n < 0) {
            throw new SpectrumFileException(file, "stream " + d.getPath() + " has shape "
                    + java.util.Arrays.toString(dims) + " (expected N x 1).");
        }
        StreamState st = new StreamState(acc, frameSize, channels, options, file, d.getPath());
        ByteOrder order = fp.getByteOrder();
        if (d instanceof ChunkedDataset cd) {
            int[] cdims = cd.getChunkDimensions();
            long step = cdims[0];
            if (step < 1 || step > (64L << 20)) {
                throw new SpectrumFileException(file, "stream chunk size " + step + " is implausible.");
            }
            int[] off = new int[dims.length];
            for (long o = 0; o < n && !st.done; o += step) {
                p.checkCancelled();
                off[0] = (int) o;
                byte[] chunk = cd.getDecompressedChunk(off);
                int valid = (int) Math.min(step, n - o);
                if (chunk.length < valid * 2L) {
                    throw new SpectrumFileException(file, "stream chunk at " + o + " is shorter than declared.");
                }
                st.feed(ByteBuffer.wrap(chunk, 0, valid * 2).order(order));
                final double frac = (double) (o + valid) / n;
                budget.accept(frac);
                p.report(frac, () -> String.format(Locale.ROOT, "Decoding EDS stream %s: %.0f%%", s.detector(),
                        100 * frac));
            }
        } else if (d instanceof ContiguousDataset cd) {
            ByteBuffer b = cd.getBuffer().order(order);
            if (b.remaining() < n * 2) {
                throw new SpectrumFileException(file, "stream " + d.getPath() + " is truncated.");
            }
            int block = 1 << 22;
            for (long o = 0; o < n && !st.done; o += block) {
                p.checkCancelled();
                int len = (int) Math.min(block, n - o);
                ByteBuffer slice = b.duplicate().order(order);
                slice.position((int) (o * 2)).limit((int) ((o + len) * 2));
                st.feed(slice.slice().order(order));
                budget.accept((double) (o + len) / n);
            }
        } else {
            if (n * 2 > Hdf5Files.MAX_METADATA_BYTES) {
                throw new SpectrumFileException(file, "stream " + d.getPath() + " has an unsupported storage layout.");
            }
            Object flat = d.getDataFlat();
            int len = Array.getLength(flat);
            ByteBuffer b = ByteBuffer.allocate(len * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < len; i++) {
                b.putShort((short) ((Number) Array.get(flat, i)).intValue());
            }
            b.flip();
            st.feed(b);
        }
        st.finish();
        return st.markers;
    }

    /** The memory projection of {@link MemoryBudget.Projection}, rethrown through the decoder's callback. */
    private static void checkBudget(MemoryBudget.Projection entries, double fraction, SparseRowAccumulator acc) {
        try {
            entries.check(fraction, acc.storedEntries());
        } catch (SpectrumFileException e) {
            throw new OverBudget(e);
        }
    }

    /** Carries a memory refusal out of a {@link DoubleConsumer}. */
    private static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget(SpectrumFileException e) {
            super(e.getMessage(), e, false, false);
        }
    }

    /** Stream decoding state carried across chunks. */
    private static final class StreamState {
        final SparseRowAccumulator acc;
        final long frameSize;
        final int channels;
        final int bin;
        final long first;
        final long last;
        final int width;
        final Path file;
        final String path;
        long markers;
        boolean done;

        StreamState(SparseRowAccumulator acc, long frameSize, int channels, Options o, Path file, String path) {
            this.acc = acc;
            this.frameSize = frameSize;
            this.channels = channels;
            this.bin = o.energyBin();
            this.first = o.firstFrame();
            this.last = o.lastFrame() < 0 ? Long.MAX_VALUE : o.lastFrame();
            this.width = acc.width();
            this.file = file;
            this.path = path;
        }

        void feed(ByteBuffer b) throws SpectrumFileException {
            long g = markers;
            long frame = g / frameSize;
            long pixel = g - frame * frameSize;
            while (b.remaining() >= 2) {
                int v = b.getShort() & 0xFFFF;
                if (v == MARKER) {
                    g++;
                    if (++pixel == frameSize) {
                        pixel = 0;
                        frame++;
                    }
                    continue;
                }
                if (frame < first) {
                    continue;
                }
                if (frame >= last) {
                    done = true;
                    // keep counting markers is unnecessary: frames beyond the range are not read
                    break;
                }
                if (v >= channels) {
                    throw new SpectrumFileException(file, "stream " + path + " holds channel " + v + " after pixel "
                            + g + ", outside the " + channels + " channels of AcquisitionSettings (damaged file?).");
                }
                int y = (int) (pixel / width);
                acc.add((int) (pixel - (long) y * width), y, v / bin, 1);
            }
            markers = g;
        }

        void finish() {
            acc.flush();
        }
    }

    private static EnergyAxis energyAxis(Object meta, String detector, int channels, Path file)
            throws SpectrumFileException {
        Map<?, ?> det = detectorEntry(meta, detector);
        double dispersionEv = MiniJson.number(det, "Dispersion");
        double offsetEv = MiniJson.number(det, "OffsetEnergy");
        if (!(dispersionEv > 0) || !Double.isFinite(dispersionEv) || !Double.isFinite(offsetEv)) {
            throw new SpectrumFileException(file, "no energy calibration (Dispersion, OffsetEnergy) for detector '"
                    + detector + "' in the stream metadata.");
        }
        return new EnergyAxis(channels, offsetEv / 1000.0, dispersionEv / 1000.0);
    }

    /** @return the Detectors entry whose DetectorName equals, or else contains, {@code name}; or null */
    private static Map<?, ?> detectorEntry(Object meta, String name) {
        if (!(MiniJson.at(meta, "Detectors") instanceof Map<?, ?> dets)) {
            return null;
        }
        Map<?, ?> partial = null;
        for (Object o : dets.values()) {
            if (o instanceof Map<?, ?> m && m.get("DetectorName") instanceof String dn) {
                if (dn.equals(name)) {
                    return m;
                }
                if (partial == null && dn.contains(name)) {
                    partial = m;
                }
            }
        }
        return partial;
    }

    private static AcquisitionInfo info(HdfFile f, Object meta, List<Stream> streams, long framesRead, Path file)
            throws SpectrumFileException {
        double kv = MiniJson.number(meta, "Optics", "AccelerationVoltage") / 1000.0;
        Map<?, ?> det = detectorEntry(meta, streams.get(0).detector());
        double elevationDeg = Math.toDegrees(MiniJson.number(det, "ElevationAngle"));
        // live time per pixel: the dwell time times the frames read, times the detectors' mean live fraction
        double dwell = MiniJson.number(meta, "Scan", "DwellTime");
        double live = 0;
        int nLive = 0;
        for (Stream s : streams) {
            Map<?, ?> e = detectorEntry(meta, s.detector());
            double lt = MiniJson.number(e, "LiveTime");
            double rt = MiniJson.number(e, "RealTime");
            if (lt > 0 && rt > 0 && lt <= rt) {
                live += lt / rt;
                nLive++;
            }
        }
        double liveFraction = nLive > 0 ? live / nLive : 1.0;
        double livePerPixel = dwell > 0 ? dwell * framesRead * liveFraction : Double.NaN;
        double pixel = MiniJson.number(meta, "BinaryResult", "PixelSize", "width");
        String unit = MiniJson.string(meta, "BinaryResult", "PixelUnitX");
        double size = Double.NaN;
        String units = "";
        if (pixel > 0 && "m".equals(unit)) {
            size = pixel * 1e9;
            units = "nm";
        } else if (pixel > 0 && unit != null) {
            size = pixel;
            units = unit;
        }
        Set<String> names = new LinkedHashSet<>();
        streams.forEach(s -> names.add(s.detector()));
        String title = "EDS (" + String.join("+", names) + ")";
        return new AcquisitionInfo(kv > 0 ? kv : Double.NaN, livePerPixel, Double.NaN,
                Double.isFinite(elevationDeg) ? elevationDeg : Double.NaN, size, units, elements(f, file), title,
                file.toString());
    }

    /** Elements selected for quantification in Velox (atomic numbers in "elementSelection"). */
    /** @return the symbol of atomic number {@code z}, or null outside the X-ray table (which ends at Cf, Z = 98) */
    private static String elementSymbol(int z) {
        try {
            return XrayDatabase.get().symbol(z);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> elements(HdfFile f, Path file) throws SpectrumFileException {
        Set<String> out = new LinkedHashSet<>();
        for (String path : new String[] { "Operations/ImageQuantificationOperation",
                "SharedProperties/EDSSpectrumQuantificationSettings" }) {
            Group g = Hdf5Files.group(f, path);
            if (g == null) {
                continue;
            }
            for (Node n : g.getChildren().values()) {
                if (n instanceof Dataset d) {
                    Object j;
                    try {
                        j = json(Hdf5Files.text(d, file), d.getPath(), file);
                    } catch (SpectrumFileException e) {
                        continue; // element list is optional metadata
                    }
                    if (MiniJson.at(j, "elementSelection") instanceof List<?> l) {
                        for (Object z : l) {
                            double v = z instanceof Double dd ? dd : MiniJson.number(Map.of("v", z), "v");
                            String sym = Double.isFinite(v) ? elementSymbol((int) v) : null;
                            if (sym != null) {
                                out.add(sym);
                            }
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }
}
