package org.psnmf.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DenseSpectrumImageTest {

    @Test
    void readOperations_matchAFactoredModelOfTheSameValues() {
        // the same model held factored and dense must answer every read operation identically
        EnergyAxis axis = new EnergyAxis(4, 0, 0.01);
        double[][] spectra = {{1, 0.5, 0, 2}, {0, 1, 3, 0.25}};
        double[][] maps = {{1, 0, 0.5, 2, 1, 0}, {0, 1, 0.5, 0, 2, 1}};
        FactoredSpectrumImage f = new FactoredSpectrumImage(3, 2, axis, null, spectra, maps);
        double[][] rows = new double[2][12];
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                System.arraycopy(f.spectrum(x, y), 0, rows[y], x * 4, 4);
            }
        }
        DenseSpectrumImage d = new DenseSpectrumImage(3, 2, axis, null, rows);
        assertFalse(d.isCounts());
        assertArrayEquals(f.sumSpectrum(), d.sumSpectrum(), 1e-12);
        assertArrayEquals(f.channelWindowMap(1, 3), d.channelWindowMap(1, 3), 1e-12);
        assertArrayEquals(f.sumSpectrum(1, 0, 3, 2), d.sumSpectrum(1, 0, 3, 2), 1e-12);
        assertEquals(f.totalCounts(), d.totalCounts(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new DenseSpectrumImage(3, 2, axis, null, new double[2][11]));
    }
}
