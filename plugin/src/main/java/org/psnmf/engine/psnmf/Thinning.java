package org.psnmf.engine.psnmf;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.psnmf.engine.data.SparseSpectrumImage;

/**
 * Binomial thinning (a Poisson split): every count of the image goes to one of two halves with probability 1/2. If the
 * counts are Poisson with mean λ, the two halves are independent Poisson images with mean λ/2 each (the thinning
 * property of the Poisson process), so a model fitted on one half can be scored on the other without the optimism of
 * scoring on its own data (Leiner, Duan, Wasserman, Ramdas, "Data fission", JASA 2023, doi:10.1080/01621459.2023.2270748).
 *
 * <p>Deterministic: row y draws from its own generator seeded from (seed, y), so the split does not depend on the
 * thread count or the order rows are visited.
 */
final class Thinning {

    /**
     * @param train        the first half, full size
     * @param heldOut      the second half of the pixels in {@code pixels} only, as a 1-row image of that many pixels
     * @param pixels       indices (p = y·width + x) of the held-out pixels, ascending
     * @param trainFraction total counts of {@code train} over total counts of the original image
     */
    record Split(SparseSpectrumImage train, SparseSpectrumImage heldOut, int[] pixels, double trainFraction) {
    }

    private Thinning() {
    }

    /**
     * @param img        counts; Not modified
     * @param maxHeldOut at most this many held-out pixels (a seeded uniform subset of the image; all when it is
     *                   smaller): the held-out score only needs a sample, and with W fixed each pixel is fitted alone
     * @param seed       seed of the split and the subset
     */
    static Split half(SparseSpectrumImage img, int maxHeldOut, long seed) {
        int w = img.width();
        int h = img.height();
        int n = w * h;
        int[] pixels = samplePixels(n, maxHeldOut, seed);
        int np = pixels.length;
        SparseSpectrumImage.Builder train = new SparseSpectrumImage.Builder(w, h, img.energyAxis(), img.info());
        int[] hoPtr = new int[np + 1];
        char[] hoCh = new char[1024];
        int[] hoCnt = new int[1024];
        int hoN = 0;
        int next = 0;
        long trainTotal = 0;
        SparseSpectrumImage.Cursor cur = img.cursor();
        for (int y = 0; y < h; y++) {
            SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + y);
            int rowNnz = 0;
            for (int x = 0; x < w; x++) {
                rowNnz += img.nnz(x, y);
            }
            int[] tPtr = new int[w + 1];
            char[] tCh = new char[rowNnz];
            int[] tCnt = new int[rowNnz];
            int tn = 0;
            for (int x = 0; x < w; x++) {
                boolean held = next < np && pixels[next] == y * w + x;
                int nz = cur.moveTo(x, y);
                for (int i = 0; i < nz; i++) {
                    int count = cur.count(i);
                    char channel = (char) cur.channel(i);
                    int a = binomialHalf(count, rnd);
                    if (a > 0) {
                        tCh[tn] = channel;
                        tCnt[tn++] = a;
                        trainTotal += a;
                    }
                    int b = count - a;
                    if (held && b > 0) {
                        if (hoN == hoCh.length) {
                            hoCh = Arrays.copyOf(hoCh, hoN * 2);
                            hoCnt = Arrays.copyOf(hoCnt, hoN * 2);
                        }
                        hoCh[hoN] = channel;
                        hoCnt[hoN++] = b;
                    }
                }
                tPtr[x + 1] = tn;
                if (held) {
                    hoPtr[++next] = hoN;
                }
            }
            train.setRowSparse(y, tPtr, tCh, tCnt);
        }
        SparseSpectrumImage.Builder ho = new SparseSpectrumImage.Builder(Math.max(1, np), 1, img.energyAxis(),
                img.info());
        if (np > 0) {
            ho.setRowSparse(0, hoPtr, hoCh, hoCnt);
        }
        double total = img.totalCountsExact();
        return new Split(train.build(), ho.build(), pixels, total > 0 ? trainTotal / total : 0.5);
    }

    /**
     * @return the seeded uniform sample of at most {@code max} pixel indices, ascending (all pixels when the image
     *         is smaller), the same sample that {@link #half} holds out
     */
    static int[] samplePixels(int pixels, int max, long seed) {
        double keep = Math.min(1.0, max / (double) pixels);
        SplittableRandom pick = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int[] out = new int[Math.min(pixels, max + 64)];
        int n = 0;
        for (int p = 0; p < pixels && n < out.length; p++) {
            if (keep >= 1 || pick.nextDouble() < keep) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** @return the counts of the given pixels (ascending indices) as a 1-row image, in that order */
    static SparseSpectrumImage pixelsOf(SparseSpectrumImage img, int[] pixels) {
        int[] ptr = new int[pixels.length + 1];
        char[] ch = new char[1024];
        int[] cnt = new int[1024];
        int n = 0;
        SparseSpectrumImage.Cursor cur = img.cursor();
        for (int i = 0; i < pixels.length; i++) {
            int len = cur.moveTo(pixels[i]);
            if (n + len > ch.length) {
                ch = Arrays.copyOf(ch, Math.max(2 * ch.length, n + len));
                cnt = Arrays.copyOf(cnt, ch.length);
            }
            for (int q = 0; q < len; q++) {
                ch[n + q] = (char) cur.channel(q);
                cnt[n + q] = cur.count(q);
            }
            n += len;
            ptr[i + 1] = n;
        }
        SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(Math.max(1, pixels.length), 1,
                img.energyAxis(), img.info());
        if (pixels.length > 0) {
            b.setRowSparse(0, ptr, ch, cnt);
        }
        return b.build();
    }

    /** @return a Binomial(n, 1/2) draw, exact: the number of set bits among n fair random bits */
    static int binomialHalf(int n, SplittableRandom rnd) {
        int s = 0;
        int left = n;
        while (left >= 64) {
            s += Long.bitCount(rnd.nextLong());
            left -= 64;
        }
        if (left > 0) {
            s += Long.bitCount(rnd.nextLong() & ((1L << left) - 1));
        }
        return s;
    }
}
