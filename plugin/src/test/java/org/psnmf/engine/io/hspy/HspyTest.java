package org.psnmf.engine.io.hspy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.testutil.SharedData;


class HspyTest {

    @TempDir
    Path dir;

    @Test
    void fePtSpectrum_readsAsHyperSpyDoes() throws IOException {
        Path f = SharedData.require("formats/EDS_TEM_FePt_nanoparticles.hspy");
        assertEquals(new HspyReader().formatName(), Readers.detect(f).formatName());
        SparseSpectrumImage s = assertInstanceOf(SparseSpectrumImage.class, Readers.read(f, null));
        // expected.json values
        assertEquals(1, s.width());
        assertEquals(1, s.height());
        assertEquals(new EnergyAxis(992, 0.169315, 0.020028), s.energyAxis());
        assertEquals(205795, s.totalCountsExact());
        assertArrayEquals(new double[] {1149, 946, 1249, 2530, 5513, 8422, 7745, 4019, 1500, 729, 609, 633, 617, 585,
            505, 515}, Arrays.copyOf(s.spectrum(0, 0), 16));
        assertEquals(5941, s.spectrum(0, 0)[95]);
        assertEquals(200.0, s.info().beamEnergyKv());
        assertEquals(22.0, s.info().takeOffAngleDeg());
        assertEquals(133.312296, s.info().energyResolutionMnKaEv());
        assertEquals(List.of("Fe", "Pt"), s.info().elements());
        assertEquals("EDS TEM Spectrum", s.info().title());
        assertEquals("uint32", new HspyReader().originalMetadata(f).get("dtype"));
    }

    @Test
    void experimentalSpectrumImage_readsWithAxesAndMetadata() throws IOException {
        Path f = SharedData.require("experimental/88_ES-LP_G8_selection2_cropped2.hspy");
        SparseSpectrumImage s = assertInstanceOf(SparseSpectrumImage.class, Readers.read(f, null));
        // experimental/README.md: uint8 (80, 80, 1917), offset 0.83151949728 keV, scale 0.01000467828 keV
        assertEquals(80, s.width());
        assertEquals(80, s.height());
        assertEquals(new EnergyAxis(1917, 0.83151949728, 0.01000467828), s.energyAxis());
        // mean 112.0 counts per pixel (README rounds to 0.1), largest voxel 21, 3.2 % non-zero voxels
        assertEquals(112.0, s.totalCounts() / s.pixels(), 0.05);
        assertEquals(21, s.maxCount());
        assertEquals(0.032, (double) s.nnz() / (80L * 80 * 1917), 0.0005);
        assertEquals(200.0, s.info().beamEnergyKv());
        assertEquals(28.085, s.info().liveTimePerPixelS());
        assertEquals(130.0, s.info().energyResolutionMnKaEv());
        assertEquals(22.0, s.info().takeOffAngleDeg());
        assertEquals(0.00985911335721014, s.info().pixelSize());
        assertEquals("µm", s.info().pixelUnits());
        assertEquals(List.of("Al", "Ca", "Fe", "Hf", "Lu", "Mg", "Nd", "O", "Si", "Sm", "U"), s.info().elements());
    }

    /** Small HyperSpy-structured files written by h5py (see make_fixtures.py beside them for their formulas). */
    private static Path fixture(String name) {
        return Path.of("src", "test", "resources", "org", "psnmf", "engine", "io", "hspy", name);
    }

    @Test
    void chunkedGzipCube_readsInRowBlocks() throws IOException {
        SparseSpectrumImage s = (SparseSpectrumImage) Readers.read(fixture("cube_chunked.hspy"), null);
        assertEquals(7, s.width());
        assertEquals(5, s.height());
        assertEquals(new EnergyAxis(9, -0.1, 0.01), s.energyAxis());
        long total = 0;
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 7; x++) {
                double[] sp = s.spectrum(x, y);
                for (int c = 0; c < 9; c++) {
                    int expected = (y * 7 + x * 3 + c) % 4;
                    assertEquals(expected, sp[c], "x=" + x + " y=" + y + " c=" + c);
                    total += expected;
                }
            }
        }
        assertEquals(total, s.totalCountsExact());
        assertEquals(15.0, s.info().beamEnergyKv());
        assertEquals(0.25, s.info().liveTimePerPixelS());
        assertEquals(128.5, s.info().energyResolutionMnKaEv());
        assertEquals(35.0, s.info().takeOffAngleDeg());
        assertEquals(2.0, s.info().pixelSize());
        assertEquals("nm", s.info().pixelUnits());
        assertEquals(List.of("Cu", "Zn"), s.info().elements());
        assertEquals("EDS cube", s.info().title());
    }

    @Test
    void lineScanInEv_isWidthByOne() throws IOException {
        SpectrumImage l = Readers.read(fixture("linescan_ev.hspy"), null);
        assertEquals(6, l.width());
        assertEquals(1, l.height());
        assertEquals(new EnergyAxis(4, -0.1, 0.01), l.energyAxis());
        assertArrayEquals(new double[] {20, 21, 22, 23}, l.spectrum(5, 0));
        assertEquals("uint16", new HspyReader().originalMetadata(fixture("linescan_ev.hspy")).get("dtype"));
    }

    @Test
    void nonIntegerFloats_readAsModel() throws IOException {
        SpectrumImage m = Readers.read(fixture("model_float.hspy"), null);
        assertFalse(m.isCounts());
        // value = index / 8 - 0.5, exact in float32
        assertArrayEquals(new double[] {20 / 8.0 - 0.5, 21 / 8.0 - 0.5, 22 / 8.0 - 0.5, 23 / 8.0 - 0.5},
                m.spectrum(2, 1), 0.0);
    }

    @Test
    void malformed_hdf5_giveOneClearLine() throws IOException {
        Path plain = fixture("no_experiments.hspy");
        assertFalse(new HspyReader().canRead(plain, Files.readAllBytes(plain)));
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> Readers.read(plain, null));
        assertTrue(e.getMessage().contains("no 'Experiments' group"), e.getMessage());

        e = assertThrows(SpectrumFileException.class, () -> Readers.read(fixture("image_only.hspy"), null));
        assertTrue(e.getMessage().contains("holds no EDS spectrum data"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());

        e = assertThrows(SpectrumFileException.class, () -> Readers.read(fixture("negative_int16.hspy"), null));
        assertTrue(e.getMessage().contains("x=1, y=0, channel 1") && e.getMessage().contains("negative"),
                e.getMessage());

        Path cut = dir.resolve("cut.hspy");
        byte[] all = Files.readAllBytes(fixture("cube_chunked.hspy"));
        Files.write(cut, Arrays.copyOf(all, all.length / 2));
        e = assertThrows(SpectrumFileException.class, () -> new HspyReader().read(cut, null));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
