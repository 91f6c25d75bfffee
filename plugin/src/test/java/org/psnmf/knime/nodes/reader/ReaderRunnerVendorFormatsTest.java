package org.psnmf.knime.nodes.reader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.testutil.SharedData;

/** The Reader node's runner reads the JEOL, TIA and Bruker .spx samples through the registry. */
class ReaderRunnerVendorFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = { "jeol/rawdata.ASW", "jeol/Sample/00_View000/View000_0000006.pts", "jeol/met03.EDS",
            "16x16-spectrum_image_5x5x4000-not_square.emi", "16x16-line_profile_horizontal_5x128x128_EDS.emi",
            "bruker_nano.spx", "extracted_from_bcf.spx", "bruker_m6_jetstream_file_example.spx" })
    void reads_likeTheRegistry(String name) throws Exception {
        Path f = SharedData.require("formats/" + name);
        SparseSpectrumImage direct = (SparseSpectrumImage) Readers.read(f, Progress.NONE);
        ReaderRunner.Result r = ReaderRunner.run(new ReaderSettings(), f, Progress.NONE);
        assertTrue(r.image().isCounts());
        assertEquals(direct.width(), r.image().width());
        assertEquals(direct.height(), r.image().height());
        assertEquals(direct.energyAxis(), r.image().energyAxis());
        assertEquals(direct.totalCountsExact(), ((SparseSpectrumImage) r.image()).totalCountsExact());
        assertArrayEquals(direct.sumSpectrum(), r.sumSpectrum().doubles("counts"), 0.0);
        // single spectra and TIA series describe themselves at configure time; JEOL cubes only once read
        Optional<SpectrumImageSpec> atConfigure = ReaderRunner.configureSpec(new ReaderSettings(), f);
        assertEquals(!name.endsWith(".ASW") && !name.endsWith(".pts"), atConfigure.isPresent(), name);
        if (atConfigure.isPresent()) {
            SpectrumImageSpec executed = SpectrumImageSpec.of(r.image());
            assertEquals(executed.width(), atConfigure.get().width());
            assertEquals(executed.height(), atConfigure.get().height());
            assertEquals(executed.energyAxis(), atConfigure.get().energyAxis());
            assertEquals(executed.info(), atConfigure.get().info());
            assertEquals(executed.isCounts(), atConfigure.get().isCounts());
        }
    }
}
