package org.psnmf.engine.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;

/** Per-pixel quantification of a (reconstructed) image: correct, deterministic across threads, cancellable. */
class CompositionMapsTest {

    static final List<String> ELS = List.of("Mg", "Si", "Al", "Ca", "Fe", "Nd", "Sm", "U", "O", "Cu");

    /** 24 x 20 image mixing Brg and CaPv spectra linearly along x; the last row is vacuum (all zero). */
    static FactoredSpectrumImage image() {
        double[][] spectra = {MixtureSpectra.spectrum(ModelFitAccuracyTest.PHASES.get("Brg"), 2000, 0.3),
                MixtureSpectra.spectrum(ModelFitAccuracyTest.PHASES.get("CaPv"), 2000, 0.3)};
        int w = 24;
        int h = 20;
        double[][] maps = new double[2][w * h];
        for (int y = 0; y < h - 1; y++) {
            for (int x = 0; x < w; x++) {
                maps[0][y * w + x] = 1 - x / (w - 1.0);
                maps[1][y * w + x] = x / (w - 1.0);
            }
        }
        return new FactoredSpectrumImage(w, h, MixtureSpectra.AXIS, AcquisitionInfo.UNKNOWN, spectra, maps);
    }

    @Test
    void pixelMapsMatchSpectrumQuantificationAndAreThreadIndependent() {
        FactoredSpectrumImage img = image();
        Quantifier q = new Quantifier(QuantSettings.of(ELS).withExcluded(Set.of("Cu")), MixtureSpectra.AXIS);
        CompositionMaps one = q.quantifyImage(img, 1, Progress.NONE);
        CompositionMaps three = q.quantifyImage(img, 3, Progress.NONE);
        for (int e = 0; e < one.elements().size(); e++) {
            assertArrayEquals(one.atomicPercent()[e], three.atomicPercent()[e], 0f);
            assertArrayEquals(one.sigmaAtomicPercent()[e], three.sigmaAtomicPercent()[e], 0f);
        }
        assertEquals(List.of("Mg", "Si", "Al", "Ca", "Fe", "Nd", "Sm", "U", "O"), one.elements());
        // pure Brg at x = 0: Table 1 normalised without Cu; pure CaPv at x = 23
        int p0 = 5 * 24;
        int p1 = 5 * 24 + 23;
        // noise-free; 0.05 at% allows the float maps and the continuum mismatch (measured < 0.01 at%)
        assertEquals(100 * 18.5 / 100.4, one.atomicPercent("Mg")[p0], 0.05);
        assertEquals(100 * 0.1 / 100.4, one.atomicPercent("Nd")[p0], 0.05);
        assertEquals(100 * 16.2 / 100.2, one.atomicPercent("Ca")[p1], 0.05);
        // a pixel agrees with quantifying its spectrum directly: the map's per-pixel fit uses the detector response
        // and family ratios of the image's sum spectrum and Neyman weights, the direct fit refines its own; on
        // noise-free data both are exact up to the continuum mismatch (measured 2.1e-3 at%)
        Composition c = q.quantify("p", img.spectrum(11, 7));
        for (int e = 0; e < c.elements().size(); e++) {
            assertEquals(100 * c.atomicFraction()[e], one.atomicPercent()[e][7 * 24 + 11], 0.01);
        }
        // vacuum row: NaN everywhere
        assertTrue(Float.isNaN(one.atomicPercent("O")[19 * 24 + 3]));
    }

    @Test
    void cancellationStopsTheMapWithoutResult() {
        AtomicInteger reports = new AtomicInteger();
        Progress cancelAfterFirst = new Progress() {
            @Override
            public void report(double fraction, Supplier<String> message) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 1;
            }
        };
        Quantifier q = new Quantifier(QuantSettings.of(ELS), MixtureSpectra.AXIS);
        assertThrows(CancelledException.class, () -> q.quantifyImage(image(), 2, cancelAfterFirst));
    }
}
