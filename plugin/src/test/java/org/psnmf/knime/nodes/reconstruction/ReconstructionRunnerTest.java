package org.psnmf.knime.nodes.reconstruction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.knime.port.Decomposition;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.testing.Phantoms;

class ReconstructionRunnerTest {

    private final Decomposition d = Phantoms.twoPhase(9, 5, 100, 1).truth();

    @Test
    void model_isWTimesH_atEveryPixel() {
        FactoredSpectrumImage m = ReconstructionRunner.run(new ReconstructionSettings(), d, null);
        int p = 2 * 9 + 3;
        double[] expected = new double[d.axis().channels()];
        for (int c = 0; c < expected.length; c++) {
            expected[c] = d.maps()[0][p] * d.spectra()[0][c] + d.maps()[1][p] * d.spectra()[1][c];
        }
        assertArrayEquals(expected, m.spectrum(3, 2), 1e-12);
        assertFalse(m.isCounts());
        assertEquals(SpectrumImageSpec.of(m),
                ReconstructionRunner.outputSpec(new ReconstructionSettings(), d.spec(), null));
    }

    @Test
    void subsetOfComponents_andMetadataFromOriginal() {
        ReconstructionSettings s = new ReconstructionSettings();
        s.set(ReconstructionSettings.COMPONENTS, " CaO ");
        AcquisitionInfo orig = AcquisitionInfo.UNKNOWN.withTitle("sample 7").withBeamEnergyKv(300);
        FactoredSpectrumImage m = ReconstructionRunner.run(s, d, orig);
        assertEquals(1, m.components());
        assertArrayEquals(d.spectra()[1], m.spectrum(0), 0.0);
        assertEquals("sample 7 (reconstruction)", m.info().title());
        assertEquals(300, m.info().beamEnergyKv(), 0.0);
        SpectrumImageSpec spec = ReconstructionRunner.outputSpec(s, d.spec(),
                new SpectrumImageSpec(9, 5, d.axis(), orig, true, 0));
        assertEquals(SpectrumImageSpec.of(m), spec);
    }

    @Test
    void unknownComponent_isRejectedNamingTheChoices() {
        ReconstructionSettings s = new ReconstructionSettings();
        s.set(ReconstructionSettings.COMPONENTS, "FeO, C9");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReconstructionRunner.outputSpec(s, d.spec(), null));
        assertTrue(e.getMessage().contains("\"C9\"") && e.getMessage().contains("FeO, CaO"), e.getMessage());
    }
}
