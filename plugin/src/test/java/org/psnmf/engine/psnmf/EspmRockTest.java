package org.psnmf.engine.psnmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.metrics.MapError;
import org.psnmf.testutil.EspmRock;

/**
 * The PSNMF defaults on the two espm images (another group's simulator; {@code shared/data/independent}, skipped where
 * it is absent): olivine matrix (80 %), garnet grains (16 %, R 9–13 px), phosphate grains (4 %, R 2.5–4.5 px),
 * 96 x 96 x 1980. The bounds are the values measured with the defaults (docs/nmf-evaluation.md, robustness matrix)
 * plus a margin of about 1°, so a change that loses a phase (the old default b = 12 gave garnet 10.5°, phosphate 27°
 * on rock_si_120) fails, while the noise of another seed would not.
 */
class EspmRockTest {

    private static EspmRock rock(String name) throws IOException {
        var r = EspmRock.find(name);
        Assumptions.assumeTrue(r.isPresent(), "shared/data/independent/" + name + " not found; test skipped");
        return r.get();
    }

    @Test
    void rockSi120_defaultsResolveEveryPhase() throws IOException {
        EspmRock r = rock("rock_si_120");
        PsnmfResult p = Psnmf.run(r.counts(), PsnmfOptions.defaults(3, PsnmfOptions.DEFAULT_BIN), null);
        double[] a = ComponentMatching.angles(p.spectra(), r.spectra());
        // measured 1.25° / 3.64° / 2.79° (olivine / garnet / phosphate), b = 2
        assertTrue(a[0] < 2.0 && a[1] < 4.5 && a[2] < 4.0, Arrays.toString(a));
        assertEquals(2, p.bin(), "b = auto on rock_si_120");
        int[] m = ComponentMatching.byAngle(p.spectra(), r.spectra());
        // measured map MSE 0.0036 (mean of the three phases)
        double mse = 0;
        for (int j = 0; j < 3; j++) {
            mse += MapError.mse(p.maps()[m[j]], r.maps()[j]) / 3;
        }
        assertTrue(mse < 0.006, "map MSE " + mse);
    }

    @Test
    void rockSi25_defaultsKeepTheMajorPhases() throws IOException {
        EspmRock r = rock("rock_si_25");
        PsnmfResult p = Psnmf.run(r.counts(), PsnmfOptions.defaults(3, PsnmfOptions.DEFAULT_BIN), null);
        double[] a = ComponentMatching.angles(p.spectra(), r.spectra());
        // measured 2.09° / 3.76° / 7.85°: at 25 counts/px the 4 % phosphate (below the 5 % of the acceptance) is
        // the hardest; the two phases above 5 % must stay within 5°
        assertTrue(a[0] < 3.0 && a[1] < 5.0 && a[2] < 10.0, Arrays.toString(a));
    }
}
