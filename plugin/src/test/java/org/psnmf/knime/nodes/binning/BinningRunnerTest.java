package org.psnmf.knime.nodes.binning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.testing.CancelAfter;
import org.psnmf.knime.testing.Phantoms;

class BinningRunnerTest {

    private final SparseSpectrumImage img = Phantoms.twoPhase(25, 14, 60, 9).image();

    private void assertSpecMatchesResult(BinningSettings s) {
        SpectrumImageSpec predicted = BinningRunner.outputSpec(s, SpectrumImageSpec.of(img));
        SparseSpectrumImage out = BinningRunner.run(s, img, Progress.NONE).image();
        assertEquals(SpectrumImageSpec.of(out), predicted, "configure-time spec must equal the executed result's");
    }

    @Test
    void dropPolicy_binsAndConservesCountsOfTheKeptArea() {
        BinningSettings s = new BinningSettings();
        s.set(BinningSettings.FACTOR, 4);
        BinningRunner.Result r = BinningRunner.run(s, img, Progress.NONE);
        assertEquals(6, r.image().width()); // floor(25/4)
        assertEquals(3, r.image().height()); // floor(14/4)
        double kept = img.sumSpectrum(0, 0, 24, 12)[0];
        assertEquals(kept, r.image().sumSpectrum()[0], 0.0);
        assertFalse(r.warnings().isEmpty(), "dropping 1 column and 2 rows must be reported");
        assertSpecMatchesResult(s);
    }

    @Test
    void keepPolicy_andEnergyBinning_conserveAllCounts() {
        BinningSettings s = new BinningSettings();
        s.set(BinningSettings.FACTOR, 4).set(BinningSettings.EDGE, "keep").set(BinningSettings.ENERGY_FACTOR, 4);
        BinningRunner.Result r = BinningRunner.run(s, img, Progress.NONE);
        assertEquals(7, r.image().width());
        assertEquals(4, r.image().height());
        assertEquals(128, r.image().channels());
        assertEquals(img.totalCounts(), r.image().totalCounts(), 0.0); // 512 channels / 4: nothing dropped
        assertSpecMatchesResult(s);
    }

    @Test
    void factorLargerThanImage_isRejectedAtConfigure() {
        BinningSettings s = new BinningSettings();
        s.set(BinningSettings.FACTOR, 15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BinningRunner.outputSpec(s, SpectrumImageSpec.of(img)));
        assertTrue(e.getMessage().contains("Bin factor b") && e.getMessage().contains("at most 14"), e.getMessage());
    }

    @Test
    void modelInput_isRejected() {
        var model = Phantoms.twoPhase(8, 8, 50, 1).truth().toImage();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BinningRunner.outputSpec(new BinningSettings(), SpectrumImageSpec.of(model)));
        assertTrue(e.getMessage().contains("raw counts"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BinningRunner.run(new BinningSettings(), model,
                Progress.NONE));
    }

    @Test
    void cancel_stopsBinning() {
        BinningSettings s = new BinningSettings();
        s.set(BinningSettings.FACTOR, 2);
        assertThrows(CancelledException.class, () -> BinningRunner.run(s, img, new CancelAfter(0)));
    }
}
