package org.psnmf.engine.psnmf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.synth.SyntheticDataset;
import org.psnmf.engine.synth.SyntheticOptions;
import org.psnmf.engine.synth.Synthesizer;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.nmf.NmfResult;
import org.psnmf.engine.nmf.PoissonNmf;

/**
 * Acceptance (issue 4) on the project's synthetic mantle data, 180 x 180 px x 1980 channels, phases Brg, Fp, CaPv,
 * fixed seeds. Bounds are the issue's; the evaluation table in the README gives the measured angles for every b,
 * initialisation and regulariser (produced by {@link MantleEvaluation}).
 */
@Tag("acceptance")
class MantleAcceptanceTest {

    private static double[] angles(double[][] found, SyntheticDataset d) {
        return ComponentMatching.angles(found, d.spectra()); // in phase order Brg, Fp, CaPv
    }

    @Test
    void mediumSnr_psnmfWithin2And4Degrees_andBetterThanPlainNmfOnCaPv() {
        SyntheticDataset d = Synthesizer.generate(SyntheticOptions.mantle().withCountsPerPixel(147), null);
        PsnmfResult p = Psnmf.run(d.counts(), PsnmfOptions.defaults(3, 12), null);
        double[] a = angles(p.spectra(), d);
        assertTrue(a[0] < 2 && a[1] < 2 && a[2] < 4, "PSNMF Brg/Fp/CaPv " + Arrays.toString(a));
        // plain NMF on the original data with the same defaults, capped at 300 iterations to keep the test short
        // (the evaluation shows its CaPv angle stays above PSNMF's at 500 iterations too)
        NmfResult n = PoissonNmf.fit(d.counts(), NmfOptions.builder(3).maxIterations(300).build(), null);
        double[] an = angles(n.spectra(), d);
        assertTrue(a[2] < an[2], "CaPv: PSNMF " + a[2] + " vs NMF " + an[2]);
    }

    @Test
    void lowSnr_psnmfWithin2And8Degrees_whilePlainNmfIsFarOff() {
        SyntheticDataset d = Synthesizer.generate(SyntheticOptions.mantle().withCountsPerPixel(18), null);
        PsnmfResult p = Psnmf.run(d.counts(), PsnmfOptions.defaults(3, 15), null);
        double[] a = angles(p.spectra(), d);
        assertTrue(a[0] < 2 && a[1] < 2 && a[2] < 8, "PSNMF Brg/Fp/CaPv " + Arrays.toString(a));
        NmfResult n = PoissonNmf.fit(d.counts(), NmfOptions.builder(3).maxIterations(300).build(), null);
        double[] an = angles(n.spectra(), d);
        double worst = Arrays.stream(an).max().getAsDouble();
        assertTrue(worst > 2 * Arrays.stream(a).max().getAsDouble(), "NMF " + Arrays.toString(an) + " vs PSNMF "
                + Arrays.toString(a));
    }
}
