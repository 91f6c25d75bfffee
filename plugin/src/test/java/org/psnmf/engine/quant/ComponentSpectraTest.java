package org.psnmf.engine.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ComponentSpectraTest {

    @Test
    void scaledToCounts_multipliesEachSpectrumByItsTotalAbundance_withoutTouchingInputs() {
        double[][] w = {{0.1, 0.2}, {1, 0}};
        double[][] h = {{0.5, 0.5, 1}, {0, 0.25, 0.25}};
        double[][] s = ComponentSpectra.scaledToCounts(w, h);
        assertArrayEquals(new double[] {0.2, 0.4}, s[0], 1e-15); // x 2.0
        assertArrayEquals(new double[] {0.5, 0}, s[1], 1e-15); // x 0.5
        assertArrayEquals(new double[] {0.1, 0.2}, w[0], 0.0);
        assertThrows(IllegalArgumentException.class, () -> ComponentSpectra.scaledToCounts(w, new double[1][]));
    }
}
