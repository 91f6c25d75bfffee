package org.psnmf.knime.nodes.pca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.testing.CancelAfter;
import org.psnmf.knime.testing.Phantoms;

class PcaRunnerTest {

    private final Phantoms.Phantom ph = Phantoms.twoPhase(20, 10, 200, 3);

    @Test
    void screeIsDescending_andDenoisedModelHasKComponents() {
        PcaSettings s = new PcaSettings();
        s.set(PcaSettings.COMPONENTS, 2);
        PcaRunner.Result r = PcaRunner.run(s, ph.image(), Progress.NONE);
        assertTrue(r.scree().size() >= 2);
        double[] ev = r.scree().doubles("eigenvalue");
        for (int i = 1; i < ev.length; i++) {
            assertTrue(ev[i] <= ev[i - 1] * (1 + 1e-12), "eigenvalues descending");
        }
        double[] cum = r.scree().doubles("cumulative_explained_variance");
        assertTrue(cum[cum.length - 1] <= 1 + 1e-9);
        assertEquals(SpectrumImageSpec.of(r.denoised()), PcaRunner.outputSpec(s, SpectrumImageSpec.of(ph.image())));
        // the rank-2 model carries the counts of a two-phase image: totals agree within 1%
        assertEquals(ph.image().totalCounts(), r.denoised().totalCounts(), 0.01 * ph.image().totalCounts());
    }

    @Test
    void modelInput_isRejected_andCancelStops() {
        assertThrows(IllegalArgumentException.class,
                () -> PcaRunner.outputSpec(new PcaSettings(), SpectrumImageSpec.of(ph.truth().toImage())));
        assertThrows(CancelledException.class, () -> PcaRunner.run(new PcaSettings(), ph.image(), new CancelAfter(0)));
    }
}
