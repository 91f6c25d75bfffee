package org.psnmf.engine.io.bruker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseRowAccumulator;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.MemoryBudget;
import org.psnmf.engine.io.ReadErrors;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.io.bytes.LeInput;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;

/**
 * Reads the EDS hypermap of a Bruker Esprit {@code .bcf} file: an SFS container ({@link SfsContainer}) holding the
 * XML header {@code EDSDatabase/HeaderData} ({@link BcfHeader}) and the binary hypermap
 * {@code EDSDatabase/SpectrumData<i>}.
 *
 * <p>Hypermap layout (little endian, after decompression): int32 height, int32 width, data from byte 0x1A0. For each
 * of the {@code height} lines: uint32 number of stored pixels, then per pixel a 22-byte header (uint32 x, uint16
 * channels of the map, uint16 channels stored for this pixel, 4 unused bytes, uint16 packing flag, uint16 unused,
 * uint16 number of single pulses, uint32 size of the packed data) and the packed data:
 * <ul>
 * <li>flag 0: a list of pulses, each a uint16 channel number (one count each);</li>
 * <li>flag 1: a list of pulses packed as 12-bit channel numbers, four pulses in every six bytes (taking the bytes as
 * three little-endian 16-bit words w0, w1, w2: {@code w0 >> 4}, {@code (w0 & 0xF) << 8 | w1 >> 8},
 * {@code (w1 & 0xFF) << 4 | w2 >> 12}, {@code w2 & 0xFFF});</li>
 * <li>flag &gt; 1: "instructively packed" counts: runs of (uint8 value size s, uint8 run length n); s = 0 means n
 * empty channels, otherwise an unsigned s-byte gain follows and then n values of s/2 bytes each (4-bit nibbles, low
 * nibble first, when s = 1), each count being value + gain. The runs fill the packed size minus 4 bytes; the last 4
 * bytes give the byte size of a list of extra uint16 pulses (the pixel header's pulse number), which follow and each
 * add one count (this is how counts above the packed range, e.g. above 16 bits, are stored).</li>
 * </ul>
 *
 * <p>Pixels are decoded one at a time into a channel buffer and handed to a {@link SparseRowAccumulator}, which sums
 * them into {@code downsample x downsample} blocks when asked: memory is the sparse result plus one zlib block and one
 * spectrum. Bruker stores neither live time nor dead time per pixel, so the live time is left unknown.
 */
public final class BrukerBcfReader implements SpectrumImageReader {

    private static final String FORMAT = "Bruker BCF";
    private static final String PREFIX = "EDSDatabase/SpectrumData";

    /**
     * @param downsample spatial block size to sum on load (1 = none)
     * @param index      which hypermap to read when the file holds several (-1 = the first)
     */
    public record Options(int downsample, int index) {

        public static final Options DEFAULT = new Options(1, -1);

        public Options {
            if (downsample < 1) {
                throw new IllegalArgumentException("Downsampling factor must be >= 1, got " + downsample + ".");
            }
            if (index < -1) {
                throw new IllegalArgumentException("Hypermap index must be >= 0 (or -1 for the first), got " + index
                        + ".");
            }
        }
    }

    private final Options options;

    public BrukerBcfReader() {
        this(Options.DEFAULT);
    }

    public BrukerBcfReader(Options options) {
        this.options = options == null ? Options.DEFAULT : options;
    }

    @Override
    public String formatName() {
        return FORMAT;
    }

    @Override
    public List<String> extensions() {
        return List.of("bcf");
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        return head.length >= 8 && new String(head, 0, 8, java.nio.charset.StandardCharsets.US_ASCII).equals(
                "AAMVHFSS");
    }

    @Override
    public SpectrumImage read(Path file, Progress progress) throws IOException {
        return ReadErrors.guard(file, () -> readUnguarded(file, progress));
    }

    private SpectrumImage readUnguarded(Path file, Progress progress) throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        try (SfsContainer sfs = SfsContainer.open(file)) {
            return read(sfs, file, p);
        } catch (SpectrumFileException | CancelledException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new SpectrumFileException(file, "is damaged or not a valid " + FORMAT + " file ("
                    + ReadErrors.reason(e) + ").", e);
        }
    }

    private SpectrumImage read(SfsContainer sfs, Path file, Progress p) throws IOException {
        TreeSet<Integer> indexes = new TreeSet<>();
        for (String path : sfs.paths()) {
            if (path.startsWith(PREFIX)) {
                try {
                    indexes.add(Integer.parseInt(path.substring(PREFIX.length())));
                } catch (NumberFormatException e) {
                    // not a hypermap entry
                }
            }
        }
        if (indexes.isEmpty()) {
            throw new SpectrumFileException(file, "holds no EDS hypermap (no " + PREFIX + "* entry); it may contain"
                    + " only images.");
        }
        int index = options.index() < 0 ? indexes.first() : options.index();
        if (!indexes.contains(index)) {
            throw new SpectrumFileException(file, "has no hypermap " + index + " (available: " + indexes + ").");
        }
        SfsContainer.Entry headerEntry = sfs.entry("EDSDatabase/HeaderData");
        if (headerEntry == null) {
            throw new SpectrumFileException(file, "has no EDSDatabase/HeaderData.");
        }
        BcfHeader h = BcfHeader.parse(sfs.readAll(headerEntry, 256 << 20), index, file);
        LeInput in = new LeInput(sfs.open(sfs.entry(PREFIX + index)), file, "hypermap " + index);
        int height = in.i32();
        int width = in.i32();
        if (height < 1 || width < 1 || height > 65536 || width > 65536) {
            throw new SpectrumFileException(file, "hypermap size " + width + " x " + height
                    + " is not in [1, 65536] pixels per side.");
        }
        in.skip(0x1A0 - 8);
        int d = options.downsample();
        int outW = (width + d - 1) / d;
        int outH = (height + d - 1) / d;
        String what = "a " + outW + " x " + outH + " hypermap with " + h.channels + " channels";
        MemoryBudget.require(file, MemoryBudget.sum(file, what, MemoryBudget.sparseImageBytes(file, outW, outH, 0),
                MemoryBudget.product(file, what, outH, 2 * (16 + 8))), what);
        SparseRowAccumulator acc = new SparseRowAccumulator(outW, outH, h.channels);
        MemoryBudget.Projection entries = new MemoryBudget.Projection(file, "the counts of " + what,
                MemoryBudget.ACCUMULATOR_BYTES_PER_NONZERO, (long) outW * outH * h.channels);
        PixelBuffer px = new PixelBuffer(h.channels);
        for (int line = 0; line < height; line++) {
            p.checkCancelled();
            entries.check((double) line / height, acc.storedEntries());
            long n = in.u32();
            if (n > width) {
                throw new SpectrumFileException(file, "line " + line + " of the hypermap declares " + n
                        + " pixels, more than its width " + width + ".");
            }
            for (long k = 0; k < n; k++) {
                long x = in.u32();
                if (x >= width) {
                    throw new SpectrumFileException(file, "pixel x = " + x + " in line " + line
                            + " is outside the width " + width + ".");
                }
                decodePixel(in, px, file);
                px.emit(acc, (int) (x / d), line / d);
            }
            final int done = line + 1;
            p.report((double) done / height, () -> String.format(Locale.ROOT, "Reading BCF hypermap: line %d of %d",
                    done, height));
        }
        EnergyAxis axis = new EnergyAxis(h.channels, h.offsetKeV, h.scaleKeV);
        AcquisitionInfo info = new AcquisitionInfo(h.beamKv, Double.NaN, h.fwhmMnKaEv, h.elevationDeg,
                h.pixelSizeUm * d, Double.isNaN(h.pixelSizeUm) ? "" : "µm", h.elements,
                "EDX" + (h.name == null || h.name.isBlank() ? "" : " (" + h.name + ")"), file.toString());
        return acc.build(axis, info);
    }

    /** Decodes one pixel's packed data (the 22-byte header minus the x already read) into {@code px}. */
    private static void decodePixel(LeInput in, PixelBuffer px, Path file) throws IOException {
        int mapChannels = in.u16();
        in.u16(); // channels stored for this pixel (the instructive runs say it themselves)
        in.skip(4);
        int flag = in.u16();
        in.u16();
        int pulses = in.u16();
        long size = in.u32();
        int limit = Math.min(mapChannels, px.channels());
        if (flag == 0) {
            if ((size & 1) != 0) {
                throw new SpectrumFileException(file, "a 16-bit pulse list has an odd byte size " + size + ".");
            }
            for (long i = 0; i < size / 2; i++) {
                px.add(in.u16(), 1, limit);
            }
        } else if (flag == 1) {
            long groups = (pulses + 3) / 4;
            if (groups * 6 > size + 6 || pulses * 3L > size * 2 + 3) {
                throw new SpectrumFileException(file, "a 12-bit pulse list of " + pulses + " pulses does not fit in "
                        + size + " bytes.");
            }
            long used = 0;
            int left = pulses;
            while (left > 0) {
                int w0 = in.u16();
                used += 2;
                px.add(w0 >> 4, 1, limit);
                if (--left == 0) {
                    break;
                }
                int w1 = in.u16();
                used += 2;
                px.add((w0 & 0xF) << 8 | w1 >> 8, 1, limit);
                if (--left == 0) {
                    break;
                }
                int w2 = used + 2 <= size ? in.u16() : 0;
                used += 2;
                px.add((w1 & 0xFF) << 4 | w2 >> 12, 1, limit);
                if (--left == 0) {
                    break;
                }
                px.add(w2 & 0xFFF, 1, limit);
                left--;
            }
            if (used < size) {
                in.skip(size - used);
            }
        } else {
            if (size < 4) {
                throw new SpectrumFileException(file, "an instructively packed pixel of " + size
                        + " bytes is too short.");
            }
            long end = in.position() + size - 4;
            int ch = 0;
            while (in.position() < end) {
                int s = in.u8();
                int runLength = in.u8();
                if (s == 0) {
                    ch += runLength;
                    continue;
                }
                if (s != 1 && s != 2 && s != 4 && s != 8) {
                    throw new SpectrumFileException(file, "unknown value size " + s + " in a packed pixel.");
                }
                long gain = in.unsigned(s);
                if (s == 1) {
                    for (int i = 0; i < runLength; i += 2) {
                        int b = in.u8();
                        px.add(ch++, (b & 0x0F) + gain, limit);
                        if (i + 1 < runLength) {
                            px.add(ch++, (b >> 4) + gain, limit);
                        }
                    }
                } else {
                    for (int i = 0; i < runLength; i++) {
                        px.add(ch++, in.unsigned(s / 2) + gain, limit);
                    }
                }
            }
            if (in.position() != end) {
                throw new SpectrumFileException(file, "a packed pixel overruns its declared size of " + size
                        + " bytes.");
            }
            long extra = in.u32();
            if (pulses > 0) {
                if (extra < 2L * pulses) {
                    throw new SpectrumFileException(file, "a packed pixel declares " + pulses + " extra pulses in "
                            + extra + " bytes.");
                }
                for (int i = 0; i < pulses; i++) {
                    px.add(in.u16(), 1, limit);
                }
                in.skip(extra - 2L * pulses);
            }
        }
    }

    /** One pixel's counts as a dense channel buffer plus the list of touched channels (reset after each pixel). */
    private static final class PixelBuffer {
        private final long[] counts;
        private final int[] touched;
        private int nTouched;

        PixelBuffer(int channels) {
            counts = new long[channels];
            touched = new int[channels];
        }

        int channels() {
            return counts.length;
        }

        /** Adds {@code v} counts at channel {@code c}; channels at or above {@code limit} are outside the map. */
        void add(int c, long v, int limit) {
            if (c >= limit || v == 0) {
                return;
            }
            if (counts[c] == 0) {
                touched[nTouched++] = c;
            }
            counts[c] += v;
        }

        void emit(SparseRowAccumulator acc, int x, int y) {
            java.util.Arrays.sort(touched, 0, nTouched);
            for (int i = 0; i < nTouched; i++) {
                int c = touched[i];
                long v = counts[c];
                if (v > Integer.MAX_VALUE) {
                    throw new IllegalStateException("count " + v + " above 2^31 in one channel");
                }
                acc.add(x, y, c, (int) v);
                counts[c] = 0;
            }
            nTouched = 0;
        }
    }
}
