package org.psnmf.engine.nmf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.synth.GaussianPeaksPhantom;

class PoissonNmfTest {

    /** 24 x 24 pixels x 200 channels, 3 components, ~150 counts/pixel: realistic shape, milliseconds per fit. */
    static final GaussianPeaksPhantom.Truth SMALL = GaussianPeaksPhantom.generate(24, 24, 200, 3, 150, 11);

    private static NmfOptions opts(int k) {
        return NmfOptions.builder(k).threads(1).maxIterations(60).tolerance(0).checkInterval(1).build();
    }

    private static void assertNonIncreasing(double[] trace) {
        for (int i = 1; i < trace.length; i++) {
            // floors move the iterate by at most 1e-10 relative per entry; 1e-12 relative slack covers rounding
            assertTrue(trace[i] <= trace[i - 1] * (1 + 1e-12), "objective rose at evaluation " + i + ": "
                    + trace[i - 1] + " -> " + trace[i]);
        }
    }

    @Test
    void fit_objectiveNeverIncreases_forEveryVariant() {
        for (NmfOptions.Init init : new NmfOptions.Init[] {NmfOptions.Init.NNDSVDA, NmfOptions.Init.RANDOM,
                NmfOptions.Init.SPA}) {
            for (boolean simplex : new boolean[] {true, false}) {
                for (double smooth : new double[] {0, 0.05}) {
                    NmfResult r = PoissonNmf.fit(SMALL.image(),
                            opts(3).toBuilder().init(init).sumToOne(simplex).smoothness(smooth).build(), null);
                    assertEquals(60, r.objectiveTrace().length, "tol 0 and check interval 1: one entry per iteration");
                    assertNonIncreasing(r.objectiveTrace());
                    assertTrue(r.objectiveTrace()[59] < r.objectiveTrace()[0], init + " made no progress");
                }
            }
        }
    }

    @Test
    void fit_sumToOne_abundancesSumToOneInEveryPixel() {
        NmfResult r = PoissonNmf.fit(SMALL.image(), opts(3), null);
        for (int p = 0; p < SMALL.image().pixels(); p++) {
            double s = 0;
            for (int j = 0; j < 3; j++) {
                assertTrue(r.maps()[j][p] >= 0);
                s += r.maps()[j][p];
            }
            // the per-pixel vector is divided by its sum after flooring: exact up to rounding
            assertEquals(1.0, s, 1e-12, "pixel " + p);
        }
        // W carries the count level: the model total equals the data total (a fixed point of the W update)
        double model = r.toImage(24, 24, SMALL.image().energyAxis(), null).totalCounts();
        assertEquals(SMALL.image().totalCounts(), model, 1e-3 * model);
    }

    /** @return round(W·H) of the phantom at {@code scale} times its count level: noiseless up to rounding */
    static SparseSpectrumImage noiseless(GaussianPeaksPhantom.Truth t, int width, int height, double scale) {
        int k = t.spectra().length;
        int channels = t.spectra()[0].length;
        SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(width, height, t.image().energyAxis(), null);
        for (int y = 0; y < height; y++) {
            int[] d = new int[width * channels];
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < channels; c++) {
                    double m = 0;
                    for (int j = 0; j < k; j++) {
                        m += t.maps()[j][y * width + x] * t.spectra()[j][c] * scale;
                    }
                    d[x * channels + c] = (int) Math.round(m);
                }
            }
            b.setRowDense(y, d);
        }
        return b.build();
    }

    @Test
    void fit_recoversPlantedSpectra_onNoiselessPhantom() {
        GaussianPeaksPhantom.Truth t = GaussianPeaksPhantom.generate(24, 24, 200, 3, 100, 5);
        SparseSpectrumImage img = noiseless(t, 24, 24, 1000);
        NmfResult r = PoissonNmf.fit(img, NmfOptions.builder(3).init(NmfOptions.Init.SPA).threads(2)
                .maxIterations(300).build(), null);
        double[] a = ComponentMatching.angles(r.spectra(), t.spectra());
        for (double v : a) {
            // ~500 counts per channel: rounding changes each value by <= 0.1 %, i.e. well under 0.1 degree; the
            // phantom has pure pixels, which the SPA start finds, so the solution is the planted one. 0.5 degree
            // leaves room for the slow drift of MU inside the non-unique cone
            assertTrue(v < 0.5, "angle " + v + " in " + java.util.Arrays.toString(a));
        }
    }

    @Test
    void fit_fixedSpectra_stayBitIdentical_andMapsImprove() {
        double[][] w = SMALL.spectra();
        double[][] copy = new double[3][];
        for (int j = 0; j < 3; j++) {
            copy[j] = w[j].clone();
        }
        NmfOptions o = opts(3).toBuilder().initial(w, null).spectraMode(NmfOptions.SpectraMode.FIXED)
                .maxIterations(50).build();
        NmfResult r = PoissonNmf.fit(SMALL.image(), o, null);
        for (int j = 0; j < 3; j++) {
            assertArrayEquals(copy[j], r.spectra()[j], 0.0);
            assertArrayEquals(copy[j], w[j], 0.0, "input modified");
        }
        assertNonIncreasing(r.objectiveTrace());
        // with smoothness: several in-cache updates per pass around a fixed neighbour anchor, still monotone
        NmfResult sm = PoissonNmf.fit(SMALL.image(), o.toBuilder().smoothness(0.1).checkInterval(5).build(), null);
        assertNonIncreasing(sm.objectiveTrace());
        assertTrue(sm.objectiveTrace().length >= 10);
        for (int j = 0; j < 3; j++) {
            assertArrayEquals(copy[j], sm.spectra()[j], 0.0);
        }
    }

    @Test
    void fit_sameSeed_identicalWithOneAndTwoThreads() {
        for (double smooth : new double[] {0, 0.05}) {
            NmfOptions o = opts(3).toBuilder().init(NmfOptions.Init.RANDOM).seed(42).smoothness(smooth).build();
            NmfResult a = PoissonNmf.fit(SMALL.image(), o.toBuilder().threads(1).build(), null);
            NmfResult b = PoissonNmf.fit(SMALL.image(), o.toBuilder().threads(2).build(), null);
            for (int j = 0; j < 3; j++) {
                assertArrayEquals(a.spectra()[j], b.spectra()[j], 0.0);
                assertArrayEquals(a.maps()[j], b.maps()[j], 0.0);
            }
            assertArrayEquals(a.objectiveTrace(), b.objectiveTrace(), 0.0);
        }
    }

    @Test
    void fit_emptyPixelsAndChannels_noNaN() {
        // vacuum: the left third of the image has no counts; channels 0-19 are empty everywhere
        SparseSpectrumImage src = SMALL.image();
        SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(24, 24, src.energyAxis(), null);
        for (int y = 0; y < 24; y++) {
            int[] dense = new int[24 * 200];
            for (int x = 8; x < 24; x++) {
                double[] s = src.spectrum(x, y);
                for (int c = 20; c < 200; c++) {
                    dense[x * 200 + c] = (int) s[c];
                }
            }
            b.setRowDense(y, dense);
        }
        SparseSpectrumImage img = b.build();
        for (NmfOptions.Init init : new NmfOptions.Init[] {NmfOptions.Init.NNDSVDA, NmfOptions.Init.SPA,
                NmfOptions.Init.RANDOM}) {
            for (boolean simplex : new boolean[] {true, false}) {
                NmfResult r = PoissonNmf.fit(img, opts(3).toBuilder().init(init).sumToOne(simplex).smoothness(0.05).build(),
                        null);
                for (int j = 0; j < 3; j++) {
                    for (double v : r.spectra()[j]) {
                        assertTrue(Double.isFinite(v) && v >= 0, init + ": spectrum value " + v);
                    }
                    for (double v : r.maps()[j]) {
                        assertTrue(Double.isFinite(v) && v >= 0, init + ": map value " + v);
                    }
                }
                assertTrue(Double.isFinite(r.objective()));
            }
        }
    }

    @Test
    void fit_rejectsBadArguments_withClearMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NmfOptions.defaults(0));
        assertTrue(e.getMessage().contains("Components must be at least 1, got 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PoissonNmf.fit(SMALL.image(), opts(201), null));
        assertTrue(e.getMessage().contains("Components (201) exceeds min(pixels, channels) = 200"), e.getMessage());
        SparseSpectrumImage empty = new SparseSpectrumImage.Builder(4, 4, new EnergyAxis(50, 0, 0.01),
                AcquisitionInfo.UNKNOWN).build();
        e = assertThrows(IllegalArgumentException.class, () -> PoissonNmf.fit(empty, opts(2), null));
        assertTrue(e.getMessage().contains("no counts"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> opts(2).toBuilder().tolerance(-1).build());
        assertTrue(e.getMessage().contains("Tolerance"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> opts(2).toBuilder().spectraMode(NmfOptions.SpectraMode.FIXED).build());
        assertTrue(e.getMessage().contains("FIXED needs init CUSTOM"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PoissonNmf.fit(SMALL.image(), opts(3).toBuilder().initial(new double[3][10], null).build(), null));
        assertTrue(e.getMessage().contains("Initial spectra have 10 channels, the image has 200"), e.getMessage());
    }

    @Test
    void fit_toleranceStopsEarly_andReportsConvergence() {
        NmfResult r = PoissonNmf.fit(SMALL.image(), opts(3).toBuilder().maxIterations(5000).tolerance(1e-4)
                .checkInterval(10).build(), null);
        assertTrue(r.converged());
        assertTrue(r.iterations() < 5000);
        assertEquals(0, r.iterations() % 10, "stops only at a check");
    }

    @Test
    void fit_cancelStopsWithinOneIteration_andProgressIsReported() {
        AtomicInteger reports = new AtomicInteger();
        Progress p = new Progress() {
            @Override
            public void report(double fraction, Supplier<String> message) {
                reports.incrementAndGet();
                message.get();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 3;
            }
        };
        assertThrows(CancelledException.class, () -> PoissonNmf.fit(SMALL.image(), opts(3), p));
        assertEquals(3, reports.get());
    }

    @Test
    void fit_restartsKeepTheBestObjective() {
        NmfOptions o = opts(3).toBuilder().init(NmfOptions.Init.RANDOM).maxIterations(30).build();
        NmfResult one = PoissonNmf.fit(SMALL.image(), o, null);
        NmfResult three = PoissonNmf.fit(SMALL.image(), o.toBuilder().restarts(3).build(), null);
        assertTrue(three.objective() <= one.objective());
        // restart 0 is the same run as the single fit
        if (three.bestRestart() == 0) {
            assertEquals(one.objective(), three.objective(), 0.0);
        }
    }
}
