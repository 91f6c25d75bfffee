package org.psnmf.engine.quant;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.psnmf.engine.synth.PoissonSampler;

/**
 * Issue-11 evaluation on the independent espm spectra ({@code shared/data/independent}, a developer checkout only):
 * per spectrum the worst error in units of its tolerance (0.1 at% majors, 0.01 at% traces <= 1 at%) for the
 * shipped fit, the one-template-per-element fit of earlier versions (130 eV Fiori-Newbury widths) and the window
 * method, then the 2-sigma coverage of Poisson draws at 1e4 and 1e5 counts. Run after a build:
 * <pre>
 * cd plugin &amp;&amp; java -cp "target/classes:target/test-classes:lib/*" org.psnmf.engine.quant.QuantEvaluation [draws]
 * </pre>
 */
public final class QuantEvaluation {

    private QuantEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        int draws = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = args.length > 1 ? Path.of(args[1])
                : org.psnmf.testutil.SharedData.root().orElseThrow().resolve("independent");
        System.out.println("| spectrum | fit (issue 11) | template fit (before) | window |");
        System.out.println("|---|---|---|---|");
        for (IndependentSpectra.Case c : new IndependentSpectra(dir).cases()) {
            Quantifier q = new Quantifier(c.settings(), c.image().energyAxis());
            LinePlan plan = q.plan();
            String now = worst(c, q.quantify(c.name(), c.spectrum()));
            String before = worst(c, CliffLorimer.compose(c.name(), plan, new ModelFitEstimator(plan).estimate(c.spectrum())));
            String window = worst(c, new Quantifier(c.settings().withMethod(IntensityMethod.WINDOW), c.image().energyAxis())
                    .quantify(c.name(), c.spectrum()));
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", c.name(), now, before, window);
        }
        for (double total : new double[] {1e4, 1e5}) {
            int cases = 0;
            int covered = 0;
            for (IndependentSpectra.Case c : new IndependentSpectra(dir).cases()) {
                Quantifier q = new Quantifier(c.settings(), c.image().energyAxis());
                double[] mean = c.spectrum();
                double sum = 0;
                for (double v : mean) {
                    sum += v;
                }
                for (int d = 0; d < draws; d++) {
                    SplittableRandom rnd = new SplittableRandom(7919L * d + (long) total);
                    double[] y = new double[mean.length];
                    for (int ch = 0; ch < y.length; ch++) {
                        y[ch] = PoissonSampler.sample(mean[ch] * total / sum, rnd);
                    }
                    Composition comp = q.quantify(c.name(), y);
                    for (Map.Entry<String, Double> t : c.truthAtomicPercent().entrySet()) {
                        cases++;
                        double err = comp.atomicPercent(t.getKey()) - t.getValue();
                        if (Math.abs(err) <= 2 * comp.sigmaAtomicPercent(t.getKey())) {
                            covered++;
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%.0e counts: %d of %d element x spectrum x draw cases within 2 sigma (%.1f %%)%n",
                    total, covered, cases, 100.0 * covered / cases);
        }
    }

    private static String worst(IndependentSpectra.Case c, Composition comp) {
        double worst = 0;
        String what = "";
        for (Map.Entry<String, Double> t : c.truthAtomicPercent().entrySet()) {
            double err = comp.atomicPercent(t.getKey()) - t.getValue();
            double tol = t.getValue() <= 1 ? 0.01 : 0.1;
            if (Math.abs(err) / tol >= worst) {
                worst = Math.abs(err) / tol;
                what = String.format(Locale.ROOT, "%s %+.3f", t.getKey(), err);
            }
        }
        return String.format(Locale.ROOT, "%s at%% (%.2f tol)", what, worst);
    }
}
