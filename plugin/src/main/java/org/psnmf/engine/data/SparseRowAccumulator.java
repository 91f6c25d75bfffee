package org.psnmf.engine.data;

import java.util.Arrays;


/**
 * Collects X-ray counts that arrive in any order of rows (event streams, several frames, several detectors, spatial
 * downsampling) into a {@link SparseSpectrumImage}, without ever holding a dense cube.
 *
 * <p>Counts are first appended to a pending buffer for one row; when the caller moves to another row (or calls
 * {@link #flush()}), the buffer is sorted and merged into that row's sorted (key, count) arrays, where
 * {@code key = x * channels + channel}. Memory: 8 bytes per stored non-zero plus the pending buffer, which only ever
 * holds the counts of one row pass (one row of one frame of one detector); {@link #build} converts row by row to the
 * 6-byte-per-non-zero CSR layout of {@link SparseSpectrumImage}.
 */
public final class SparseRowAccumulator {

    private final int width;
    private final int height;
    private final int channels;
    private final int[][] keys;
    private final int[][] counts;
    private int pendingRow = -1;
    private long[] pending = new long[1024];
    private int pendingSize;
    private long stored;

    /**
     * @throws IllegalArgumentException if one row would not fit the sparse layout
     */
    public SparseRowAccumulator(int width, int height, int channels) {
        if (width < 1 || height < 1 || channels < 1) {
            throw new IllegalArgumentException("Image size " + width + " x " + height + " x " + channels
                    + " must be at least 1 x 1 x 1.");
        }
        if ((long) width * channels > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("One image row (" + width + " pixels x " + channels
                    + " channels) exceeds 2^31 entries.");
        }
        this.width = width;
        this.height = height;
        this.channels = channels;
        keys = new int[height][];
        counts = new int[height][];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int channels() {
        return channels;
    }

    /**
     * Adds {@code count} (&gt; 0) X-rays at pixel (x, y), channel c. Indices must be in range (the readers check them
     * against the file's declared sizes before calling).
     */
    public void add(int x, int y, int c, int count) {
        if (y != pendingRow) {
            flush();
            pendingRow = y;
        }
        if (pendingSize == pending.length) {
            pending = Arrays.copyOf(pending, pending.length * 2);
        }
        pending[pendingSize++] = ((long) (x * channels + c) << 32) | (count & 0xFFFFFFFFL);
    }

    /**
     * @return the distinct (pixel, channel) entries merged into rows so far (not counting the pending row); 8 bytes
     *         each while accumulating, 6 once built
     */
    public long storedEntries() {
        return stored;
    }

    /** Merges the pending counts into their row. */
    public void flush() {
        if (pendingSize == 0) {
            return;
        }
        int y = pendingRow;
        long[] p = pending;
        int n = pendingSize;
        Arrays.sort(p, 0, n);
        // run-length: distinct keys with summed counts
        int[] nk = new int[n];
        long[] nc = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int k = (int) (p[i] >>> 32);
            long c = p[i] & 0xFFFFFFFFL;
            if (m > 0 && nk[m - 1] == k) {
                nc[m - 1] += c;
            } else {
                nk[m] = k;
                nc[m++] = c;
            }
        }
        int[] ok = keys[y];
        int[] oc = counts[y];
        int on = ok == null ? 0 : ok.length;
        int[] rk = new int[on + m];
        int[] rc = new int[on + m];
        int i = 0;
        int j = 0;
        int r = 0;
        while (i < on || j < m) {
            if (j >= m || (i < on && ok[i] < nk[j])) {
                rk[r] = ok[i];
                rc[r++] = oc[i++];
            } else if (i >= on || nk[j] < ok[i]) {
                rk[r] = nk[j];
                rc[r++] = saturate(nc[j++]);
            } else {
                rk[r] = ok[i];
                rc[r++] = saturate(oc[i++] + nc[j++]);
            }
        }
        stored += r - on;
        keys[y] = r == rk.length ? rk : Arrays.copyOf(rk, r);
        counts[y] = r == rc.length ? rc : Arrays.copyOf(rc, r);
        pendingSize = 0;
        if (pending.length > 1 << 20) {
            pending = new long[1024]; // do not keep a large buffer alive after an unusually dense row
        }
    }

    private static int saturate(long v) {
        if (v > Integer.MAX_VALUE) {
            throw new IllegalStateException("count above 2^31 in one pixel and channel");
        }
        return (int) v;
    }

    /** Flushes and converts every row to the CSR layout. This accumulator must not be used afterwards. */
    public SparseSpectrumImage build(EnergyAxis axis, AcquisitionInfo info) {
        flush();
        if (axis.channels() != channels) {
            throw new IllegalArgumentException("Energy axis has " + axis.channels() + " channels, data " + channels + ".");
        }
        SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(width, height, axis, info);
        for (int y = 0; y < height; y++) {
            int[] k = keys[y];
            if (k == null) {
                continue;
            }
            int[] ptr = new int[width + 1];
            char[] ch = new char[k.length];
            for (int i = 0; i < k.length; i++) {
                int x = k[i] / channels;
                ch[i] = (char) (k[i] - x * channels);
                ptr[x + 1]++;
            }
            for (int x = 0; x < width; x++) {
                ptr[x + 1] += ptr[x];
            }
            b.setRowSparse(y, ptr, ch, counts[y]);
            keys[y] = null;
            counts[y] = null;
        }
        return b.build();
    }
}
