package org.psnmf.knime.nodes.elementalmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.testing.CancelAfter;
import org.psnmf.knime.testing.Phantoms;

class ElementalMapsRunnerTest {

    private final Phantoms.Phantom ph = Phantoms.twoPhase(16, 6, 400, 5);

    @Test
    void feAndCaMaps_followThePhaseAbundances() throws Exception {
        ElementalMapsSettings s = new ElementalMapsSettings();
        s.set(ElementalMapsSettings.ELEMENTS, "Fe, Ca");
        ElementalMapsRunner.Result r = ElementalMapsRunner.run(s, ph.truth().toImage(), Progress.NONE);
        assertEquals(2, r.maps().size());
        ElementalMapsRunner.ElementMap fe = r.maps().get(0);
        assertEquals("Ka", fe.line());
        assertEquals(Phantoms.FE_KA, fe.energyKeV(), 0.01); // table value vs the phantom's peak position
        // on the noise-free model the Fe map is proportional to the FeO abundance (1 at x = 0, 0 at x = 15)
        double left = fe.map()[0];
        double right = fe.map()[15];
        assertTrue(left > 0 && Math.abs(right) < 1e-9 * left, left + " " + right);
        double mid = fe.map()[7];
        assertEquals(left * (1 - 7 / 15.0), mid, 1e-9 * left);
        // ±1 FWHM holds 98% of a Gaussian peak: background-subtracted total ≈ peak area x 0.98
        assertTrue(fe.total() > 0);
        assertEquals(2, r.table().size());
        byte[] png = (byte[]) r.table().get(0, "map");
        assertEquals(16 * 16, ImageIO.read(new ByteArrayInputStream(png)).getWidth()); // zoom 16 to reach 256 px
    }

    @Test
    void backgroundSubtraction_removesTheFlatContinuum() {
        ElementalMapsSettings s = new ElementalMapsSettings();
        s.set(ElementalMapsSettings.ELEMENTS, "Ti"); // no Ti in the phantom: only background under Ti Ka
        double withBg = ElementalMapsRunner.run(s, ph.truth().toImage(), Progress.NONE).maps().get(0).total();
        s.set(ElementalMapsSettings.BACKGROUND, false);
        double raw = ElementalMapsRunner.run(s, ph.truth().toImage(), Progress.NONE).maps().get(0).total();
        assertTrue(raw > 0);
        // flat continuum: the linear background estimate removes it to rounding
        assertEquals(0, withBg, 1e-9 * raw);
    }

    @Test
    void explicitLineOutsideAxis_andUnknownElement_areRejected() {
        ElementalMapsSettings s = new ElementalMapsSettings();
        s.set(ElementalMapsSettings.ELEMENTS, "Mo:Ka"); // 17.5 keV, beyond the 10.24 keV axis
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ElementalMapsRunner.run(s, ph.image(), Progress.NONE));
        assertTrue(e.getMessage().contains("Mo Ka") && e.getMessage().contains("outside"), e.getMessage());
        s.set(ElementalMapsSettings.ELEMENTS, "Fe, Xx");
        InvalidSettingsException ise = assertThrows(InvalidSettingsException.class, s::validate);
        assertTrue(ise.getMessage().contains("\"Xx\""), ise.getMessage());
        s.set(ElementalMapsSettings.ELEMENTS, " , ");
        assertThrows(IllegalArgumentException.class, s::elements);
        s.set(ElementalMapsSettings.ELEMENTS, "Fe, Ca, Fe");
        assertTrue(assertThrows(IllegalArgumentException.class, s::elements).getMessage().contains("Fe twice"));
    }

    @Test
    void cancel_stopsMapping() {
        assertThrows(CancelledException.class, () -> ElementalMapsRunner.run(new ElementalMapsSettings(),
                ph.image(), new CancelAfter(0)));
    }
}
