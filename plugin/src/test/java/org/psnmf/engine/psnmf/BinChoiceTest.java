package org.psnmf.engine.psnmf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.synth.GaussianPeaksPhantom;

class BinChoiceTest {

    private static final SparseSpectrumImage IMG = GaussianPeaksPhantom.generate(40, 40, 128, 3, 60, 8).image();

    @Test
    void thinning_splitsEveryCountIntoTwoHalves_deterministically() {
        Thinning.Split s = Thinning.half(IMG, 200, 5);
        int[] px = s.pixels();
        assertTrue(px.length > 100 && px.length <= 264, "sample of " + px.length);
        for (int i = 0; i < px.length; i++) {
            long[] orig = new long[IMG.channels()];
            long[] a = new long[IMG.channels()];
            long[] b = new long[IMG.channels()];
            IMG.addCounts(px[i], orig);
            s.train().addCounts(px[i], a);
            s.heldOut().addCounts(i, b);
            for (int c = 0; c < orig.length; c++) {
                assertEquals(orig[c], a[c] + b[c], "pixel " + px[i] + " channel " + c);
            }
        }
        // Binomial(N, 1/2) of ~100k counts: the half is within 1 % (about 6 standard deviations)
        assertEquals(0.5, s.trainFraction(), 0.01);
        Thinning.Split again = Thinning.half(IMG, 200, 5);
        assertEquals(s.train().totalCountsExact(), again.train().totalCountsExact());
        assertArrayEquals(px, again.pixels());
    }

    @Test
    void binomialHalf_isExactForLargeCounts() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            int v = Thinning.binomialHalf(1000, r);
            assertTrue(v >= 0 && v <= 1000);
            sum += v;
        }
        // mean 500, standard error of the mean of 1000 draws sqrt(250/1000) = 0.5: 4 standard errors
        assertEquals(500, sum / 1000.0, 2.0);
    }

    @Test
    void decision_isTheSameOnAnyThreadCount_andMarksOneChosenB() {
        PsnmfOptions o1 = PsnmfOptions.builder(3, PsnmfOptions.AUTO).ladder(List.of(8, 4, 2))
                .binned(NmfOptions.builder(3).threads(1).maxIterations(200).build()).build();
        PsnmfOptions o2 = o1.toBuilder().binned(o1.binned().toBuilder().threads(2).build()).build();
        PsnmfResult a = Psnmf.run(IMG, o1, null);
        PsnmfResult b = Psnmf.run(IMG, o2, null);
        assertEquals(a.bin(), b.bin());
        for (int j = 0; j < 3; j++) {
            assertArrayEquals(a.spectra()[j], b.spectra()[j]);
            assertArrayEquals(a.maps()[j], b.maps()[j]);
        }
        BinDecision d = a.decision();
        assertEquals(3, d.candidates().size());
        assertEquals(List.of(8, 4, 2), d.candidates().stream().map(BinDecision.Candidate::bin).toList());
        BinDecision.Candidate chosen = d.candidates().stream().filter(c -> c.bin() == d.bin()).findFirst()
                .orElseThrow();
        assertTrue(chosen.excessZ() <= BinChoice.SE_RULE || chosen.angleToBestDeg() <= BinChoice.STABLE_DEG,
                "chosen within the rule: " + chosen);
        assertTrue(d.candidates().stream().allMatch(c -> c.excessDeviance() >= 0 && c.heldOutDeviance() > 0));
    }

    @Test
    void multiscale_withFixedB_reachesItCoarseToFine() {
        PsnmfOptions o = PsnmfOptions.builder(3, 4).ladder(List.of(8, 4, 2)).multiscale(true)
                .binned(NmfOptions.builder(3).threads(2).maxIterations(200).build()).build();
        PsnmfResult r = Psnmf.run(IMG, o, null);
        assertEquals(4, r.bin());
        assertTrue(r.chooseSeconds() > 0, "the b = 8 step ran");
        assertTrue(r.decision() == null);
    }
}
