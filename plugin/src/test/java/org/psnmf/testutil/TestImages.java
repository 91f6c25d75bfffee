package org.psnmf.testutil;

import java.util.SplittableRandom;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;

/** Small seeded count images for tests. */
public final class TestImages {

    private TestImages() {
    }

    /**
     * @return w x h x d counts: about {@code countsPerPixel} counts per pixel thrown uniformly into channels (so many
     *         channels stay empty, as in real EDX data), seeded
     */
    public static SparseSpectrumImage random(int w, int h, int d, int countsPerPixel, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        AcquisitionInfo info = new AcquisitionInfo(200, 0.01, 130, 22, 2.5, "nm", java.util.List.of(), "test image",
                "");
        SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(w, h, new EnergyAxis(d, -0.2, 0.01), info);
        int[] row = new int[w * d];
        for (int y = 0; y < h; y++) {
            java.util.Arrays.fill(row, 0);
            for (int x = 0; x < w; x++) {
                int n = r.nextInt(countsPerPixel + 1) + countsPerPixel / 2;
                for (int k = 0; k < n; k++) {
                    row[x * d + r.nextInt(d)]++;
                }
            }
            b.setRowDense(y, row);
        }
        return b.build();
    }

    /** @return true if both images hold the same counts in every pixel and channel */
    public static boolean sameCounts(SparseSpectrumImage a, SparseSpectrumImage b) {
        return a.sameCounts(b);
    }
}
