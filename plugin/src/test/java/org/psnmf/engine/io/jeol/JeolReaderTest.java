package org.psnmf.engine.io.jeol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.ExpectedFormats;
import org.psnmf.engine.io.ExpectedSignals;
import org.psnmf.engine.io.Fuzz;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.progress.Progress;

class JeolReaderTest {

    private static final String PTS = "jeol/Sample/00_View000/View000_0000006.pts";

    private static SparseSpectrumImage read(Path f, JeolReader.Options o) throws Exception {
        return (SparseSpectrumImage) new JeolReader(o).read(f, Progress.NONE);
    }

    @Test
    void ptsCube_matchesHyperSpy() throws Exception {
        Path f = ExpectedFormats.sample(PTS);
        assertInstanceOf(JeolReader.class, Readers.detect(f));
        SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(f, Progress.NONE);
        Map<?, ?> exp = ExpectedSignals.signal(PTS, 0);
        ExpectedSignals.assertMatches(exp, img);
        assertEquals(ExpectedSignals.metadata(exp, "beam_energy_keV"), img.info().beamEnergyKv(), 0.0);
        // float32 header values widened to double: the same value HyperSpy reports
        assertEquals(ExpectedSignals.metadata(exp, "elevation_angle_deg"), img.info().takeOffAngleDeg(), 1e-6);
        assertEquals(ExpectedSignals.metadata(exp, "energy_resolution_MnKa_eV"), img.info()
                .energyResolutionMnKaEv(), 0.0);
        Map<?, ?> y = (Map<?, ?>) ((List<?>) exp.get("axes_numpy_order")).get(0);
        assertEquals((Double) y.get("scale"), img.info().pixelSize(), 1e-12);
        assertEquals("µm", img.info().pixelUnits());
        // 325.46 s of live time over 512 x 512 pixels (all 14 frames read)
        assertEquals(325.46 / (512 * 512), img.info().liveTimePerPixelS(), 1e-12);
    }

    @Test
    void aswProject_readsItsCube_withTheViewCalibration() throws Exception {
        Path asw = ExpectedFormats.sample("jeol/rawdata.ASW");
        assertInstanceOf(JeolReader.class, Readers.detect(asw));
        SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(asw, Progress.NONE);
        Map<?, ?> exp = ExpectedSignals.signal("jeol/rawdata.ASW", 6);
        ExpectedSignals.assertMatches(exp, img);
        Map<?, ?> y = (Map<?, ?>) ((List<?>) exp.get("axes_numpy_order")).get(0);
        assertEquals((Double) y.get("scale"), img.info().pixelSize(), 1e-12);
    }

    @Test
    void edsSpectrum_matchesHyperSpy() throws Exception {
        String name = "jeol/met03.EDS";
        Path f = ExpectedFormats.sample(name);
        assertInstanceOf(JeolReader.class, Readers.detect(f));
        SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(f, Progress.NONE);
        Map<?, ?> exp = ExpectedSignals.signal(name, 0);
        ExpectedSignals.assertMatches(exp, img);
        assertEquals(ExpectedSignals.metadata(exp, "beam_energy_keV"), img.info().beamEnergyKv(), 0.0);
        assertEquals(ExpectedSignals.metadata(exp, "live_time_s"), img.info().liveTimePerPixelS(), 0.0);
        assertEquals(ExpectedSignals.metadata(exp, "elevation_angle_deg"), img.info().takeOffAngleDeg(), 1e-6);
        assertEquals(ExpectedSignals.metadata(exp, "energy_resolution_MnKa_eV"), img.info()
                .energyResolutionMnKaEv(), 0.0);
        assertEquals(List.of("Fe", "S"), img.info().elements()); // the footer's selected elements "S K", "Fe K"
    }

    @Test
    void frames_selectedFramesSumToTheWhole_andBadFramesAreNamed() throws Exception {
        Path f = ExpectedFormats.sample(PTS);
        SparseSpectrumImage all = read(f, JeolReader.Options.DEFAULT);
        SparseSpectrumImage a = read(f, new JeolReader.Options(1, JeolReader.Options.parseFrames("0-6"), false, -1));
        SparseSpectrumImage b = read(f, new JeolReader.Options(1, JeolReader.Options.parseFrames("7-13"), false, -1));
        assertTrue(a.totalCountsExact() > 0 && b.totalCountsExact() > 0);
        assertEquals(all.totalCountsExact(), a.totalCountsExact() + b.totalCountsExact());
        double[] s = all.sumSpectrum();
        double[] sa = a.sumSpectrum();
        double[] sb = b.sumSpectrum();
        for (int c = 0; c < s.length; c++) {
            assertEquals(s[c], sa[c] + sb[c], 0.0, "channel " + c);
        }
        assertEquals(all.info().liveTimePerPixelS() / 2, a.info().liveTimePerPixelS(), 1e-15);
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> read(f, new JeolReader.Options(1,
                List.of(3, 14), false, -1)));
        assertTrue(e.getMessage().startsWith("'View000_0000006.pts': has no frame 14 (it holds 14 frames: 0 to 13)"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JeolReader.Options.parseFrames("2-x"));
    }

    @Test
    void downsampling_sumsBlocksAndKeepsTheTotal() throws Exception {
        Path f = ExpectedFormats.sample(PTS);
        SparseSpectrumImage full = read(f, JeolReader.Options.DEFAULT);
        SparseSpectrumImage d3 = read(f, new JeolReader.Options(3, List.of(), false, -1));
        assertEquals(171, d3.width()); // 512 = 3 x 170 + 2: a partial last block
        assertEquals(171, d3.height());
        assertEquals(full.totalCountsExact(), d3.totalCountsExact());
        assertArrayEquals(full.sumSpectrum(3, 6, 6, 9), d3.spectrum(1, 2), 0.0);
        assertArrayEquals(full.sumSpectrum(510, 24, 512, 27), d3.spectrum(170, 8), 0.0);
        assertEquals(full.info().pixelSize() * 3, d3.info().pixelSize(), 1e-15);
        assertEquals(full.info().liveTimePerPixelS() * 9, d3.info().liveTimePerPixelS(), 1e-15);
    }

    @Test
    void incompleteLastFrame_isLeftOutUnlessAskedFor(@TempDir Path dir) throws Exception {
        Path f = ExpectedFormats.sample(PTS);
        byte[] bytes = Files.readAllBytes(f);
        // cut the stream in the middle of the last frame (the data start at the preamble's data position)
        int dataPos = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(28);
        int cut = dataPos + 2 * ((bytes.length - dataPos) / 2 - 20_000);
        Path t = dir.resolve("cut.pts");
        Files.write(t, java.util.Arrays.copyOf(bytes, cut));
        SparseSpectrumImage first13 = read(f, new JeolReader.Options(1, JeolReader.Options.parseFrames("0-12"), false,
                -1));
        SparseSpectrumImage dflt = read(t, JeolReader.Options.DEFAULT);
        assertEquals(first13.totalCountsExact(), dflt.totalCountsExact());
        SparseSpectrumImage with = read(t, new JeolReader.Options(1, List.of(), true, -1));
        assertTrue(with.totalCountsExact() > dflt.totalCountsExact());
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> read(t, new JeolReader.Options(1,
                List.of(13), false, -1)));
        assertTrue(e.getMessage().contains("frame 13 is incomplete"), e.getMessage());
    }

    @Test
    void imagesAndBrokenProjects_areRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path map = ExpectedFormats.sample("jeol/Sample/00_View000/View000_0000001.map");
        assertInstanceOf(JeolReader.class, Readers.detect(map));
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> Readers.read(map, Progress.NONE));
        assertTrue(e.getMessage().startsWith("'View000_0000001.map': is a JEOL electron image"), e.getMessage());
        Path asw = dir.resolve("alone.ASW");
        Files.copy(ExpectedFormats.sample("jeol/rawdata.ASW"), asw);
        e = assertThrows(SpectrumFileException.class, () -> Readers.read(asw, Progress.NONE));
        assertTrue(e.getMessage().startsWith("'alone.ASW': references the cube"), e.getMessage());
        assertTrue(e.getMessage().contains("View000_0000006.pts"), e.getMessage());
        e = assertThrows(SpectrumFileException.class, () -> read(ExpectedFormats.sample("jeol/rawdata.ASW"),
                new JeolReader.Options(1, List.of(), false, 1)));
        assertTrue(e.getMessage().contains("has no cube 1 (it references 1: 0 to 0)"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void declaredSizeBeyondTheHeap_isRefusedBeforeAllocating() {
        // a 4096 x 4096 scan whose frames hold 2^40 X-rays: the cube's cells (2^36) bound the entries, ~0.9 TB
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> JeolReader.requireMemory(Path.of(
                "big.pts"), 1L << 40, 4096, 4096));
        assertTrue(e.getMessage().startsWith("'big.pts': reading the EDS cube of a 4096 x 4096 scan"), e.getMessage());
        assertTrue(e.getMessage().contains("PSNMF_JAVA_OPTS"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertDoesNotThrow(() -> JeolReader.requireMemory(Path.of("sample.pts"), 308_261, 512, 512));
    }

    @ParameterizedTest
    @ValueSource(strings = { PTS, "jeol/met03.EDS", "jeol/rawdata.ASW" })
    void fuzzedFiles_endInAClearErrorWithinASecond(String name, @TempDir Path dir) throws Exception {
        byte[] original = Files.readAllBytes(ExpectedFormats.sample(name));
        if (name.equals(PTS)) {
            original = firstTwoFrames(original); // the same header and stream, a sixth of the bytes to mutate
        }
        // headers: the .pts tree sits below its data position (16 KiB), the others are small
        Fuzz.run(new JeolReader(), original, 100, name.hashCode(), 16384, dir);
    }

    /** @return the .pts cut after its second frame (where a y position falls for the second time) */
    private static byte[] firstTwoFrames(byte[] pts) {
        ByteBuffer b = ByteBuffer.wrap(pts).order(ByteOrder.LITTLE_ENDIAN);
        int p = b.getInt(28);
        int prevY = -1;
        int starts = 0;
        for (; p + 1 < pts.length; p += 2) {
            int w = b.getShort(p) & 0xFFFF;
            if ((w & 0xF000) == 0x9000) {
                if ((w & 0xFFF) < prevY && ++starts == 2) {
                    break;
                }
                prevY = w & 0xFFF;
            }
        }
        return java.util.Arrays.copyOf(pts, p);
    }
}
