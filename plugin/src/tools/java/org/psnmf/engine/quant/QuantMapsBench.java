package org.psnmf.engine.quant;

import java.util.List;
import java.util.Locale;

import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.synth.Synthesizer;
import org.psnmf.engine.synth.SyntheticDataset;
import org.psnmf.engine.synth.SyntheticOptions;

/**
 * Composition-map throughput on the raw 180 x 180 mantle counts (147 counts/px, 10 elements), one thread: the
 * per-pixel fit with the tables' templates (the estimator before issue 11) and the shipped path (family fit of the
 * sum spectrum, then one amplitude per element per pixel), best of three each, in the same JVM so that the shared
 * machine's load affects both alike. Run after a build:
 * <pre>
 * cd plugin &amp;&amp; java -cp "target/classes:target/test-classes:lib/*" org.psnmf.engine.quant.QuantMapsBench
 * </pre>
 */
public final class QuantMapsBench {

    private QuantMapsBench() {
    }

    public static void main(String[] args) {
        SyntheticDataset data = Synthesizer.generate(SyntheticOptions.mantle(), Progress.NONE);
        List<String> els = List.of("Mg", "Si", "Al", "Ca", "Fe", "Nd", "Sm", "U", "O", "Cu");
        Quantifier q = new Quantifier(QuantSettings.of(els), data.counts().energyAxis());
        int n = data.counts().pixels();
        LinePlan plan = q.plan();
        ModelFitEstimator table = new ModelFitEstimator(plan);
        double[] spec = new double[plan.axis().channels()];
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int p = 0; p < n; p++) {
                java.util.Arrays.fill(spec, 0);
                data.counts().addSpectrum(p, spec);
                CliffLorimer.compose("", plan, table.estimate(spec));
            }
            double old = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            q.quantifyImage(data.counts(), 1, Progress.NONE);
            double now = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: table templates %.0f pixels/s, shipped (sum-spectrum family fit + per-pixel) %.0f pixels/s%n",
                    round + 1, n / old, n / now);
        }
    }
}
