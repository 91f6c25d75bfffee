package org.psnmf.engine.io.velox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.ExpectedFormats;
import org.psnmf.engine.io.Fuzz;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.registry.Readers;
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
            assertEquals(new VeloxEmdReader().formatName(), Readers.detect(tmp).formatName());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Test
    void fuzzedFiles_endInAClearErrorWithinASecond(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        byte[] original = Files.readAllBytes(ExpectedFormats.sample("fei_emd_si.emd"));
        Fuzz.run(new VeloxEmdReader(), original, 200, 20261124L, 64 * 1024, dir);
    }

    @Test
    void writtenStream_twoDetectorsThreeFrames_decodesEveryEvent(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path f = dir.resolve("synthetic.emd");
        int w = 20;
        int h = 12;
        int c = 300;
        int[][][][] cube = VeloxFixture.write(f, w, h, c, 3, 2, 4.0, 42L);
        // all detectors, all frames
        checkAgainst(new VeloxEmdReader().read(f, Progress.NONE), cube, Set.of(0, 1), 0, 3, w, h, c);
        // detector 2 only, frames 1..2
        checkAgainst(new VeloxEmdReader(new VeloxEmdReader.Options(Set.of("SuperXG22"), 1, 3, 1)).read(f,
                Progress.NONE), cube, Set.of(1), 1, 3, w, h, c);
        SparseSpectrumImage img = (SparseSpectrumImage) new VeloxEmdReader().read(f, Progress.NONE);
        assertEquals(-0.5, img.energyAxis().offsetKeV(), 1e-12);
        assertEquals(0.01, img.energyAxis().scaleKeV(), 1e-12);
        assertEquals(2.0, img.info().pixelSize(), 1e-9);
        // dwell 1e-5 s x 3 frames x live fraction 0.9
        assertEquals(2.7e-5, img.info().liveTimePerPixelS(), 1e-12);
        assertEquals(22.0, img.info().takeOffAngleDeg(), 1e-4);
    }

    private static void checkAgainst(org.psnmf.engine.data.SpectrumImage read, int[][][][] cube, Set<Integer> dets,
            int f0, int f1, int w, int h, int c) {
        SparseSpectrumImage img = (SparseSpectrumImage) read;
        assertEquals(w, img.width());
        assertEquals(h, img.height());
        for (int p = 0; p < w * h; p++) {
            double[] got = img.spectrum(p % w, p / w);
            for (int k = 0; k < c; k++) {
                int want = 0;
                for (int d : dets) {
                    for (int fr = f0; fr < f1; fr++) {
                        want += cube[d][fr][p][k];
                    }
                }
                assertEquals(want, (int) got[k], "pixel " + p + " channel " + k);
            }
        }
    }
}
