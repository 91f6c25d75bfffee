package org.psnmf.engine.binning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.testutil.TestImages;

class BinningTest {

    /** Independent reference: the sum of the input spectra of block (X, Y), clipped to the image. */
    private static double[] blockSum(SparseSpectrumImage img, int b, int bx, int by) {
        return img.sumSpectrum(bx * b, by * b, Math.min(img.width(), bx * b + b), Math.min(img.height(), by * b + b));
    }

    @Test
    void spatialDrop_sumsBlocks_conservesKeptCounts_andWarns() {
        SparseSpectrumImage img = TestImages.random(27, 17, 40, 30, 5);
        BinningResult r = Binning.spatial(img, 4, EdgePolicy.DROP, null);
        SparseSpectrumImage out = r.image();
        assertEquals(6, out.width());
        assertEquals(4, out.height());
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                assertArrayEquals(blockSum(img, 4, x, y), out.spectrum(x, y), 0.0);
            }
        }
        long kept = Math.round(sum(img.sumSpectrum(0, 0, 24, 16)));
        assertEquals(kept, out.totalCountsExact());
        assertEquals(1, r.warnings().size());
        String w = r.warnings().get(0);
        assertTrue(w.contains("Dropped 3 columns and 1 row"), w);
        assertTrue(w.contains((img.totalCountsExact() - kept) + " counts"), w);
        // live time per pixel x b^2, pixel size x b, energy axis unchanged
        assertEquals(img.info().liveTimePerPixelS() * 16, out.info().liveTimePerPixelS(), 1e-15);
        assertEquals(img.info().pixelSize() * 4, out.info().pixelSize(), 1e-12);
        assertEquals(img.energyAxis(), out.energyAxis());
    }

    @Test
    void spatialKeep_conservesEveryCount_andWarnsAboutPartialBins() {
        SparseSpectrumImage img = TestImages.random(27, 17, 40, 30, 6);
        BinningResult r = Binning.spatial(img, 4, EdgePolicy.KEEP, null);
        SparseSpectrumImage out = r.image();
        assertEquals(7, out.width());
        assertEquals(5, out.height());
        assertEquals(img.totalCountsExact(), out.totalCountsExact());
        assertArrayEquals(img.sumSpectrum(), out.sumSpectrum(), 0.0);
        assertArrayEquals(blockSum(img, 4, 6, 4), out.spectrum(6, 4), 0.0);
        assertTrue(r.warnings().get(0).contains("last column sums 3 of 4 columns"), r.warnings().get(0));
    }

    @Test
    void divisible_noWarning_exactConservation() {
        SparseSpectrumImage img = TestImages.random(24, 16, 64, 50, 7);
        BinningResult r = Binning.spatial(img, 8, EdgePolicy.DROP, null);
        assertEquals(List.of(), r.warnings());
        assertEquals(img.totalCountsExact(), r.image().totalCountsExact());
        assertArrayEquals(img.sumSpectrum(), r.image().sumSpectrum(), 0.0);
        // the same input gives the same output (rows are independent, no shared reduction)
        assertTrue(TestImages.sameCounts(r.image(), Binning.spatial(img, 8, EdgePolicy.DROP, null).image()));
    }

    @Test
    void badFactors_areClearErrors() {
        SparseSpectrumImage img = TestImages.random(5, 3, 10, 5, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Binning.spatial(img, 4, EdgePolicy.KEEP, null));
        assertTrue(e.getMessage().contains("larger than the 5 x 3 image"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Binning.spatial(img, 0, EdgePolicy.DROP, null));
        assertThrows(IllegalArgumentException.class, () -> Binning.energy(img, 11, null));
        assertTrue(Binning.spatial(img, 1, EdgePolicy.DROP, null).image() == img);
    }

    @Test
    void energy_sumsAdjacentChannels_dropsTopRemainder() {
        SparseSpectrumImage img = TestImages.random(6, 5, 43, 40, 8);
        BinningResult r = Binning.energy(img, 4, null);
        SparseSpectrumImage out = r.image();
        assertEquals(10, out.channels());
        assertEquals(img.energyAxis().binned(4), out.energyAxis());
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 6; x++) {
                double[] in = img.spectrum(x, y);
                double[] expected = new double[10];
                for (int c = 0; c < 40; c++) {
                    expected[c / 4] += in[c];
                }
                assertArrayEquals(expected, out.spectrum(x, y), 0.0);
            }
        }
        double[] s = img.sumSpectrum();
        long lost = Math.round(s[40] + s[41] + s[42]);
        assertEquals(img.totalCountsExact() - lost, out.totalCountsExact());
        assertTrue(r.warnings().get(0).contains("top 3 channels") && r.warnings().get(0).contains(lost + " counts"),
                r.warnings().get(0));
        // divisible: exact conservation, no warning
        BinningResult exact = Binning.energy(TestImages.random(4, 4, 40, 40, 9), 5, null);
        assertEquals(List.of(), exact.warnings());
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
