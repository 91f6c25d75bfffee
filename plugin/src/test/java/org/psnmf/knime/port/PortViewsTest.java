package org.psnmf.knime.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.swing.JComponent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.testing.Phantoms;

/** The port views (KNIME shows each component as a tab named after it) build headless from real data. */
class PortViewsTest {

    private static List<String> names(JComponent[] views) {
        return Arrays.stream(views).map(JComponent::getName).toList();
    }

    @Test
    void decompositionView_showsSummaryAndSpectraWithMaps() {
        Decomposition d = Phantoms.twoPhase(10, 6, 50, 1).truth();
        DecompositionPortObject po = new DecompositionPortObject(d);
        assertEquals(List.of("Summary", "Spectra and maps"), names(po.getViews()));
        assertTrue(po.getSummary().contains("2 components on 10 x 6 px"), po.getSummary());
        assertEquals(List.of("Decomposition"), names(po.getSpec().getViews()));
    }

    @Test
    void spectrumImageView_showsSummarySumSpectrumAndTotalCountsMap(@TempDir Path dir) throws Exception {
        var img = Phantoms.twoPhase(10, 6, 50, 1).image();
        SpectrumImagePortObject po = SpectrumImagePortObject.create(img,
                PortObjectsTest.stubFileStore(dir.resolve("fs.bin").toFile()), Progress.NONE);
        assertEquals(List.of("Summary", "Sum spectrum", "Total counts"), names(po.getViews()));
        assertEquals(List.of("Spectrum image"), names(po.getSpec().getViews()));
    }
}
