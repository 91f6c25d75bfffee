package org.psnmf.engine.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.EnergyAxis;

class DetectorModelTest {

    @Test
    void fwhm_followsFioriNewbury() {
        DetectorModel d = DetectorModel.DEFAULT;
        assertEquals(0.130, d.fwhmKeV(5.8987), 1e-9);
        // values quoted in the domain notes for 130 eV at Mn Ka (rounded to 1 eV there)
        assertEquals(0.059, d.fwhmKeV(0.525), 0.001);
        assertEquals(0.081, d.fwhmKeV(1.740), 0.001);
        assertEquals(0.135, d.fwhmKeV(6.404), 0.001);
        assertEquals(0.149, d.fwhmKeV(8.048), 0.001);
        assertEquals(d.fwhmKeV(6.4) / DetectorModel.FWHM_PER_SIGMA, d.sigmaKeV(6.4), 1e-15);
        // floor keeps sharp detectors finite at low energy
        assertEquals(0.020, new DetectorModel(60, true).fwhmKeV(0.1), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new DetectorModel(10, true));
        assertEquals(1.0, new DetectorModel(130, false).efficiency(0.3));
    }

    @Test
    void gaussian_conservesAreaAndPeaksAtCentre() {
        EnergyAxis axis = new EnergyAxis(1980, 0.2, 0.01);
        double[] s = new double[1980];
        LineProfile.addGaussian(s, axis, 6.4039, DetectorModel.DEFAULT.sigmaKeV(6.4039), 1000);
        double sum = 0;
        int max = 0;
        for (int c = 0; c < s.length; c++) {
            sum += s[c];
            if (s[c] > s[max]) {
                max = c;
            }
        }
        // erf fit error ~1e-7 per evaluation, tails beyond 6 sigma 2e-9: area exact to 1e-5
        assertEquals(1000, sum, 1e-2);
        assertEquals(axis.channelOf(6.4039), max);
        // a line narrower than a channel still keeps its area
        double[] n = new double[1980];
        LineProfile.addGaussian(n, axis, 1.0, 0.001, 5);
        assertEquals(5, java.util.Arrays.stream(n).sum(), 1e-5);
        // a line beyond the axis loses what falls outside
        double[] edge = new double[1980];
        LineProfile.addGaussian(edge, axis, axis.offsetKeV(), 0.05, 10);
        // channel 0 reaches half a channel (0.1 sigma) below the centre: area 10 * Phi(0.1) = 5.3983 (normal table)
        assertEquals(5.3983, java.util.Arrays.stream(edge).sum(), 1e-3);
        assertTrue(Math.abs(LineProfile.erf(0)) < 2e-7 && Math.abs(LineProfile.erf(1) - 0.8427007929) < 2e-7);
    }
}
