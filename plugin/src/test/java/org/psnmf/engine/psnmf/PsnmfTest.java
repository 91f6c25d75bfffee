package org.psnmf.engine.psnmf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.metrics.MapError;
import org.psnmf.engine.synth.GaussianPeaksPhantom;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.nmf.NmfResult;
import org.psnmf.engine.nmf.PoissonNmf;

class PsnmfTest {

    /** 72 x 72 px x 256 channels, 3 phases, 25 counts/pixel: the low-count regime where PSNMF matters. */
    static final GaussianPeaksPhantom.Truth LOW = GaussianPeaksPhantom.generate(72, 72, 256, 3, 25, 3);

    private static PsnmfOptions opts(int b) {
        return PsnmfOptions.builder(3, b).binned(NmfOptions.builder(3).threads(2).build()).build();
    }

    @Test
    void run_givesBetterSpectraThanPlainNmf_atLowCounts() {
        PsnmfResult p = Psnmf.run(LOW.image(), opts(8), null);
        NmfResult plain = PoissonNmf.fit(LOW.image(), NmfOptions.builder(3).threads(2).maxIterations(300).build(),
                null);
        double[] ap = ComponentMatching.angles(p.spectra(), LOW.spectra());
        double[] an = ComponentMatching.angles(plain.spectra(), LOW.spectra());
        double sp = Arrays.stream(ap).sum();
        double sn = Arrays.stream(an).sum();
        assertTrue(sp < sn, "PSNMF " + Arrays.toString(ap) + " vs NMF " + Arrays.toString(an));
        for (double v : ap) {
            // 81 binned pixels of 1600 counts each: per-channel noise of a component spectrum ~2-3 %, i.e. ~2 degrees
            assertTrue(v < 4, Arrays.toString(ap));
        }
        // maps: sum to one, full grid, close to the truth
        int[] m = ComponentMatching.byAngle(p.spectra(), LOW.spectra());
        for (int i = 0; i < 3; i++) {
            assertEquals(72 * 72, p.maps()[m[i]].length);
            // 25 counts/pixel: the per-pixel abundance noise is ~0.1 in standard deviation, MSE ~0.01
            assertTrue(MapError.mse(p.maps()[m[i]], LOW.maps()[i]) < 0.03);
        }
    }

    @Test
    void run_spectraAreTheBinnedSpectraAtOnePixelsCountLevel() {
        PsnmfResult p = Psnmf.run(LOW.image(), opts(6), null);
        assertEquals(12, p.binnedWidth());
        for (int j = 0; j < 3; j++) {
            double[] expect = p.binned().spectra()[j].clone();
            for (int c = 0; c < expect.length; c++) {
                expect[c] /= 36;
            }
            assertArrayEquals(expect, p.spectra()[j], 1e-12 * Arrays.stream(expect).max().getAsDouble());
            // fixed spectra in the seeded stage: its W is exactly the scaled binned W
            assertArrayEquals(p.spectra()[j], p.full().spectra()[j], 0.0);
        }
        // the fused model reproduces the total counts (sum-to-one H, W at the per-pixel count level)
        double model = p.toImage(72, 72, LOW.image().energyAxis(), null).totalCounts();
        assertEquals(LOW.image().totalCounts(), model, 0.02 * model);
    }

    @Test
    void run_rejectsBinLargerThanImage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Psnmf.run(LOW.image(), opts(73), null));
        assertTrue(e.getMessage().contains("Bin factor 73 is larger than the 72 x 72 image"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Psnmf.run(LOW.image(), opts(72).toBuilder().binned(
                NmfOptions.defaults(3)).build(), null));
        assertTrue(e.getMessage().contains("Components (3) exceeds the 1 pixels"), e.getMessage());
    }

    @Test
    void upsampling_nearestAndBilinear() {
        double[] binned = {0, 1, 2, 3}; // 2 x 2 bins
        double[] n = Upsampling.NEAREST.apply(binned, 2, 2, 2, 4, 4);
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 3, 3, 2, 2, 3, 3}, n, 0.0);
        double[] b = Upsampling.BILINEAR.apply(binned, 2, 2, 2, 4, 4);
        // bin centres at pixels 0.5 and 2.5: pixel 1 lies a quarter of the way between them, pixel 0 is clamped
        assertEquals(0, b[0], 1e-15);
        assertEquals(0.25, b[1], 1e-15);
        assertEquals(0.75, b[2], 1e-15);
        assertEquals(1, b[3], 1e-15);
        assertEquals(3, b[15], 1e-15);
        // remainder pixels beyond the last full bin take the edge value
        double[] e = Upsampling.NEAREST.apply(binned, 2, 2, 2, 5, 5);
        assertEquals(3, e[24], 0.0);
    }
}
