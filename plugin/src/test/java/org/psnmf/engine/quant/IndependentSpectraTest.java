package org.psnmf.engine.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.synth.PoissonSampler;

/**
 * Acceptance (issue 11) on spectra from an independent forward model (espm, {@link IndependentSpectra}): the fit
 * shares neither the simulator's line shapes (sampled Gaussians), detector width law (0.01 E + 0.065 keV; ours
 * starts from Fiori-Newbury 130 eV and is refined), continuum (two-term Lifshin) nor its absorption; only the line
 * table is common.
 */
class IndependentSpectraTest {

    /**
     * Every element within 0.1 at% (majors) and 0.01 at% (traces <= 1 at%) on all 12 noise-free spectra, with the
     * simulator's exact k-factors. Measured worst: steel_abs Mn +0.007 at% (0.74 of its tolerance), all others
     * within 0.2 of theirs (before issue 11: O -1.5 at% in aucu_noabs, Mn +0.33 at% in steel).
     */
    @Test
    void noiseFreeSpectraQuantifyToTruth() throws Exception {
        StringBuilder report = new StringBuilder();
        boolean ok = true;
        for (IndependentSpectra.Case c : IndependentSpectra.require().cases()) {
            Composition comp = new Quantifier(c.settings(), c.image().energyAxis()).quantify(c.name(), c.spectrum());
            for (Map.Entry<String, Double> t : c.truthAtomicPercent().entrySet()) {
                double tol = t.getValue() <= 1 ? 0.01 : 0.1;
                double err = comp.atomicPercent(t.getKey()) - t.getValue();
                if (!(Math.abs(err) <= tol)) {
                    ok = false;
                    report.append(String.format(Locale.ROOT, "%s %s %+.4f at%% (tolerance %.2f); ", c.name(), t.getKey(), err, tol));
                }
            }
            // the refined width law reproduces espm's (less the channel integration, FWHM^2 - 4.6e-5 keV^2) within
            // 1 eV where the spectrum has resolved lines: Mn Ka everywhere, O Ka in the oxides, 15 keV in zirconia
            // (in steel the dense Cr/Mn/Fe/Ni L cluster leaves the low-energy width 2.6 eV too wide and the offset
            // at -1 eV, without effect on the composition)
            DetectorResponse r = comp.response();
            List<Double> at = new ArrayList<>(List.of(5.8987));
            if (c.truthAtomicPercent().containsKey("O")) {
                at.add(0.5249);
            }
            if (c.name().startsWith("zirconia")) {
                at.add(15.0);
            }
            for (double e : at) {
                double espm = Math.sqrt(Math.pow(0.065 + 0.01 * e, 2) - 0.01 * 0.01 / 12 * 8 * Math.log(2));
                assertEquals(espm, r.fwhmKeV(e), 1e-3, c.name() + " FWHM at " + e + " keV: " + r.describe());
            }
            assertEquals(0, r.offsetKeV(), 2e-3, c.name() + " " + r.describe());
        }
        assertTrue(ok, report.toString());
    }

    /**
     * Fitted family intensities against the simulator's exact counts ({@code lines.csv}) for every family holding
     * >= 1 % of the characteristic counts: within 1 % plus twice the reported sigma of this 1e6-count spectrum. The
     * sigma term matters only for families that the data cannot separate from a neighbour (Fe La / Lb1 0.18 FWHM
     * apart in steel, sigma ~3e4 counts); every resolved family is within 1 % (measured worst 0.5 %, Au M_other).
     */
    @Test
    void familyIntensitiesMatchTheSimulatorsLineCounts() throws Exception {
        StringBuilder report = new StringBuilder();
        for (IndependentSpectra.Case c : IndependentSpectra.require().cases()) {
            LineIntensities li = new Quantifier(c.settings(), c.image().energyAxis()).intensities(c.name(), c.spectrum());
            for (Map.Entry<String, Double> ref : c.familyCounts().entrySet()) {
                if (ref.getValue() < 0.01 * c.characteristicCounts()) {
                    continue;
                }
                FamilyIntensity f = li.families().stream()
                        .filter(x -> (x.element() + " " + x.family()).equals(ref.getKey())).findFirst().orElse(null);
                if (f == null) {
                    report.append(c.name()).append(' ').append(ref.getKey()).append(" missing; ");
                    continue;
                }
                double err = Math.abs(f.counts() - ref.getValue());
                if (!(err <= 0.01 * ref.getValue() + 2 * f.sigma())) {
                    report.append(String.format(Locale.ROOT, "%s %s %.0f vs %.0f (sigma %.0f); ", c.name(), ref.getKey(),
                            f.counts(), ref.getValue(), f.sigma()));
                }
            }
        }
        assertTrue(report.isEmpty(), report.toString());
    }

    /**
     * Poisson draws of the 12 spectra scaled to 1e4 and 1e5 total counts (2 seeds each): the error of at least 90 %
     * of the element x spectrum x draw cases lies within 2 reported sigma. With 10 draws per level
     * ({@code QuantEvaluation}) 95.0 % (1e4) and 92.7 % (1e5) of 560 cases each; the 2 draws here vary around that.
     */
    @Test
    void reportedSigmaCoversNoisyDraws() throws Exception {
        int cases = 0;
        int covered = 0;
        List<String> misses = new ArrayList<>();
        for (IndependentSpectra.Case c : IndependentSpectra.require().cases()) {
            Quantifier q = new Quantifier(c.settings(), c.image().energyAxis());
            double[] mean = c.spectrum();
            double sum = 0;
            for (double v : mean) {
                sum += v;
            }
            for (double total : new double[] {1e4, 1e5}) {
                for (int seed = 1; seed <= 2; seed++) {
                    SplittableRandom rnd = new SplittableRandom(seed * 1000L + (long) Math.log10(total));
                    double[] y = new double[mean.length];
                    for (int ch = 0; ch < y.length; ch++) {
                        y[ch] = PoissonSampler.sample(mean[ch] * total / sum, rnd);
                    }
                    Composition comp = q.quantify(c.name(), y);
                    for (Map.Entry<String, Double> t : c.truthAtomicPercent().entrySet()) {
                        double err = comp.atomicPercent(t.getKey()) - t.getValue();
                        double sigma = comp.sigmaAtomicPercent(t.getKey());
                        cases++;
                        if (Math.abs(err) <= 2 * sigma) {
                            covered++;
                        } else {
                            misses.add(String.format(Locale.ROOT, "%s %.0e #%d %s %+.3f (sigma %.3f)", c.name(), total, seed,
                                    t.getKey(), err, sigma));
                        }
                    }
                }
            }
        }
        double coverage = covered / (double) cases;
        assertTrue(coverage >= 0.9, String.format(Locale.ROOT, "coverage %.3f of %d: %s", coverage, cases, misses));
    }
}
