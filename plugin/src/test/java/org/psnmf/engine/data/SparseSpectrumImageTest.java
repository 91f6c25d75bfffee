package org.psnmf.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.psnmf.testutil.TestImages;

class SparseSpectrumImageTest {

    /** 23 x 17 pixels, 40 channels, ~12 counts per pixel: many empty channels and a few empty pixels' worth of rows */
    private static final SparseSpectrumImage IMG = TestImages.random(23, 17, 40, 12, 7);

    @Test
    void cursor_readsEveryPixelAsTheDenseSpectrum_inAnyOrder() {
        SparseSpectrumImage.Cursor c = IMG.cursor();
        // visit in a scrambled order (row changes both ways, repeats) so the row cache is exercised
        for (int q = 0; q < 3 * IMG.pixels(); q++) {
            int p = (int) ((q * 7919L) % IMG.pixels());
            double[] expected = IMG.spectrum(p % IMG.width(), p / IMG.width());
            double[] got = new double[IMG.channels()];
            int n = c.moveTo(p);
            assertEquals(p, c.pixel());
            assertEquals(IMG.nnz(p % IMG.width(), p / IMG.width()), n);
            int previous = -1;
            for (int i = 0; i < n; i++) {
                assertTrue(c.channel(i) > previous, "channels ascend within a pixel");
                assertTrue(c.count(i) > 0, "only non-zeros are stored");
                previous = c.channel(i);
                got[c.channel(i)] += c.count(i);
            }
            assertArrayEquals(expected, got, 0.0, "pixel " + p);
        }
    }

    @Test
    void cursor_xyAndIndexAddressTheSamePixel() {
        SparseSpectrumImage.Cursor a = IMG.cursor();
        SparseSpectrumImage.Cursor b = IMG.cursor();
        for (int y = IMG.height() - 1; y >= 0; y--) {
            for (int x = 0; x < IMG.width(); x++) {
                int n = a.moveTo(x, y);
                assertEquals(n, b.moveTo(y * IMG.width() + x));
                assertEquals(a.pixel(), b.pixel());
                for (int i = 0; i < n; i++) {
                    assertEquals(a.channel(i), b.channel(i));
                    assertEquals(a.count(i), b.count(i));
                }
            }
        }
        assertThrows(IndexOutOfBoundsException.class, () -> a.moveTo(0, IMG.height()));
        assertThrows(IndexOutOfBoundsException.class, () -> a.moveTo(IMG.pixels()));
    }

    @Test
    void sameCounts_comparesTheContent() {
        assertTrue(IMG.sameCounts(TestImages.random(23, 17, 40, 12, 7)));
        assertFalse(IMG.sameCounts(TestImages.random(23, 17, 40, 12, 8)));
        assertFalse(IMG.sameCounts(TestImages.random(17, 23, 40, 12, 7)));
    }
}
