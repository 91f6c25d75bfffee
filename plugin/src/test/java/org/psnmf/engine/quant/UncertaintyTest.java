package org.psnmf.engine.quant;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Predicted 1-sigma uncertainties agree with the scatter over Poisson realisations. */
class UncertaintyTest {

    static double[] poisson(double[] mean, Random rnd) {
        double[] out = new double[mean.length];
        for (int c = 0; c < mean.length; c++) {
            double l = mean[c];
            if (l < 40) {
                // Knuth's multiplication method, exact
                double lim = Math.exp(-l);
                double p = rnd.nextDouble();
                int k = 0;
                while (p > lim) {
                    p *= rnd.nextDouble();
                    k++;
                }
                out[c] = k;
            } else {
                // normal approximation: mean and variance exact, skewness negligible at >= 40 counts
                out[c] = Math.max(0, Math.round(l + Math.sqrt(l) * rnd.nextGaussian()));
            }
        }
        return out;
    }

    private static void check(IntensityMethod method) {
        Map<String, Double> brg = ModelFitAccuracyTest.PHASES.get("Brg");
        double[] mean = MixtureSpectra.spectrum(brg, 2e5, 0.3);
        List<String> els = List.of("Mg", "Si", "Al", "Ca", "Fe", "Nd", "Sm", "O");
        Quantifier q = new Quantifier(QuantSettings.of(els).withMethod(method), MixtureSpectra.AXIS);
        Random rnd = new Random(20240531L);
        int runs = 120;
        double[] s1 = new double[els.size()];
        double[] s2 = new double[els.size()];
        double[] pred = new double[els.size()];
        for (int r = 0; r < runs; r++) {
            Composition c = q.quantify("r" + r, poisson(mean, rnd));
            for (int i = 0; i < els.size(); i++) {
                s1[i] += c.atomicFraction()[i];
                s2[i] += c.atomicFraction()[i] * c.atomicFraction()[i];
                pred[i] += c.sigmaAtomicFraction()[i] / runs;
            }
        }
        for (int i = 0; i < els.size(); i++) {
            double m = s1[i] / runs;
            double sd = Math.sqrt(Math.max(0, s2[i] / runs - m * m) * runs / (runs - 1));
            double ratio = sd / pred[i];
            // 120 runs: the sample sd has ~6.5 % relative error; Neyman weights and (for Nd/Sm near 0.1 at%) the
            // non-negativity bound distort a little more; 0.7-1.35 catches a wrong formula (factor >= 1.5 errors,
            // e.g. a missing covariance term or a sqrt(2))
            String msg = method + " " + els.get(i) + ": observed sd " + sd + ", predicted " + pred[i];
            assertTrue(ratio > 0.7 && ratio < 1.35, msg);
        }
    }

    @Test
    void fitSigmasMatchPoissonScatter() {
        check(IntensityMethod.FIT);
    }

    @Test
    void windowSigmasMatchPoissonScatter() {
        check(IntensityMethod.WINDOW);
    }
}
