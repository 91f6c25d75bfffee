package org.psnmf.engine.psnmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.synth.GaussianPeaksPhantom;

class BinSweepTest {

    @Test
    void evaluate_scoresDevianceAndSpectralChangeAgainstThePreviousBin() {
        SparseSpectrumImage img = GaussianPeaksPhantom.generate(32, 32, 128, 3, 80, 4).image();
        BinSweep.Row first = BinSweep.evaluate(img, PsnmfOptions.defaults(3, 4), null, Progress.NONE);
        assertEquals(4, first.bin());
        assertEquals(8, first.binnedWidth());
        assertTrue(first.deviance() > 0 && Double.isFinite(first.deviance()));
        assertTrue(Double.isNaN(first.meanAngleDeg()) && Double.isNaN(first.maxAngleDeg()), "no previous b");
        BinSweep.Row second = BinSweep.evaluate(img, PsnmfOptions.defaults(3, 8), first.spectra(), Progress.NONE);
        assertTrue(second.meanAngleDeg() >= 0 && second.maxAngleDeg() >= second.meanAngleDeg());
        // the same b twice gives the same spectra: zero change (deterministic PSNMF)
        BinSweep.Row again = BinSweep.evaluate(img, PsnmfOptions.defaults(3, 8), second.spectra(), Progress.NONE);
        assertEquals(0, again.maxAngleDeg(), 1e-6);
        assertThrows(IllegalArgumentException.class,
                () -> BinSweep.evaluate(img, PsnmfOptions.defaults(3, 64), null, Progress.NONE));
    }
}
