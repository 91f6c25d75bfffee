package org.psnmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.cli.MainTest.Run;
import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.io.ripple.RippleWriter;
import org.psnmf.testutil.SharedData;
import org.psnmf.testutil.TestImages;

class IoCommandsTest {

    @TempDir
    Path dir;

    private Path sample() throws IOException {
        Path rpl = dir.resolve("in.rpl");
        RippleWriter.write(TestImages.random(10, 7, 60, 40, 21), rpl, false, null);
        return rpl;
    }

    private static void assertOneLineError(Run r, int code, String... fragments) {
        assertEquals(code, r.code, r.err);
        assertEquals(1, r.err.lines().count(), r.err);
        for (String f : fragments) {
            assertTrue(r.err.contains(f), "'" + f + "' not in " + r.err);
        }
    }

    @Test
    void info_printsOneJsonObjectWithTheRequiredKeys() throws IOException {
        Path rpl = sample();
        SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(rpl, null);
        Run r = new Run("info", rpl.toString());
        assertEquals(0, r.code, r.err);
        String json = r.out.strip();
        assertEquals(1, json.lines().count());
        assertTrue(json.startsWith("{") && json.endsWith("}"), json);
        assertTrue(json.contains("\"width\":10,"), json);
        assertTrue(json.contains("\"height\":7,"), json);
        assertTrue(json.contains("\"channels\":60,"), json);
        assertTrue(json.contains("\"energy_offset_keV\":-0.2,"), json);
        assertTrue(json.contains("\"energy_scale_keV\":0.01,"), json);
        assertTrue(json.contains("\"total_counts\":" + img.totalCountsExact() + ","), json);
        assertTrue(json.contains("\"mean_counts_per_pixel\":" + (img.totalCountsExact() / 70.0) + ","), json);
        assertTrue(json.contains("\"dtype\":\"uint16\""), json);
        assertTrue(json.contains("\"beam_energy_kV\":200,"), json);
        assertTrue(json.contains("\"format\":\"RIPPLE\""), json);
        assertTrue(json.contains("\"metadata\":{"), json);
    }

    @Test
    void info_singleSpectrumIsOneByOne_andErrorsAreOneLine() throws IOException {
        Path msa = SharedData.require("formats/example2.msa");
        Run r = new Run("info", msa.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("\"width\":1,\"height\":1,\"channels\":80,"), r.out);
        assertTrue(r.out.contains("\"beam_energy_kV\":120,"), r.out);

        assertOneLineError(new Run("info", dir.resolve("missing.rpl").toString()), 1, "missing.rpl", "not found");
        assertOneLineError(new Run("info"), 2, "exactly one FILE");
        Path junk = Files.writeString(dir.resolve("junk.dat"), "hello");
        assertOneLineError(new Run("info", junk.toString()), 1, "junk.dat", "not a supported");
    }

    @Test
    void bin_writesBinnedRipple_warnsAboutEdges_andRefusesOverwrite() throws IOException {
        Path rpl = sample();
        Path out = dir.resolve("b.rpl");
        Run r = new Run("bin", "--input", rpl.toString(), "--factor", "3", "--out", out.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.err.contains("warning: Dropped 1 column and 1 row"), r.err);
        SparseSpectrumImage b = (SparseSpectrumImage) Readers.read(out, null);
        SparseSpectrumImage in = (SparseSpectrumImage) Readers.read(rpl, null);
        assertEquals(3, b.width());
        assertEquals(2, b.height());
        assertEquals(Math.round(sum(in.sumSpectrum(0, 0, 9, 6))), b.totalCountsExact());

        assertOneLineError(new Run("bin", "--input", rpl.toString(), "--factor", "3", "--out", out.toString()), 1,
                "already exists");
        Run keep = new Run("bin", "--input", rpl.toString(), "--factor", "3", "--edge", "keep", "--energy-factor",
                "2", "--out", out.toString(), "--force");
        assertEquals(0, keep.code, keep.err);
        SparseSpectrumImage k = (SparseSpectrumImage) Readers.read(out, null);
        assertEquals(4, k.width());
        assertEquals(3, k.height());
        assertEquals(30, k.channels());
        assertEquals(in.totalCountsExact(), k.totalCountsExact());

        assertOneLineError(new Run("bin", "--input", rpl.toString(), "--factor", "3", "--edge", "middle", "--out",
                dir.resolve("c.rpl").toString()), 2, "--edge");
        assertOneLineError(new Run("bin", "--input", rpl.toString(), "--factor", "11", "--out",
                dir.resolve("c.rpl").toString()), 1, "larger than the 10 x 7 image");
        assertOneLineError(new Run("bin", "--input", rpl.toString(), "--out", dir.resolve("c.rpl").toString()), 2,
                "--factor");
        assertFalse(Files.exists(dir.resolve("c.rpl")));
        assertFalse(Files.exists(dir.resolve("c.raw")));
    }

    @Test
    void bin_refusesModelData() throws IOException {
        Path model = dir.resolve("model.rpl");
        RippleWriter.write(new FactoredSpectrumImage(2, 2, new EnergyAxis(3, 0, 0.01), AcquisitionInfo.UNKNOWN,
                new double[][] {{0.5, 1, 0}}, new double[][] {{1, 2, 3, 4}}), model, false, null);
        assertOneLineError(new Run("bin", "--input", model.toString(), "--factor", "2", "--out",
                dir.resolve("m2.rpl").toString()), 1, "model");
    }

    @Test
    void convert_toMsaSumSpectrum_andToRipple() throws IOException {
        Path rpl = sample();
        SparseSpectrumImage in = (SparseSpectrumImage) Readers.read(rpl, null);
        Path msa = dir.resolve("sum.msa");
        Run r = new Run("convert", "--input", rpl.toString(), "--out", msa.toString());
        assertEquals(0, r.code, r.err);
        assertEquals(List.of(), diff(in.sumSpectrum(), Readers.read(msa, null).spectrum(0, 0)));

        Path copy = dir.resolve("copy.rpl");
        assertEquals(0, new Run("convert", "--input", rpl.toString(), "--out", copy.toString()).code);
        assertTrue(TestImages.sameCounts(in, (SparseSpectrumImage) Readers.read(copy, null)));

        assertOneLineError(new Run("convert", "--input", rpl.toString(), "--out", dir.resolve("x.txt").toString()), 2,
                ".rpl", ".msa");
        assertOneLineError(new Run("convert", "--input", rpl.toString(), "--out", msa.toString()), 1,
                "already exists");
    }

    @Test
    void benchIo_smallRun_reportsJsonAndCleansUp() throws IOException {
        Path base = Files.createDirectory(dir.resolve("bench"));
        Run r = new Run("bench-io", "--size", "16", "--channels", "64", "--counts", "10", "--factor", "4", "--dir",
                base.toString(), "--quiet");
        assertEquals(0, r.code, r.err);
        for (String key : List.of("\"read_s\":", "\"bin_s\":", "\"read_plus_bin_s\":", "\"sparse_image_heap_MB\":",
                "\"file_bytes\":32768,", "\"target_heap_under_1_GB\":")) {
            assertTrue(r.out.contains(key), key + " in " + r.out);
        }
        try (Stream<Path> s = Files.list(base)) {
            assertEquals(0, s.count(), "temporary files removed");
        }
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static List<Integer> diff(double[] a, double[] b) {
        List<Integer> bad = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            if (i >= a.length || i >= b.length || a[i] != b[i]) {
                bad.add(i);
            }
        }
        return bad;
    }
}
