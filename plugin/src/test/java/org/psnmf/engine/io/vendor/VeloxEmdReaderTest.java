package org.psnmf.engine.io.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.Readers;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.progress.Progress;

class VeloxEmdReaderTest {

    @Test
    void feiSample_matchesHyperSpy() throws Exception {
        Path f = ExpectedFormats.sample("fei_emd_si.emd");
        SparseSpectrumImage img = (SparseSpectrumImage) new VeloxEmdReader().read(f, Progress.NONE);
        ExpectedFormats.assertMatches(ExpectedFormats.cube("fei_emd_si.emd"), img);
        assertEquals(200.0, img.info().beamEnergyKv(), 1e-9);
        // pixel size 5.3024148379916015e-009 m in the file; HyperSpy shows 5.302414838 nm
        assertEquals(5.302414837991601, img.info().pixelSize(), 1e-9);
        assertEquals("nm", img.info().pixelUnits());
    }

    @Test
    void version11Sample_fourDetectorsSummed_matchesHyperSpy() throws Exception {
        Path f = ExpectedFormats.sample("SI_empty selection.emd");
        SparseSpectrumImage img = (SparseSpectrumImage) new VeloxEmdReader().read(f, Progress.NONE);
        ExpectedFormats.assertMatches(ExpectedFormats.cube("SI_empty selection.emd"), img);
        assertEquals(80.0, img.info().beamEnergyKv(), 1e-9);
    }

    @Test
    void version11Sample_detectorsAddUpToTheSum() throws Exception {
        Path f = ExpectedFormats.sample("SI_empty selection.emd");
        SparseSpectrumImage all = (SparseSpectrumImage) new VeloxEmdReader().read(f, Progress.NONE);
        long sum = 0;
        for (String d : new String[] { "SuperXG21", "SuperXG22", "SuperXG23", "SuperXG24" }) {
            VeloxEmdReader r = new VeloxEmdReader(new VeloxEmdReader.Options(Set.of(d), 0, -1, 1));
            SparseSpectrumImage one = (SparseSpectrumImage) r.read(f, Progress.NONE);
            assertTrue(one.totalCountsExact() > 0, d);
            sum += one.totalCountsExact();
        }
        assertEquals(all.totalCountsExact(), sum);
    }

    @Test
    void unknownDetector_namesTheAvailableOnes() throws Exception {
        Path f = ExpectedFormats.sample("SI_empty selection.emd");
        VeloxEmdReader r = new VeloxEmdReader(new VeloxEmdReader.Options(Set.of("Nope"), 0, -1, 1));
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> r.read(f, Progress.NONE));
        assertTrue(e.getMessage().contains("SuperXG21"), e.getMessage());
    }

    @Test
    void frameRanges_partitionTheCounts() throws Exception {
        Path f = ExpectedFormats.sample("fei_emd_si.emd"); // 5 frames
        long total = ((SparseSpectrumImage) new VeloxEmdReader().read(f, Progress.NONE)).totalCountsExact();
        long a = ((SparseSpectrumImage) new VeloxEmdReader(new VeloxEmdReader.Options(Set.of(), 0, 2, 1)).read(f,
                Progress.NONE)).totalCountsExact();
        long b = ((SparseSpectrumImage) new VeloxEmdReader(new VeloxEmdReader.Options(Set.of(), 2, -1, 1)).read(f,
                Progress.NONE)).totalCountsExact();
        assertTrue(a > 0 && b > 0);
        assertEquals(total, a + b);
    }

    @Test
    void energyBinning_keepsCountsAndHalvesChannels() throws Exception {
        Path f = ExpectedFormats.sample("fei_emd_si.emd");
        SparseSpectrumImage img = (SparseSpectrumImage) new VeloxEmdReader(new VeloxEmdReader.Options(Set.of(), 0, -1,
                2)).read(f, Progress.NONE);
        assertEquals(2048, img.channels());
        assertEquals(6564, img.totalCountsExact());
        assertEquals(0.02, img.energyAxis().scaleKeV(), 1e-12);
    }

    @Test
    void detectedByContent_evenWithoutExtension() throws Exception {
        Path src = ExpectedFormats.sample("fei_emd_si.emd");
        Path tmp = Files.createTempFile("velox", ".dat");
        try {
            Files.copy(src, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertInstanceOf(VeloxEmdReader.class, Readers.detect(tmp));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Test
    void fuzzedFiles_endInAClearErrorWithinASecond(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        byte[] original = Files.readAllBytes(ExpectedFormats.sample("fei_emd_si.emd"));
        Fuzz.run(new VeloxEmdReader(), original, 200, 20261124L, 64 * 1024, dir);
    }
}
