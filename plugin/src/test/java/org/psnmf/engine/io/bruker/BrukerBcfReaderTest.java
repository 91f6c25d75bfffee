package org.psnmf.engine.io.bruker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.ExpectedFormats;
import org.psnmf.engine.io.Fuzz;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.progress.Progress;

class BrukerBcfReaderTest {

    @ParameterizedTest
    @ValueSource(strings = { "test_TEM.bcf", "16x16_12bit_packed_8bit.bcf", "over16bit.bcf",
            "P45_the_default_job.bcf" })
    void samples_matchHyperSpy(String name) throws Exception {
        Path f = ExpectedFormats.sample(name);
        SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(f, Progress.NONE);
        ExpectedFormats.assertMatches(ExpectedFormats.cube(name), img);
        java.util.Map<?, ?> md = (java.util.Map<?, ?>) ExpectedFormats.cube(name).get("metadata");
        assertEquals((Double) md.get("beam_energy_keV"), img.info().beamEnergyKv(), 1e-9);
        assertEquals((Double) md.get("elevation_angle_deg"), img.info().takeOffAngleDeg(), 1e-9);
        List<?> elements = (List<?>) md.get("elements");
        assertEquals(elements, img.info().elements());
    }

    @Test
    void testTem_pixelSizeAndResolutionFromHeader() throws Exception {
        SparseSpectrumImage img = (SparseSpectrumImage) new BrukerBcfReader().read(ExpectedFormats.sample(
                "test_TEM.bcf"), Progress.NONE);
        assertEquals(0.000771004754204027, img.info().pixelSize(), 1e-15);
        assertEquals("µm", img.info().pixelUnits());
        // SigmaAbs 5.521170036E-4, SigmaLin 4.311038316E-4 keV^2: FWHM(5.8987 keV) = 2.3548 sqrt(3.0952e-3) = 131 eV
        assertEquals(131.0, img.info().energyResolutionMnKaEv(), 0.5);
    }

    @Test
    void downsampling_sumsBlocksAndKeepsTheTotal() throws Exception {
        Path f = ExpectedFormats.sample("P45_the_default_job.bcf"); // 100 x 75
        SparseSpectrumImage full = (SparseSpectrumImage) new BrukerBcfReader().read(f, Progress.NONE);
        SparseSpectrumImage d3 = (SparseSpectrumImage) new BrukerBcfReader(new BrukerBcfReader.Options(3, -1)).read(f,
                Progress.NONE);
        assertEquals(34, d3.width());
        assertEquals(25, d3.height());
        assertEquals(full.totalCountsExact(), d3.totalCountsExact());
        double[] block = full.sumSpectrum(3, 6, 6, 9);
        double[] px = d3.spectrum(1, 2);
        for (int c = 0; c < block.length; c++) {
            assertEquals(block[c], px[c], 0.0, "channel " + c);
        }
        // the last, partial column block (x = 99 only)
        assertEquals(full.sumSpectrum(99, 0, 100, 3)[222], d3.spectrum(33, 0)[222], 0.0);
    }

    @Test
    void missingHypermapIndex_namesTheAvailableOnes() throws Exception {
        Path f = ExpectedFormats.sample("test_TEM.bcf");
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> new BrukerBcfReader(
                new BrukerBcfReader.Options(1, 3)).read(f, Progress.NONE));
        assertTrue(e.getMessage().contains("[0]"), e.getMessage());
    }

    @Test
    void notAContainer_isRefusedClearly(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.bcf");
        Files.writeString(f, "AAMVHFSS but much too short");
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> new BrukerBcfReader().read(f,
                Progress.NONE));
        assertTrue(e.getMessage().startsWith("'x.bcf'"), e.getMessage());
        assertEquals(new BrukerBcfReader().formatName(), Readers.detect(f).formatName());
    }

    @ParameterizedTest
    @ValueSource(strings = { "test_TEM.bcf", "16x16_12bit_packed_8bit.bcf", "over16bit.bcf" })
    void fuzzedFiles_endInAClearErrorWithinASecond(String name, @TempDir Path dir) throws Exception {
        byte[] original = Files.readAllBytes(ExpectedFormats.sample(name));
        Fuzz.run(new BrukerBcfReader(), original, 200, name.hashCode(), 8192, dir);
    }
}
