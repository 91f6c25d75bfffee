package org.psnmf.engine.binning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.RowBlocks;
import org.psnmf.engine.progress.Progress;

/**
 * Spatial and energy binning of count images by summing: a sum of Poisson counts is Poisson, so the result is still
 * raw count data, and the total number of counts is conserved exactly (apart from what an edge policy explicitly
 * drops, which the warnings report).
 *
 * <p>Both operations work row by row on {@link RowBlocks#threads()} threads; every output row is computed by one
 * thread from its input rows alone, so the result is identical for any thread count.
 */
public final class Binning {

    private Binning() {
    }

    /**
     * b x b spatial binning: output pixel (X, Y) = sum of input pixels x in [bX, bX + b), y in [bY, bY + b).
     *
     * <p>Size: {@code floor(w / b) x floor(h / b)} with {@link EdgePolicy#DROP} (the last {@code w mod b} columns and
     * {@code h mod b} rows are dropped, with a warning naming them and the counts lost), {@code ceil(w / b) x
     * ceil(h / b)} with {@link EdgePolicy#KEEP} (edge bins sum the pixels that exist; a warning says they hold fewer
     * pixels). Metadata: live time per pixel x b², pixel size x b; energy axis unchanged.
     *
     * @param img    counts; Not modified
     * @param factor b, 1 &lt;= b &lt;= min(width, height)
     * @throws IllegalArgumentException if b is out of range or a summed count exceeds 2^31 - 1
     */
    public static BinningResult spatial(SparseSpectrumImage img, int factor, EdgePolicy edge, Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        EdgePolicy policy = edge == null ? EdgePolicy.DROP : edge;
        int w = img.width();
        int h = img.height();
        if (factor < 1) {
            throw new IllegalArgumentException("Spatial bin factor must be >= 1, got " + factor + ".");
        }
        if (factor > w || factor > h) {
            throw new IllegalArgumentException("Spatial bin factor " + factor + " is larger than the " + w + " x " + h
                    + " image (use a factor <= " + Math.min(w, h) + ").");
        }
        if (factor == 1) {
            return new BinningResult(img, List.of());
        }
        boolean keep = policy == EdgePolicy.KEEP;
        int nw = keep ? (w + factor - 1) / factor : w / factor;
        int nh = keep ? (h + factor - 1) / factor : h / factor;
        int usedW = Math.min(w, nw * factor);
        int usedH = Math.min(h, nh * factor);
        int d = img.channels();
        AcquisitionInfo info = img.info();
        if (Double.isFinite(info.liveTimePerPixelS())) {
            info = info.withLiveTimePerPixelS(info.liveTimePerPixelS() * factor * factor);
        }
        if (Double.isFinite(info.pixelSize())) {
            info = info.withPixelSize(info.pixelSize() * factor, info.pixelUnits());
        }
        SparseSpectrumImage.Builder out = new SparseSpectrumImage.Builder(nw, nh, img.energyAxis(), info);
        run(nh, () -> new long[nw * d], p, "Binning " + factor + "x" + factor, (y0, y1, acc) -> {
            SparseSpectrumImage.Cursor c = img.cursor();
            for (int oy = y0; oy < y1; oy++) {
                for (int y = oy * factor, ye = Math.min(usedH, y + factor); y < ye; y++) {
                    for (int x = 0; x < usedW; x++) {
                        int base = (x / factor) * d;
                        for (int i = 0, n = c.moveTo(x, y); i < n; i++) {
                            acc[base + c.channel(i)] += c.count(i);
                        }
                    }
                }
                emitRow(out, oy, acc, nw, d);
            }
        });
        SparseSpectrumImage binned = out.build();
        List<String> warnings = new ArrayList<>();
        int rw = w % factor;
        int rh = h % factor;
        if (!keep && (rw > 0 || rh > 0)) {
            long lost = img.totalCountsExact() - binned.totalCountsExact();
            warnings.add("Dropped " + plural(rw, "column") + (rw > 0 && rh > 0 ? " and " : "") + (rh > 0 ? plural(rh,
                    "row") : "") + " at the right/bottom edge (" + w + " x " + h + " is not a multiple of " + factor
                    + "), " + lost + " counts; the binned image is " + nw + " x " + nh + ".");
        }
        if (keep && (rw > 0 || rh > 0)) {
            warnings.add("Kept partial edge bins: " + (rw > 0 ? "the last column sums " + rw + " of " + factor
                    + " columns" : "") + (rw > 0 && rh > 0 ? " and " : "") + (rh > 0 ? "the last row sums " + rh
                    + " of " + factor + " rows" : "") + ", so those pixels hold fewer counts and less live time than "
                    + "the recorded " + factor + "x" + factor + " live time.");
        }
        return new BinningResult(binned, warnings);
    }

    /**
     * Energy binning: output channel j = sum of channels [jE, jE + E). The energy axis becomes
     * {@link EnergyAxis#binned(int)}; the top {@code channels mod E} channels are dropped with a warning naming the
     * counts lost. Spatial metadata unchanged.
     *
     * @param factor E, 1 &lt;= E &lt;= channels
     */
    public static BinningResult energy(SparseSpectrumImage img, int factor, Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        int d = img.channels();
        if (factor < 1 || factor > d) {
            throw new IllegalArgumentException("Energy bin factor must be between 1 and the " + d
                    + " channels, got " + factor + ".");
        }
        if (factor == 1) {
            return new BinningResult(img, List.of());
        }
        EnergyAxis axis = img.energyAxis().binned(factor);
        int nd = axis.channels();
        int limit = nd * factor;
        int w = img.width();
        SparseSpectrumImage.Builder out = new SparseSpectrumImage.Builder(w, img.height(), axis, img.info());
        AtomicLong lost = new AtomicLong();
        run(img.height(), () -> null, p, "Binning energy by " + factor, (y0, y1, none) -> {
            SparseSpectrumImage.Cursor c = img.cursor();
            for (int y = y0; y < y1; y++) {
                int rowNnz = 0;
                for (int x = 0; x < w; x++) {
                    rowNnz += img.nnz(x, y);
                }
                int[] nptr = new int[w + 1];
                char[] nch = new char[rowNnz];
                int[] ncnt = new int[rowNnz];
                int n = 0;
                long dropped = 0;
                for (int x = 0; x < w; x++) {
                    int start = n;
                    for (int i = 0, e = c.moveTo(x, y); i < e; i++) {
                        int ch = c.channel(i);
                        int cnt = c.count(i);
                        if (ch >= limit) {
                            dropped += cnt;
                            continue;
                        }
                        char j = (char) (ch / factor);
                        // channels ascend within a pixel, so equal output channels are adjacent
                        if (n > start && nch[n - 1] == j) {
                            long s = (long) ncnt[n - 1] + cnt;
                            ncnt[n - 1] = checkedCount(s, x, y);
                        } else {
                            nch[n] = j;
                            ncnt[n++] = cnt;
                        }
                    }
                    nptr[x + 1] = n;
                }
                lost.addAndGet(dropped);
                out.setRowSparse(y, nptr, Arrays.copyOf(nch, n), Arrays.copyOf(ncnt, n));
            }
        });
        List<String> warnings = new ArrayList<>();
        if (limit < d) {
            warnings.add("Dropped the top " + plural(d - limit, "channel") + " (above " + String.format(
                    java.util.Locale.ROOT, "%.3f", img.energyAxis().energyAt(limit) - 0.5 * img.energyAxis().scaleKeV())
                    + " keV), " + lost.get() + " counts: " + d + " channels are not a multiple of " + factor + ".");
        }
        return new BinningResult(out.build(), warnings);
    }

    private static void emitRow(SparseSpectrumImage.Builder out, int oy, long[] acc, int nw, int d) {
        int n = 0;
        for (long v : acc) {
            if (v != 0) {
                n++;
            }
        }
        int[] ptr = new int[nw + 1];
        char[] ch = new char[n];
        int[] cnt = new int[n];
        int k = 0;
        for (int x = 0; x < nw; x++) {
            for (int c = 0, i = x * d; c < d; c++, i++) {
                long v = acc[i];
                if (v != 0) {
                    ch[k] = (char) c;
                    cnt[k++] = checkedCount(v, x, oy);
                    acc[i] = 0;
                }
            }
            ptr[x + 1] = k;
        }
        out.setRowSparse(oy, ptr, ch, cnt);
    }

    private static int checkedCount(long v, int x, int y) {
        if (v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Binned count " + v + " at x=" + x + ", y=" + y
                    + " exceeds 2147483647; use a smaller bin factor.");
        }
        return (int) v;
    }

    private static String plural(int n, String word) {
        return n == 0 ? "" : n + " " + word + (n == 1 ? "" : "s");
    }

    private interface RowTask<S> {
        void run(int y0, int y1, S scratch);
    }

    private static <S> void run(int rows, java.util.function.Supplier<S> scratch, Progress p, String label,
            RowTask<S> task) {
        try {
            RowBlocks.run(rows, 1, scratch, p, label, task::run);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
