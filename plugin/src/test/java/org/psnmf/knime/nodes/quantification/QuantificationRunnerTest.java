package org.psnmf.knime.nodes.quantification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.quant.Composition;
import org.psnmf.knime.nodes.synthetic.SyntheticRunner;
import org.psnmf.knime.nodes.synthetic.SyntheticSettings;
import org.psnmf.knime.testing.CancelAfter;

/** Quantifies the noise-free synthetic phase spectra, whose compositions are known. */
class QuantificationRunnerTest {

    private static final SyntheticRunner.Result SYN = syn();

    private static SyntheticRunner.Result syn() {
        SyntheticSettings s = new SyntheticSettings();
        s.set(SyntheticSettings.SIZE, 16);
        return SyntheticRunner.run(s, null, Progress.NONE);
    }

    private static QuantificationSettings settings() {
        QuantificationSettings s = new QuantificationSettings();
        s.set(QuantificationSettings.ELEMENTS, String.join(", ", SYN.truth().info().elements()));
        return s;
    }

    @Test
    void groundTruthSpectra_giveTheirCompositions() {
        QuantificationRunner.Result r = QuantificationRunner.run(settings(), SYN.truth(), null, null, Progress.NONE);
        assertEquals(3, r.compositions().size());
        Composition fp = r.compositions().get(1);
        assertEquals("Fp", fp.name());
        for (int i = 0; i < SYN.compositions().size(); i++) {
            if (SYN.compositions().get(i, "phase").equals("Fp")) {
                String el = (String) SYN.compositions().get(i, "element");
                double truth = (Double) SYN.compositions().get(i, "atomic_percent");
                // noise-free spectra from the same physics: the engine's acceptance is ±0.1 at%; allow 0.5 at%
                assertEquals(truth, fp.atomicPercent(el), 0.5, el);
            }
        }
        assertEquals(3 * fp.elements().size(), r.table().size());
        assertEquals(0, r.maps().size());
        // every component lists its fitted families, the quantified one of each element flagged once
        long quantified = fp.families().stream().filter(f -> f.quantified()).count();
        assertEquals(fp.elements().size(), quantified);
        assertTrue(r.families().size() >= 3 * fp.elements().size());
    }

    @Test
    void imageInput_addsTheSumSpectrumRow_andMaps() {
        QuantificationSettings s = settings();
        s.set(QuantificationSettings.MAPS, true);
        QuantificationRunner.Result r = QuantificationRunner.run(s, null, SYN.dataset().counts(), null, Progress.NONE);
        assertEquals(1, r.compositions().size());
        assertEquals(r.compositions().get(0).elements().size(), r.maps().size());
        double total = 0;
        for (String el : r.compositions().get(0).elements()) {
            total += r.compositions().get(0).atomicPercent(el);
        }
        assertEquals(100, total, 1e-6);
    }

    @Test
    void kFactorRows_andBadSettings_areChecked() {
        var k = QuantificationRunner.kFactors(List.<String[]>of(new String[] {"fe", "Ka", "1.3"}));
        assertEquals(1.3, k.get("Fe").k(), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuantificationRunner.kFactors(List.<String[]>of(new String[] {"Fe", "Ka", "abc"})));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        QuantificationSettings s = settings();
        s.set(QuantificationSettings.ELEMENTS, "Fe, Qq");
        assertThrows(InvalidSettingsException.class, s::validate);
        assertThrows(IllegalArgumentException.class,
                () -> QuantificationRunner.run(settings(), null, null, null, Progress.NONE));
    }

    @Test
    void cancel_stopsMaps() {
        QuantificationSettings s = settings();
        s.set(QuantificationSettings.MAPS, true);
        assertThrows(CancelledException.class,
                () -> QuantificationRunner.run(s, null, SYN.dataset().counts(), null, new CancelAfter(0)));
    }
}
