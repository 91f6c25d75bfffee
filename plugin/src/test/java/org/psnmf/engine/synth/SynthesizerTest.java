package org.psnmf.engine.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;

class SynthesizerTest {

    /** Small but realistic: 24 x 24 px, 400 channels of 20 eV (0.2-8.2 keV covers O..Fe K lines and Nd/Sm L). */
    static SyntheticOptions small() {
        return SyntheticOptions.mantle(24).withAxis(new EnergyAxis(400, 0.2, 0.02));
    }

    @Test
    void mantle180_paperCase_countsMapsAndVolumeFractions() {
        SyntheticDataset d = Synthesizer.generate(SyntheticOptions.mantle(), Progress.NONE);
        SparseSpectrumImage y = d.counts();
        assertEquals(180, y.width());
        assertEquals(180, y.height());
        assertEquals(1980, y.channels());
        assertEquals(List.of("Brg", "Fp", "CaPv"), d.phaseNames());
        // 4.76 million Poisson counts: the relative standard deviation of the mean is 1/sqrt(4.76e6) = 0.05 %, so 1 %
        // (the acceptance criterion) is a 20-sigma margin
        double mean = y.totalCounts() / y.pixels();
        assertEquals(147, mean, 0.01 * 147);
        // the truth reproduces the requested level exactly in expectation: sum of W.H over all pixels = 147 * pixels
        double expected = d.expected().totalCounts();
        assertEquals(147.0 * y.pixels(), expected, 1e-9 * expected);

        double[] vf = AbundanceMaps.volumeFractions(d.maps());
        // Brg matrix dominates, CaPv has the smallest volume fraction (paper), Fp in between
        assertTrue(vf[0] > vf[1] && vf[1] > vf[2], Arrays.toString(vf));
        assertTrue(vf[2] > 0.02, "CaPv must still be present: " + vf[2]);
        assertMapsSumToOne(d.maps());

        // zones where two phases overlap along the beam (partial abundances), and pure pixels of every phase
        for (int k = 0; k < 3; k++) {
            int pure = 0;
            int partial = 0;
            for (double v : d.maps()[k]) {
                if (v > 0.999) {
                    pure++;
                } else if (v > 0.05 && v < 0.95) {
                    partial++;
                }
            }
            assertTrue(pure > 100, d.phaseNames().get(k) + " pure pixels: " + pure);
            assertTrue(partial > 200, d.phaseNames().get(k) + " partial pixels: " + partial);
        }
        int fpCaPv = 0;
        for (int p = 0; p < y.pixels(); p++) {
            if (d.maps()[1][p] > 0.05 && d.maps()[2][p] > 0.05) {
                fpCaPv++;
            }
        }
        assertTrue(fpCaPv > 20, "Fp and CaPv should overlap somewhere: " + fpCaPv);

        // the lines sit at their energies in the noisy data too: the maximum of the sum spectrum within +-0.1 keV of
        // each Ka line is within 2 channels of it (the peak top is flat to ~2.5 % over +-1 channel, comparable to the
        // Poisson noise of the weakest line here, Ca Ka, so the noisy maximum may move by one more channel)
        double[] sum = y.sumSpectrum();
        org.psnmf.engine.xray.XrayDatabase db = org.psnmf.engine.xray.XrayDatabase.get();
        for (String el : new String[] {"O", "Mg", "Si", "Ca", "Fe"}) {
            double e = db.familyEnergy(el, "Ka");
            EnergyAxis ax = y.energyAxis();
            int best = ax.channelOf(e - 0.1);
            for (int c = best; c <= ax.channelOf(e + 0.1); c++) {
                best = sum[c] > sum[best] ? c : best;
            }
            assertEquals(ax.channelOf(e), best, 2, el + " Ka");
        }

        // the paper's low-SNR case on the same ground truth (same map seed): 18 counts/px; 583,200 counts give a
        // relative standard deviation of 0.13 %, far inside 1 %
        SyntheticDataset low = Synthesizer.generate(SyntheticOptions.mantle().withCountsPerPixel(18), Progress.NONE);
        assertEquals(18, low.counts().totalCounts() / low.counts().pixels(), 0.18);
        assertArrayEquals(d.maps()[2], low.maps()[2], 0.0);
    }

    @Test
    void sameSeed_identicalCounts_differentSeed_different_anyThreadCount() throws Exception {
        SyntheticOptions o = small();
        SparseSpectrumImage a = Synthesizer.generate(o, Progress.NONE).counts();
        SparseSpectrumImage b = new ForkJoinPool(1).submit(() -> Synthesizer.generate(o, Progress.NONE).counts()).get();
        SparseSpectrumImage c = new ForkJoinPool(3).submit(() -> Synthesizer.generate(o, Progress.NONE).counts()).get();
        assertSameCounts(a, b);
        assertSameCounts(a, c);
        SparseSpectrumImage other = Synthesizer.generate(o.withSeed(2), Progress.NONE).counts();
        assertFalse(a.sameCounts(other), "another noise seed must give other counts");
        // the noise seed leaves the ground truth alone
        SyntheticDataset d1 = Synthesizer.generate(o, Progress.NONE);
        SyntheticDataset d2 = Synthesizer.generate(o.withSeed(2), Progress.NONE);
        assertArrayEquals(d1.maps()[1], d2.maps()[1], 0.0);
        assertArrayEquals(d1.spectra()[1], d2.spectra()[1], 0.0);
        // the map seed changes the geometry
        SyntheticDataset d3 = Synthesizer.generate(o.withMapSeed(7), Progress.NONE);
        assertFalse(Arrays.equals(d1.maps()[1], d3.maps()[1]));
    }

    @Test
    void countsFollowTheModel_sumSpectrumMatchesExpectation() {
        // 48 x 48 px at 2000 counts/px: 4.6 M counts; compare the sum spectrum with sum of W.H channel by channel in
        // 0.5 keV bands (each band holds >= ~1e4 counts where tested, so 5 sigma < 5 %)
        SyntheticOptions o = SyntheticOptions.mantle(48).withAxis(new EnergyAxis(400, 0.2, 0.02)).withCountsPerPixel(2000);
        SyntheticDataset d = Synthesizer.generate(o, Progress.NONE);
        double[] observed = d.counts().sumSpectrum();
        double[] expected = d.expected().sumSpectrum();
        for (int band = 0; band < 400; band += 25) {
            double ob = 0;
            double ex = 0;
            for (int c = band; c < band + 25; c++) {
                ob += observed[c];
                ex += expected[c];
            }
            if (ex > 1e4) {
                assertEquals(ex, ob, 5 * Math.sqrt(ex), "band starting at channel " + band);
            }
        }
        // per-pixel totals follow the maps: pure Fp pixels are brighter than pure Brg pixels (higher yield per atom)
        double fpTotal = Arrays.stream(d.spectra()[1]).sum();
        double brgTotal = Arrays.stream(d.spectra()[0]).sum();
        assertTrue(fpTotal > brgTotal);
    }

    @Test
    void mapsSumToOne_smallImage() {
        SyntheticDataset d = Synthesizer.generate(small(), Progress.NONE);
        assertMapsSumToOne(d.maps());
        assertEquals(3, d.spectra().length);
        assertEquals(400, d.spectra()[0].length);
    }

    @Test
    void cancel_stopsWithCancelledException() {
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction, Supplier<String> message) {
                // ignored
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> Synthesizer.generate(small(), cancelled));
    }

    @Test
    void invalidOptions_giveClearMessages() {
        SyntheticOptions o = small();
        assertMessage(() -> o.withCountsPerPixel(0), "Mean counts per pixel must be > 0");
        assertMessage(() -> o.withCountsPerPixel(Double.NaN), "Mean counts per pixel must be > 0");
        assertMessage(() -> o.withSize(0, 10), "Image size must be between 1 and 8192");
        assertMessage(() -> o.withBeamEnergyKv(-5), "Beam energy must be between 1 and 1000 kV, got -5.0");
        assertMessage(() -> o.withGrains(List.of(new GrainSpec(3, 2))), "2 needed, got 1");
        assertMessage(() -> o.withPhases(List.of(MantlePreset.phases().get(0), MantlePreset.phases().get(0)),
                List.of(new GrainSpec(1, 1))), "Phase name 'Brg' is used twice");
        assertMessage(() -> new GrainSpec(-1, 3), "Grain count must be between 0 and 10000, got -1");
        assertMessage(() -> new GrainSpec(3, 0), "Grain radius must be between 0.5 and 10000 pixels, got 0.0");
        assertMessage(() -> o.withContinuumScale(-1), "Continuum scale must be between 0 and 1000");
        assertMessage(() -> o.withAbsorptionAt1keV(1e6), "Absorption exponent at 1 keV must be between 0 and 100");
    }

    @Test
    void phaseWithoutLinesOnTheAxis_isRejected() {
        // an axis above every line of Mg and O, and no continuum: nothing to sample
        SyntheticOptions o = SyntheticOptions.mantle(8)
                .withPhases(List.of(new Phase("MgO", java.util.Map.of("Mg", 50.0, "O", 50.0))), List.of())
                .withAxis(new EnergyAxis(100, 15, 0.01)).withContinuumScale(0);
        assertMessage(() -> Synthesizer.generate(o, Progress.NONE), "Phase MgO emits no X-rays");
    }

    static void assertMessage(Runnable r, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    static void assertMapsSumToOne(double[][] maps) {
        for (int p = 0; p < maps[0].length; p++) {
            double s = 0;
            for (double[] m : maps) {
                assertTrue(m[p] >= 0 && m[p] <= 1, "abundance outside [0,1] at pixel " + p);
                s += m[p];
            }
            // rounding of a few additions/divisions of numbers <= 1
            assertEquals(1, s, 1e-12, "pixel " + p);
        }
    }

    static void assertSameCounts(SparseSpectrumImage a, SparseSpectrumImage b) {
        assertEquals(a.nnz(), b.nnz());
        assertTrue(a.sameCounts(b), "same options and seed must give the same counts in every pixel and channel");
    }
}
