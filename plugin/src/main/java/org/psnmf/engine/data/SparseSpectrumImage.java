package org.psnmf.engine.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Raw X-ray counts of a spectrum image, stored sparse: for every pixel only the channels with a non-zero count.
 *
 * <p>Why sparse: an EDX pixel typically holds 20-300 counts spread over ~2000 channels, so at most a few percent of
 * the cube is non-zero. Storage is one compressed-sparse-row block per image row: {@code rowPointers(y)} (length
 * width + 1, offsets into the row's arrays), {@code rowChannels(y)} (channel index of each non-zero, ascending within a
 * pixel, as {@code char}, so at most 65,536 channels) and {@code rowCounts(y)} (the count). A 512 x 512 x 2048 image
 * with 120 counts/pixel needs ~6 bytes per non-zero, about 190 MB. Because each row is its own block, no index ever
 * exceeds 2^31 unless a single row does (width x channels > 2^31), which the builder rejects.
 *
 * <p>Instances are immutable. Code outside this package reads the non-zeros through a {@link Cursor} (pixel by pixel,
 * allocation-free), never through the storage arrays, so the layout can change without touching the algorithms;
 * new images are made with the {@link Builder}.
 */
public final class SparseSpectrumImage implements SpectrumImage {

    private final ImageShape shape;
    private final int width;
    private final int height;
    private final int[][] rowPtr;
    private final char[][] rowCh;
    private final int[][] rowCnt;
    private final long nnz;
    private final long total;

    private SparseSpectrumImage(ImageShape shape, int[][] rowPtr, char[][] rowCh, int[][] rowCnt) {
        this.shape = shape;
        // copies of shape.width() and shape.height(), read in every pixel-level method
        this.width = shape.width();
        this.height = shape.height();
        this.rowPtr = rowPtr;
        this.rowCh = rowCh;
        this.rowCnt = rowCnt;
        long n = 0;
        long t = 0;
        for (int y = 0; y < height; y++) {
            n += rowPtr[y][width];
            for (int i = 0, e = rowPtr[y][width]; i < e; i++) {
                t += rowCnt[y][i];
            }
        }
        this.nnz = n;
        this.total = t;
    }

    @Override
    public ImageShape shape() {
        return shape;
    }

    @Override
    public SparseSpectrumImage withInfo(AcquisitionInfo newInfo) {
        return new SparseSpectrumImage(shape.withInfo(Objects.requireNonNull(newInfo)), rowPtr, rowCh, rowCnt);
    }

    /** @return the same counts with another energy calibration (same number of channels) */
    public SparseSpectrumImage withEnergyAxis(EnergyAxis newAxis) {
        if (newAxis.channels() != shape.channels()) {
            throw new IllegalArgumentException("New energy axis has " + newAxis.channels() + " channels, the data has "
                    + shape.channels() + ".");
        }
        return new SparseSpectrumImage(shape.withAxis(newAxis), rowPtr, rowCh, rowCnt);
    }

    @Override
    public boolean isCounts() {
        return true;
    }

    /** @return number of stored non-zero (pixel, channel) entries */
    public long nnz() {
        return nnz;
    }

    /** @return offsets of each pixel of row y into {@link #rowChannels(int)}, length width + 1. Do not modify. */
    int[] rowPointers(int y) {
        return rowPtr[y];
    }

    /** @return channel indices of the non-zeros of row y. Do not modify. */
    char[] rowChannels(int y) {
        return rowCh[y];
    }

    /** @return counts of the non-zeros of row y. Do not modify. */
    int[] rowCounts(int y) {
        return rowCnt[y];
    }

    /** @return true if {@code other} has the same size, number of channels and counts in every pixel and channel */
    public boolean sameCounts(SparseSpectrumImage other) {
        if (width != other.width || height != other.height || shape.channels() != other.shape.channels()
                || nnz != other.nnz) {
            return false;
        }
        for (int y = 0; y < height; y++) {
            if (!Arrays.equals(rowPtr[y], other.rowPtr[y]) || !Arrays.equals(rowCh[y], other.rowCh[y])
                    || !Arrays.equals(rowCnt[y], other.rowCnt[y])) {
                return false;
            }
        }
        return true;
    }

    /** @return number of non-zero channels of pixel (x, y) */
    public int nnz(int x, int y) {
        return rowPtr[y][x + 1] - rowPtr[y][x];
    }

    /** @return the total count of pixel p */
    public long pixelTotal(int p) {
        int y = p / width;
        int x = p - y * width;
        long s = 0;
        for (int i = rowPtr[y][x], e = rowPtr[y][x + 1]; i < e; i++) {
            s += rowCnt[y][i];
        }
        return s;
    }

    @Override
    public void addSpectrum(int p, double[] out) {
        int y = p / width;
        int x = p - y * width;
        int[] ptr = rowPtr[y];
        char[] ch = rowCh[y];
        int[] cnt = rowCnt[y];
        for (int i = ptr[x], e = ptr[x + 1]; i < e; i++) {
            out[ch[i]] += cnt[i];
        }
    }

    /** Adds pixel p's counts to {@code out} as integers. {@code out} is Modified. */
    public void addCounts(int p, long[] out) {
        int y = p / width;
        int x = p - y * width;
        int[] ptr = rowPtr[y];
        for (int i = ptr[x], e = ptr[x + 1]; i < e; i++) {
            out[rowCh[y][i]] += rowCnt[y][i];
        }
    }

    @Override
    public double[] sumSpectrum() {
        double[] out = new double[shape.channels()];
        for (int y = 0; y < height; y++) {
            int[] cnt = rowCnt[y];
            char[] ch = rowCh[y];
            for (int i = 0, e = rowPtr[y][width]; i < e; i++) {
                out[ch[i]] += cnt[i];
            }
        }
        return out;
    }

    @Override
    public double[] channelWindowMap(int fromChannel, int toChannel) {
        checkChannelWindow(fromChannel, toChannel);
        double[] map = new double[pixels()];
        for (int y = 0; y < height; y++) {
            int[] ptr = rowPtr[y];
            char[] ch = rowCh[y];
            int[] cnt = rowCnt[y];
            for (int x = 0; x < width; x++) {
                long s = 0;
                for (int i = ptr[x], e = ptr[x + 1]; i < e; i++) {
                    if (ch[i] >= fromChannel && ch[i] < toChannel) {
                        s += cnt[i];
                    }
                }
                map[y * width + x] = s;
            }
        }
        return map;
    }

    @Override
    public double totalCounts() {
        return total;
    }

    /** @return the exact total number of counts */
    public long totalCountsExact() {
        return total;
    }

    /** @return the largest single count */
    public int maxCount() {
        int m = 0;
        for (int y = 0; y < height; y++) {
            for (int i = 0, e = rowPtr[y][width]; i < e; i++) {
                m = Math.max(m, rowCnt[y][i]);
            }
        }
        return m;
    }

    /** @return a new cursor over this image's non-zeros (one per thread; it allocates nothing while it moves) */
    public Cursor cursor() {
        return new Cursor(this);
    }

    /**
     * Reads the non-zero (channel, count) entries of one pixel at a time, without exposing the storage layout. The
     * cursor is positioned with {@link #moveTo(int)} (pixel index p = y * width + x) or {@link #moveTo(int, int)},
     * which return the pixel's number of non-zeros n; then {@link #channel(int)} and {@link #count(int)} read entry
     * i in [0, n), channels ascending. Moving within the current image row costs one subtraction, so walking the
     * pixels in order is as cheap as walking the arrays by hand.
     *
     * <pre>{@code
     * SparseSpectrumImage.Cursor c = img.cursor();
     * for (int p = 0; p < img.pixels(); p++) {
     *     for (int i = 0, n = c.moveTo(p); i < n; i++) {
     *         out[c.channel(i)] += c.count(i);
     *     }
     * }
     * }</pre>
     *
     * <p>Not thread-safe (it holds the position); create one cursor per thread. Entries beyond n are not checked.
     */
    public static final class Cursor {
        private final SparseSpectrumImage img;
        private final int width;
        private int row = -1;
        private int rowFirstPixel;
        private int[] ptr;
        private char[] ch;
        private int[] cnt;
        private int start;
        private int pixel = -1;

        private Cursor(SparseSpectrumImage img) {
            this.img = img;
            this.width = img.width;
        }

        /**
         * Positions the cursor at pixel p.
         *
         * @return the number of non-zero channels of pixel p
         */
        public int moveTo(int p) {
            int x = p - rowFirstPixel;
            if (row < 0 || x < 0 || x >= width) {
                int y = p / width;
                enterRow(y);
                x = p - rowFirstPixel;
            }
            pixel = p;
            start = ptr[x];
            return ptr[x + 1] - start;
        }

        /**
         * Positions the cursor at pixel (x, y).
         *
         * @return the number of non-zero channels of that pixel
         */
        public int moveTo(int x, int y) {
            if (y != row) {
                enterRow(y);
            }
            pixel = rowFirstPixel + x;
            start = ptr[x];
            return ptr[x + 1] - start;
        }

        private void enterRow(int y) {
            if (y < 0 || y >= img.height) {
                throw new IndexOutOfBoundsException("Row " + y + " is outside [0, " + img.height + ").");
            }
            row = y;
            rowFirstPixel = y * width;
            ptr = img.rowPtr[y];
            ch = img.rowCh[y];
            cnt = img.rowCnt[y];
        }

        /** @return the pixel index p = y * width + x the cursor is at */
        public int pixel() {
            return pixel;
        }

        /** @return the channel of entry i of the current pixel (ascending in i) */
        public int channel(int i) {
            return ch[start + i];
        }

        /** @return the count (&gt; 0) of entry i of the current pixel */
        public int count(int i) {
            return cnt[start + i];
        }
    }

    /** Builds a {@link SparseSpectrumImage} row by row. Rows not set stay empty (all zero). */
    public static final class Builder {
        private ImageShape shape;
        private final int width;
        private final int height;
        private final EnergyAxis axis;
        private final int[][] rowPtr;
        private final char[][] rowCh;
        private final int[][] rowCnt;

        public Builder(int width, int height, EnergyAxis axis, AcquisitionInfo info) {
            this(new ImageShape(width, height, axis, info));
        }

        public Builder(ImageShape shape) {
            int width = shape.width();
            EnergyAxis axis = shape.axis();
            if (axis.channels() > 65536) {
                throw new IllegalArgumentException("At most 65536 energy channels are supported, got "
                        + axis.channels() + ".");
            }
            if ((long) width * axis.channels() > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("One image row (" + width + " pixels x " + axis.channels()
                        + " channels) exceeds 2^31 entries.");
            }
            this.shape = shape;
            this.width = width;
            this.height = shape.height();
            this.axis = axis;
            rowPtr = new int[height][];
            rowCh = new char[height][];
            rowCnt = new int[height][];
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }

        public int channels() {
            return axis.channels();
        }

        public Builder info(AcquisitionInfo newInfo) {
            this.shape = shape.withInfo(newInfo);
            return this;
        }

        /**
         * Sets row y from dense counts laid out pixel-major: {@code counts[x * channels + c]}.
         *
         * @param counts length at least width * channels; Not modified
         * @throws IllegalArgumentException on a negative count (naming pixel and channel)
         */
        public Builder setRowDense(int y, int[] counts) {
            checkRow(y);
            int ch = axis.channels();
            int n = 0;
            for (int i = 0, e = width * ch; i < e; i++) {
                int v = counts[i];
                if (v != 0) {
                    if (v < 0) {
                        throw negative(i % ch, i / ch, y, v);
                    }
                    n++;
                }
            }
            int[] ptr = new int[width + 1];
            char[] chs = new char[n];
            int[] cnt = new int[n];
            int k = 0;
            for (int x = 0; x < width; x++) {
                int base = x * ch;
                for (int c = 0; c < ch; c++) {
                    int v = counts[base + c];
                    if (v != 0) {
                        chs[k] = (char) c;
                        cnt[k++] = v;
                    }
                }
                ptr[x + 1] = k;
            }
            rowPtr[y] = ptr;
            rowCh[y] = chs;
            rowCnt[y] = cnt;
            return this;
        }

        /**
         * Sets row y from its CSR arrays (taken over, not copied). Channels must be ascending within each pixel and
         * counts positive.
         */
        public Builder setRowSparse(int y, int[] pointers, char[] channels, int[] counts) {
            checkRow(y);
            if (pointers.length != width + 1 || pointers[0] != 0) {
                throw new IllegalArgumentException("Row " + y + ": pointer array must have length " + (width + 1)
                        + " and start at 0.");
            }
            int n = pointers[width];
            if (channels.length < n || counts.length < n) {
                throw new IllegalArgumentException("Row " + y + ": " + n + " non-zeros declared but arrays are shorter.");
            }
            for (int x = 0; x < width; x++) {
                if (pointers[x + 1] < pointers[x]) {
                    throw new IllegalArgumentException("Row " + y + ": pointers decrease at pixel " + x + ".");
                }
                int prev = -1;
                for (int i = pointers[x]; i < pointers[x + 1]; i++) {
                    if (channels[i] <= prev || channels[i] >= axis.channels()) {
                        throw new IllegalArgumentException("Row " + y + ", pixel " + x + ": channel " + (int) channels[i]
                                + " is out of order or outside [0, " + axis.channels() + ").");
                    }
                    if (counts[i] <= 0) {
                        throw negative(channels[i], x, y, counts[i]);
                    }
                    prev = channels[i];
                }
            }
            rowPtr[y] = pointers;
            rowCh[y] = n == channels.length ? channels : Arrays.copyOf(channels, n);
            rowCnt[y] = n == counts.length ? counts : Arrays.copyOf(counts, n);
            return this;
        }

        private void checkRow(int y) {
            if (y < 0 || y >= height) {
                throw new IllegalArgumentException("Row " + y + " is outside [0, " + height + ").");
            }
        }

        private static IllegalArgumentException negative(int c, int x, int y, int v) {
            return new IllegalArgumentException("Negative or zero count " + v + " at x=" + x + ", y=" + y + ", channel "
                    + c + ": Poisson data needs raw non-negative counts.");
        }

        public SparseSpectrumImage build() {
            for (int y = 0; y < height; y++) {
                if (rowPtr[y] == null) {
                    rowPtr[y] = new int[width + 1];
                    rowCh[y] = new char[0];
                    rowCnt[y] = new int[0];
                }
            }
            return new SparseSpectrumImage(shape, rowPtr, rowCh, rowCnt);
        }
    }
}
