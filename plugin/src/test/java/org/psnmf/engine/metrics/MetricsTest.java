package org.psnmf.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;

class MetricsTest {

    @Test
    void spectralAngle_isScaleInvariant_andKnownForOrthogonalAnd45Degrees() {
        double[] a = {1, 2, 3, 0};
        assertEquals(0, SpectralAngle.degrees(a, new double[] {2, 4, 6, 0}), 1e-6);
        assertEquals(90, SpectralAngle.degrees(new double[] {1, 0}, new double[] {0, 5}), 1e-12);
        assertEquals(45, SpectralAngle.degrees(new double[] {1, 0}, new double[] {1, 1}), 1e-12);
        assertEquals(90, SpectralAngle.degrees(new double[] {0, 0}, new double[] {1, 1}), 0.0, "zero vector");
        assertThrows(IllegalArgumentException.class, () -> SpectralAngle.degrees(a, new double[3]));
    }

    @Test
    void mapError_isMeanSquaredDifference() {
        assertEquals((0.25 + 0 + 1) / 3, MapError.mse(new double[] {0.5, 1, 0}, new double[] {0, 1, 1}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> MapError.mse(new double[2], new double[3]));
    }

    @Test
    void matching_findsThePermutation() {
        double[][] ref = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}};
        double[][] found = {{0, 0.1, 1, 0}, {1, 0, 0.05, 0}, {0, 0, 0, 1}, {0.1, 1, 0, 0}};
        assertArrayEquals(new int[] {1, 3, 0}, ComponentMatching.byAngle(found, ref));
        double[] ang = ComponentMatching.angles(found, ref);
        assertEquals(Math.toDegrees(Math.atan(0.05)), ang[0], 1e-9);
    }

    @Test
    void poissonDeviance_zeroForExactModel_positiveOtherwise() {
        // integer spectra times 0/1 abundances: the model equals the counts exactly
        double[][] w = {{3, 0, 1}, {0, 2, 5}};
        double[][] h = {{1, 0, 1, 0}, {0, 1, 1, 0}};
        SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(2, 2, new EnergyAxis(3, 0, 1), null);
        b.setRowDense(0, new int[] {3, 0, 1, 0, 2, 5});
        b.setRowDense(1, new int[] {3, 2, 6, 0, 0, 0});
        SparseSpectrumImage data = b.build();
        FactoredSpectrumImage exact = new FactoredSpectrumImage(2, 2, data.energyAxis(), null, w, h);
        assertEquals(0, PoissonDeviance.of(data, exact), 1e-12);
        double[][] h2 = {{1, 0, 1, 0.5}, {0, 1, 1, 0}};
        double d = PoissonDeviance.of(data, new FactoredSpectrumImage(2, 2, data.energyAxis(), null, w, h2));
        // the only change: the empty pixel's model now has 2 expected counts, deviance 2 * sum(m) = 4
        assertEquals(4, d, 1e-12);
    }

    @Test
    void psnr_knownValue() {
        double[] ref = {0, 1, 0, 1};
        double[] map = {0.1, 1, 0, 1};
        // MSE = 0.01/4, peak 1: 10 log10(400)
        assertEquals(10 * Math.log10(400), Psnr.db(map, ref), 1e-9);
        assertTrue(Double.isInfinite(Psnr.db(ref, ref)));
        assertThrows(IllegalArgumentException.class, () -> Psnr.db(ref, new double[4]));
    }
}
