package org.psnmf.engine.io.jeol;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseRowAccumulator;
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
 * Reads JEOL Analysis Station files: the EDS spectrum image of a {@code .pts} cube ({@link PtsHeader},
 * {@link PtsStream}), the cube(s) an {@code .ASW} project references ({@link AswProject}) and single spectra
 * ({@code .EDS}, {@link EdsSpectrumFile}, a 1 x 1 image). Electron images and element maps ({@code .img},
 * {@code .map}) are recognised and refused with a message, since they hold no spectra.
 *
 * <p>A {@code .pts} cube is an event stream over several frames (sweeps); X-rays go straight into a
 * {@link SparseRowAccumulator} (memory: about 8 bytes per distinct pixel and channel, never the dense cube, which
 * for 512 x 512 x 4096 would be 1 GiB even at one byte a value). By default all complete frames are summed and an
 * incomplete last frame (acquisition stopped mid-frame) is left out, as HyperSpy does; {@link Options} choose frames,
 * include the incomplete one or sum {@code downsample x downsample} pixel blocks on load. The energy axis always has
 * 4096 channels (the stream's 12-bit code). Live time per pixel = the map's live time x chosen frames / frames in the
 * stream / pixels x downsample^2 (the header gives one live time for the whole map).
 */
public final class JeolReader implements SpectrumImageReader {

    private static final String FORMAT = "JEOL Analysis Station";
    private static final int IMAGE_MAGIC = 52;
    private static final long MAX_EDS_BYTES = 64L << 20;

    /**
     * @param downsample         spatial block size summed on load (1 = none); edge blocks may be partial
     * @param frames             0-based frame numbers to sum (empty = every complete frame)
     * @param includeIncomplete  also read an incomplete last frame (when {@code frames} is empty) or allow it to be
     *                           chosen
     * @param cube               which {@code .pts} of an {@code .ASW} project to read (-1 = the first)
     */
    public record Options(int downsample, List<Integer> frames, boolean includeIncomplete, int cube) {

        public static final Options DEFAULT = new Options(1, List.of(), false, -1);

        public Options {
            if (downsample < 1) {
                throw new IllegalArgumentException("Downsampling factor must be >= 1, got " + downsample + ".");
            }
            frames = List.copyOf(new TreeSet<>(frames == null ? List.of() : frames));
            for (int f : frames) {
                if (f < 0) {
                    throw new IllegalArgumentException("Frame numbers start at 0, got " + f + ".");
                }
            }
            if (cube < -1) {
                throw new IllegalArgumentException("Cube index must be >= 0 (or -1 for the first), got " + cube + ".");
            }
        }

        /**
         * Parses a frame list such as {@code "0-3,7"} (0-based, ranges inclusive; empty or "all" = every complete
         * frame).
         *
         * @throws IllegalArgumentException naming the bad part
         */
        public static List<Integer> parseFrames(String spec) {
            List<Integer> out = new ArrayList<>();
            if (spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase("all")) {
                return out;
            }
            for (String part : spec.split(",")) {
                String t = part.trim();
                try {
                    int dash = t.indexOf('-', 1);
                    int a = Integer.parseInt((dash < 0 ? t : t.substring(0, dash)).trim());
                    int b = dash < 0 ? a : Integer.parseInt(t.substring(dash + 1).trim());
                    if (a < 0 || b < a || b - a > 1_000_000) {
                        throw new NumberFormatException();
                    }
                    for (int f = a; f <= b; f++) {
                        out.add(f);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Frame selection '" + spec + "': '" + t
                            + "' is not a frame number or range FIRST-LAST (0-based, e.g. 0-3,7).");
                }
            }
            return out;
        }
    }

    private final Options options;

    public JeolReader() {
        this(Options.DEFAULT);
    }

    public JeolReader(Options options) {
        this.options = options == null ? Options.DEFAULT : options;
    }

    @Override
    public String formatName() {
        return FORMAT;
    }

    @Override
    public List<String> extensions() {
        return List.of("asw", "pts", "eds", "img", "map");
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        return PtsHeader.looksLikePts(head) || AswProject.looksLikeAsw(head) || EdsSpectrumFile.looksLikeEds(head)
                || looksLikeImage(head);
    }

    private static boolean looksLikeImage(byte[] head) {
        return head.length >= 36 && ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt(0) == IMAGE_MAGIC
                && new String(head, 4, 8, java.nio.charset.StandardCharsets.US_ASCII).startsWith("JED-");
    }

    @Override
    public SpectrumImage read(Path file, Progress progress) throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        try {
            byte[] head = head(file);
            if (PtsHeader.looksLikePts(head)) {
                return readPts(file, Double.NaN, p);
            }
            if (AswProject.looksLikeAsw(head)) {
                return readProject(file, p);
            }
            if (EdsSpectrumFile.looksLikeEds(head)) {
                return readEds(file);
            }
            if (looksLikeImage(head)) {
                throw new SpectrumFileException(file, "is a JEOL electron image or element map (.img/.map), not an"
                        + " EDS spectrum image; open the project's .ASW or its .pts cube instead.");
            }
            throw new SpectrumFileException(file, "is not a JEOL .ASW project, .pts cube or .EDS spectrum"
                    + " (unrecognised content).");
        } catch (SpectrumFileException | CancelledException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new SpectrumFileException(file, "a file it needs was not found (" + e.getFile() + ").");
        } catch (OutOfMemoryError e) {
            throw MemoryBudget.outOfMemory(file, e);
        } catch (RuntimeException e) {
            throw new SpectrumFileException(file, "is damaged or not a valid " + FORMAT + " file ("
                    + ReadErrors.reason(e) + ").", e);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        }
    }

    private SpectrumImage readProject(Path asw, Progress p) throws IOException {
        List<AswProject.Cube> cubes = AswProject.cubes(asw);
        if (cubes.isEmpty()) {
            throw new SpectrumFileException(asw, "references no EDS cube (.pts); the project holds only images or"
                    + " spectra, which are opened one by one.");
        }
        int index = options.cube() < 0 ? 0 : options.cube();
        if (index >= cubes.size()) {
            throw new SpectrumFileException(asw, "has no cube " + index + " (it references " + cubes.size()
                    + ": 0 to " + (cubes.size() - 1) + ").");
        }
        AswProject.Cube c = cubes.get(index);
        if (!Files.isRegularFile(c.file())) {
            throw new SpectrumFileException(asw, "references the cube " + c.file() + ", which does not exist (keep"
                    + " the project's folder layout).");
        }
        return readPts(c.file(), c.fieldWidthUm(), p);
    }

    /**
     * @param fieldWidthUm the field width from a project (overrides the cube's own calibration), NaN if none
     */
    private SpectrumImage readPts(Path file, double fieldWidthUm, Progress p) throws IOException {
        PtsHeader h = PtsHeader.read(file);
        int d = options.downsample();
        int outW = (h.width + d - 1) / d;
        int outH = (h.height + d - 1) / d;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            PtsStream stream = new PtsStream(ch, file, h.dataPosition, h.dataBytes);
            List<PtsStream.Frame> frames = stream.scan(h.width, h.height, p);
            List<PtsStream.Frame> chosen = choose(frames, file);
            long xrays = 0;
            for (PtsStream.Frame f : chosen) {
                xrays += f.xrays();
            }
            requireMemory(file, xrays, outW, outH);
            SparseRowAccumulator acc = new SparseRowAccumulator(outW, outH, PtsHeader.CHANNELS);
            for (int i = 0; i < chosen.size(); i++) {
                stream.decode(chosen.get(i), h.width, h.height, d, acc, p, i, chosen.size());
            }
            double pixel = Double.isNaN(fieldWidthUm) ? h.pixelSizeUm : fieldWidthUm / h.width;
            double live = h.liveTimeS * chosen.size() / frames.size() / ((double) h.width * h.height) * d * d;
            AcquisitionInfo info = new AcquisitionInfo(h.beamKv, live, h.fwhmMnKaEv, h.elevationDeg, pixel * d,
                    Double.isNaN(pixel) ? "" : "µm", List.of(), "EDS extracted from " + file.getFileName(),
                    file.toString());
            SparseSpectrumImage img = acc.build(new EnergyAxis(PtsHeader.CHANNELS, h.offsetKeV, h.scaleKeV), info);
            p.report(1.0, () -> "Reading JEOL .pts: done");
            return img;
        }
    }

    private List<PtsStream.Frame> choose(List<PtsStream.Frame> frames, Path file) throws SpectrumFileException {
        if (frames.isEmpty()) {
            throw new SpectrumFileException(file, "holds no X-ray data (empty event stream).");
        }
        List<PtsStream.Frame> chosen = new ArrayList<>();
        if (options.frames().isEmpty()) {
            for (PtsStream.Frame f : frames) {
                if (f.complete() || options.includeIncomplete()) {
                    chosen.add(f);
                }
            }
            if (chosen.isEmpty()) {
                throw new SpectrumFileException(file, "holds only one incomplete frame (the acquisition stopped"
                        + " during the first sweep); read it with the option to include the incomplete frame.");
            }
            return chosen;
        }
        for (int f : options.frames()) {
            if (f >= frames.size()) {
                throw new SpectrumFileException(file, "has no frame " + f + " (it holds " + frames.size()
                        + " frames: 0 to " + (frames.size() - 1) + ").");
            }
            PtsStream.Frame fr = frames.get(f);
            if (!fr.complete() && !options.includeIncomplete()) {
                throw new SpectrumFileException(file, "frame " + f + " is incomplete (the acquisition stopped during"
                        + " it); choose the option to include the incomplete frame to read it.");
            }
            chosen.add(fr);
        }
        return chosen;
    }

    /**
     * Refuses before allocating when the cube cannot fit the heap. The X-rays of the chosen frames bound the distinct
     * (pixel, channel) entries exactly (as do the cube's cells): 8 bytes each while accumulating, 6 once built, plus
     * the row pointers.
     */
    static void requireMemory(Path file, long xrays, int width, int height) throws SpectrumFileException {
        String what = "the EDS cube of a " + width + " x " + height + " scan with " + PtsHeader.CHANNELS
                + " channels (" + xrays + " X-rays)";
        long entries = Math.min(xrays, MemoryBudget.product(file, what, width, height, PtsHeader.CHANNELS));
        MemoryBudget.require(file, MemoryBudget.sum(file, what, MemoryBudget.sparseImageBytes(file, width, height,
                entries), MemoryBudget.product(file, what, entries, MemoryBudget.ACCUMULATOR_BYTES_PER_NONZERO)),
                what);
    }

    private static EdsSpectrumFile parseEds(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_EDS_BYTES) {
            throw new SpectrumFileException(file, "is " + size + " bytes, more than a JEOL single spectrum can"
                    + " plausibly be.");
        }
        return EdsSpectrumFile.parse(Files.readAllBytes(file), file);
    }

    private static AcquisitionInfo info(EdsSpectrumFile s, Path file) {
        return new AcquisitionInfo(s.beamKv, s.liveTimeS, s.fwhmMnKaEv, s.elevationDeg, Double.NaN, "", s.elements,
                "EDX", file.toString());
    }

    private SpectrumImage readEds(Path file) throws IOException {
        EdsSpectrumFile s = parseEds(file);
        EnergyAxis axis = new EnergyAxis(s.counts.length, s.offsetKeV, s.scaleKeV);
        return new SparseSpectrumImage.Builder(1, 1, axis, info(s, file)).setRowDense(0, s.counts).build();
    }

    /**
     * The header of a single spectrum ({@code .EDS}: the whole, small file). Cubes have none: their live time per
     * pixel depends on the frames found in the stream.
     */
    @Override
    public Optional<SpectrumImageHeader> readHeader(Path file) throws IOException {
        if (!EdsSpectrumFile.looksLikeEds(head(file))) {
            return Optional.empty();
        }
        EdsSpectrumFile s = parseEds(file);
        return Optional.of(new SpectrumImageHeader(1, 1, new EnergyAxis(s.counts.length, s.offsetKeV, s.scaleKeV),
                info(s, file), true));
    }

    @Override
    public Map<String, String> originalMetadata(Path file) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        byte[] head = head(file);
        try {
            if (EdsSpectrumFile.looksLikeEds(head)) {
                m.put("dtype", "int32");
                EdsSpectrumFile s = parseEds(file);
                put(m, "live_time_s", s.liveTimeS);
                put(m, "real_time_s", s.realTimeS);
                m.put("detector_type", s.detector);
                return m;
            }
            Path pts = file;
            if (AswProject.looksLikeAsw(head)) {
                List<AswProject.Cube> cubes = AswProject.cubes(file);
                for (int i = 0; i < cubes.size(); i++) {
                    m.put("cube_" + i, cubes.get(i).file().toString());
                }
                int index = Math.max(0, options.cube());
                if (index >= cubes.size() || !Files.isRegularFile(cubes.get(index).file())) {
                    return m;
                }
                pts = cubes.get(index).file();
            } else if (!PtsHeader.looksLikePts(head)) {
                return m;
            }
            PtsHeader h = PtsHeader.read(pts);
            // no "dtype": an event stream stores no values (HyperSpy's uint8 is its own default, not the file's)
            m.put("pixels", h.width + "x" + h.height);
            put(m, "sweeps", h.sweeps);
            put(m, "live_time_s", h.liveTimeS);
            put(m, "real_time_s", h.realTimeS);
            JeolTree.Node sem = h.tree.at("PTTD Param", "Params", "PARAMPAGE0_SEM");
            if (sem != null) {
                putText(m, "microscope", sem.text("SEM"));
                putText(m, "detector_type", sem.text("DetT"));
                put(m, "azimuth_angle_deg", sem.number("DirAng"));
            }
            put(m, "magnification", h.tree.number("PTTD Data", "AnalyzableMap MeasData", "MeasCond", "Mag"));
            return m;
        } catch (RuntimeException e) {
            throw new SpectrumFileException(file, "is damaged (" + ReadErrors.reason(e) + ").", e);
        }
    }

    private static void put(Map<String, String> m, String key, double v) {
        if (Double.isFinite(v)) {
            m.put(key, v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
        }
    }

    private static void putText(Map<String, String> m, String key, String v) {
        if (v != null && !v.isBlank()) {
            m.put(key, v.trim());
        }
    }
}
