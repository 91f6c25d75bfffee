package org.psnmf.engine.io.jeol;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.psnmf.engine.data.SparseRowAccumulator;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.progress.Progress;

/**
 * The event stream of a JEOL {@code .pts} file: little-endian uint16 words from the header's data position to the
 * end of the file. The top four bits say what a word is, the low twelve bits carry a value in 0..4095:
 * {@code 0x8000} beam x position, {@code 0x9000} beam y position (positions in 1/4096 of the field: pixel =
 * value x width / 4096), {@code 0xA000} electron-image intensity at the current position, {@code 0xB000} one X-ray
 * in energy channel value at the current position; other codes carry no X-rays and are skipped. The scan repeats
 * (frames, "sweeps"): a y position below the previous one starts a new frame. A frame is complete when its last y
 * reaches the last scan line (and, where the stream carries an electron image, its last x the last column); the
 * acquisition may stop inside the last frame, which is then incomplete (the rule HyperSpy applies).
 *
 * <p>{@link #scan} reads the stream once to find the frames (start, end, number of X-rays, complete or not);
 * {@link #decode} then adds the X-rays of the chosen frames to a {@link SparseRowAccumulator}, never a dense cube.
 * Both read the file in 1 MiB chunks.
 */
final class PtsStream {

    private static final int CHUNK_WORDS = 1 << 19;
    private static final int POSITIONS = 4096;
    /** Far above any acquisition (a few thousand sweeps); more frames mean a damaged stream. */
    private static final int MAX_FRAMES = 1_000_000;

    /** One frame: words [start, end) of the stream. */
    record Frame(long start, long end, long xrays, boolean complete) {
    }

    private final FileChannel channel;
    private final Path file;
    private final long dataPosition;
    private final long words;
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK_WORDS * 2).order(ByteOrder.LITTLE_ENDIAN);
    private final short[] chunk = new short[CHUNK_WORDS];

    PtsStream(FileChannel channel, Path file, long dataPosition, long dataBytes) {
        this.channel = channel;
        this.file = file;
        this.dataPosition = dataPosition;
        this.words = dataBytes / 2;
    }

    long words() {
        return words;
    }

    /** Reads words [from, from + n) into {@link #chunk}; n at most {@link #CHUNK_WORDS}. */
    private void load(long from, int n) throws IOException {
        bytes.clear().limit(n * 2);
        PtsHeader.readFully(channel, bytes, dataPosition + from * 2, file);
        bytes.asShortBuffer().get(chunk, 0, n);
    }

    /**
     * @param width  map width (pixels)
     * @param height map height (pixels)
     * @return the frames in stream order (the last one may be incomplete); empty for an empty stream
     */
    List<Frame> scan(int width, int height, Progress p) throws IOException {
        List<Frame> frames = new ArrayList<>();
        int lastLineY = POSITIONS - POSITIONS / height;
        int lastColumnX = POSITIONS - POSITIONS / width;
        long start = 0;
        long xrays = 0;
        int prevY = -1;
        int lastX = 0;
        boolean em = false;
        boolean any = false;
        for (long pos = 0; pos < words; pos += CHUNK_WORDS) {
            p.checkCancelled();
            int n = (int) Math.min(CHUNK_WORDS, words - pos);
            load(pos, n);
            for (int i = 0; i < n; i++) {
                int w = chunk[i] & 0xFFFF;
                int v = w & 0xFFF;
                switch (w & 0xF000) {
                    case 0x8000 -> lastX = v;
                    case 0x9000 -> {
                        if (v < prevY) {
                            if (frames.size() == MAX_FRAMES) {
                                throw new SpectrumFileException(file, "the .pts event stream is damaged (more than "
                                        + MAX_FRAMES + " frames).");
                            }
                            frames.add(new Frame(start, pos + i, xrays, complete(prevY, lastX, em, lastLineY,
                                    lastColumnX)));
                            start = pos + i;
                            xrays = 0;
                            lastX = 0;
                            em = false;
                        }
                        prevY = v;
                    }
                    case 0xA000 -> em = true;
                    case 0xB000 -> xrays++;
                    default -> {
                        // other codes carry no X-rays
                    }
                }
                any = true;
            }
            p.report(0.3 * (pos + n) / words, () -> "Reading JEOL .pts: finding frames");
        }
        if (any) {
            frames.add(new Frame(start, words, xrays, complete(prevY, lastX, em, lastLineY, lastColumnX)));
        }
        return frames;
    }

    private static boolean complete(int lastY, int lastX, boolean em, int lastLineY, int lastColumnX) {
        return lastY >= lastLineY && (!em || lastX >= lastColumnX);
    }

    /**
     * Adds the X-rays of {@code frame} to {@code acc}, at pixel (x / downsample, y / downsample).
     *
     * @param done   frames decoded before this one, for progress
     * @param chosen number of frames to decode, for progress
     */
    void decode(Frame frame, int width, int height, int downsample, SparseRowAccumulator acc, Progress p, int done,
            int chosen) throws IOException {
        int channels = acc.channels();
        int x = 0;
        int y = 0;
        long total = frame.end() - frame.start();
        for (long pos = frame.start(); pos < frame.end(); pos += CHUNK_WORDS) {
            p.checkCancelled();
            int n = (int) Math.min(CHUNK_WORDS, frame.end() - pos);
            load(pos, n);
            for (int i = 0; i < n; i++) {
                int w = chunk[i] & 0xFFFF;
                int code = w & 0xF000;
                int v = w & 0xFFF;
                if (code == 0xB000) {
                    if (v < channels) {
                        acc.add(x, y, v, 1);
                    }
                } else if (code == 0x8000) {
                    x = v * width / POSITIONS / downsample;
                } else if (code == 0x9000) {
                    y = v * height / POSITIONS / downsample;
                }
            }
            final double f = (done + (double) (pos + n - frame.start()) / total) / chosen;
            p.report(0.3 + 0.65 * f, () -> "Reading JEOL .pts: frame " + (done + 1) + " of " + chosen);
        }
    }
}
