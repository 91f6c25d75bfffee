package org.psnmf.engine.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.psnmf.Psnmf;
import org.psnmf.engine.psnmf.PsnmfOptions;
import org.psnmf.engine.psnmf.PsnmfResult;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.synth.Phase;
import org.psnmf.engine.synth.Synthesizer;
import org.psnmf.engine.synth.SyntheticDataset;
import org.psnmf.engine.synth.SyntheticOptions;

/**
 * Acceptance (issue 5): PSNMF components of the medium-SNR mantle data (180 x 180 px, 147 counts per pixel, b = 12)
 * quantify to the paper's Table 1: majors within ±1 at%, Nd and Sm within ±0.05 at%.
 *
 * <p>The full-size run takes 10-25 s on 2 cores; it is an acceptance criterion of the issue, so it runs in every
 * build (CI has the time). The components are quantified as counts (spectrum x summed abundance), as the node,
 * {@code run --elements} and the demo do. Measured with the per-family fit and fitted detector response (issue 11;
 * seed 1, map seed 2024), component minus truth, at% (1 sigma): Brg Mg +0.47 (0.02), Si +0.25, Ca -0.52, Fe -0.10,
 * Nd -0.039 (0.002), Sm -0.028 (0.002); Fp Mg +0.06, Fe +0.08, O -0.18 (0.06); CaPv Si +0.40 (0.06), Fe -0.20,
 * Nd -0.023 (0.017), Sm -0.026 (0.015), U -0.046 (0.017). The quantification itself is exact on noise-free phase
 * spectra ({@link SynthAcceptanceTest}) and on the independent espm spectra ({@link IndependentSpectraTest});
 * these deviations are the decomposition's. A 90 x 90 px, b = 6 variant is not a substitute: its CaPv component
 * mixes in Brg (Mg +2.0 at%).
 */
class PsnmfComponentAcceptanceTest {

    private static final Set<String> TRACE = Set.of("Nd", "Sm");

    @Test
    void mantleMediumSnrComponentsMatchTable1() {
        SyntheticDataset data = Synthesizer.generate(SyntheticOptions.mantle(), Progress.NONE);
        PsnmfResult r = Psnmf.run(data.counts(), PsnmfOptions.defaults(3, 12), Progress.NONE);
        int[] match = ComponentMatching.byAngle(r.spectra(), data.spectra());
        Quantifier q = new Quantifier(QuantSettings.of(SynthAcceptanceTest.ELEMENTS), data.counts().energyAxis());
        // as the node, run --elements and the demo do: each component in the counts it represents
        double[][] counts = ComponentSpectra.scaledToCounts(r.spectra(), r.maps());
        for (int i = 0; i < data.phases().size(); i++) {
            Phase ph = data.phases().get(i);
            Composition c = q.quantify(ph.name(), counts[match[i]]);
            for (String el : c.elements()) {
                double truth = 100 * ph.atomicFractions().getOrDefault(el, 0.0);
                // the acceptance: majors ±1 at%, trace Nd and Sm ±0.05 at% (absent elements count as majors)
                double tol = TRACE.contains(el) ? 0.05 : 1.0;
                assertEquals(truth, c.atomicPercent(el), tol, ph.name() + " " + el);
            }
        }
    }
}
