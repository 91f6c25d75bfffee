package org.psnmf.engine.io.oxford;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.ExpectedFormats;
import org.psnmf.engine.io.Fuzz;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.progress.Progress;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;

/**
 * No public .h5oina file with per-pixel spectra exists, so these tests write small files with the structure of the
 * h5oina 7.0 specification (jHDF's writer) and read them back.
 */
public class OxfordH5oinaReaderTest {

    static final int W = 24;
    static final int H = 18;
    static final int C = 200;

    /** Poisson-like sparse counts with a fixed seed; pixels with (x - 12)^2 + (y - 9)^2 > 100 are outside the area. */
    public static int[][] counts(long seed) {
        Random r = new Random(seed);
        int[][] s = new int[W * H][C];
        for (int p = 0; p < W * H; p++) {
            for (int k = 0; k < 30; k++) {
                s[p][r.nextInt(C)] += 1 + (k % 3 == 0 ? 1 : 0);
            }
        }
        return s;
    }

    static boolean outside(int p) {
        int x = p % W;
        int y = p / W;
        return (x - 12) * (x - 12) + (y - 9) * (y - 9) > 100;
    }

    public static Path write(Path dir, String name, int[][] spectra, boolean chunked, String technique) throws Exception {
        Path f = dir.resolve(name);
        float[][] live = new float[W * H][1];
        for (int p = 0; p < W * H; p++) {
            live[p][0] = outside(p) ? Float.NaN : 0.002f;
        }
        try (WritableHdfFile h = HdfFile.write(f)) {
            h.putDataset("Format Version", new String[] { "7.0" });
            h.putDataset("Manufacturer", new String[] { "Oxford Instruments" });
            WritableGroup eds = h.putGroup("1").putGroup(technique);
            WritableGroup data = eds.putGroup("Data");
            if (chunked) {
                data.putDataset("Spectrum", spectra, DatasetCreationOptions.builder().chunkDimensions(50, C).deflate()
                        .build());
            } else {
                data.putDataset("Spectrum", spectra);
            }
            data.putDataset("Live Time", live);
            WritableGroup hd = eds.putGroup("Header");
            hd.putDataset("Channel Width", new float[][] { { 10f } });
            hd.putDataset("Start Channel", new float[][] { { -100f } });
            hd.putDataset("Number Channels", new int[][] { { C } });
            hd.putDataset("X Cells", new int[][] { { W } });
            hd.putDataset("Y Cells", new int[][] { { H } });
            hd.putDataset("X Step", new float[][] { { 0.25f } });
            hd.putDataset("Beam Voltage", new float[][] { { 15f } });
            hd.putDataset("Detector Elevation", new float[][] { { (float) Math.toRadians(35) } });
        }
        return f;
    }

    @Test
    void writtenFile_readsBackEveryCountInsideTheArea(@TempDir Path dir) throws Exception {
        for (boolean chunked : new boolean[] { false, true }) {
            int[][] s = counts(7);
            Path f = write(dir, "m" + chunked + ".h5oina", s, chunked, "EDS");
            SparseSpectrumImage img = (SparseSpectrumImage) new OxfordH5oinaReader().read(f, Progress.NONE);
            assertEquals(W, img.width());
            assertEquals(H, img.height());
            assertEquals(C, img.channels());
            assertEquals(-0.1, img.energyAxis().offsetKeV(), 1e-12);
            assertEquals(0.01, img.energyAxis().scaleKeV(), 1e-12);
            long expectedTotal = 0;
            for (int p = 0; p < W * H; p++) {
                double[] got = img.spectrum(p % W, p / W);
                for (int c = 0; c < C; c++) {
                    int want = outside(p) ? 0 : s[p][c];
                    expectedTotal += want;
                    assertEquals(want, (int) got[c], "pixel " + p + " channel " + c);
                }
            }
            assertEquals(expectedTotal, img.totalCountsExact());
            // float32 values in the file: 15 kV, 0.002 s, 0.25 µm, 35 degrees (float rounding ~1e-6 relative)
            assertEquals(15.0, img.info().beamEnergyKv(), 1e-6);
            assertEquals(0.002, img.info().liveTimePerPixelS(), 1e-9);
            assertEquals(0.25, img.info().pixelSize(), 1e-7);
            assertEquals(35.0, img.info().takeOffAngleDeg(), 1e-4);
        }
    }

    @Test
    void detectedByContent_andNotConfusedWithOtherHdf5(@TempDir Path dir) throws Exception {
        Path f = write(dir, "data.bin", counts(1), false, "EDS");
        assertEquals(new OxfordH5oinaReader().formatName(), Readers.detect(f).formatName());
        Path emd = ExpectedFormats.sample("fei_emd_si.emd");
        assertFalse(new OxfordH5oinaReader().canRead(emd, Files.readAllBytes(emd)));
    }

    @Test
    void multiDetectorGroups_areSelectable(@TempDir Path dir) throws Exception {
        Path f = write(dir, "unity.h5oina", counts(3), true, "EDS2");
        SparseSpectrumImage img = (SparseSpectrumImage) new OxfordH5oinaReader().read(f, Progress.NONE);
        assertEquals("EDS2", img.info().title());
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> new OxfordH5oinaReader(
                new OxfordH5oinaReader.Options(null, "EDS1")).read(f, Progress.NONE));
        assertTrue(e.getMessage().contains("EDS2"), e.getMessage());
    }

    @Test
    void negativeCounts_areRefusedNamingThePixel(@TempDir Path dir) throws Exception {
        int[][] s = counts(5);
        s[12 + 9 * W][17] = -4;
        Path f = write(dir, "neg.h5oina", s, false, "EDS");
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> new OxfordH5oinaReader().read(f,
                Progress.NONE));
        assertTrue(e.getMessage().contains("(12, 9) channel 17"), e.getMessage());
    }

    @Test
    void fuzzedFiles_endInAClearErrorWithinASecond(@TempDir Path dir) throws Exception {
        Path f = write(dir, "fuzz.h5oina", counts(11), true, "EDS");
        Fuzz.run(new OxfordH5oinaReader(), Files.readAllBytes(f), 200, 99L, 16384, dir);
    }
}
