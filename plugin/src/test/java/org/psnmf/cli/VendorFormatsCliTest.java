package org.psnmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psnmf.cli.MainTest.Run;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.progress.Progress;
import org.psnmf.testutil.SharedData;

/** {@code psnmf info}, {@code convert} and {@code bench-io --input} on the JEOL, TIA and Bruker .spx samples. */
class VendorFormatsCliTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({ "jeol/rawdata.ASW, JEOL Analysis Station, 512, 512, 4096",
            "jeol/met03.EDS, JEOL Analysis Station, 1, 1, 2048",
            "16x16-spectrum_image_5x5x4000-not_square.emi, FEI TIA, 5, 5, 4000",
            "16x16-line_profile_horizontal_5x128x128_EDS.emi, FEI TIA, 5, 1, 4000",
            "bruker_nano.spx, Bruker SPX, 1, 1, 4096" })
    void info_describesTheSample(String name, String format, int w, int h, int c) throws Exception {
        Path f = SharedData.require("formats/" + name);
        SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(f, Progress.NONE);
        Run r = new Run("info", "--quiet", f.toString());
        assertEquals(0, r.code, r.err);
        assertEquals(1, r.out.strip().lines().count(), r.out);
        assertTrue(r.out.contains("\"format\":\"" + format + "\""), r.out);
        assertTrue(r.out.contains("\"width\":" + w + ",\"height\":" + h + ",\"channels\":" + c + ","), r.out);
        assertTrue(r.out.contains("\"total_counts\":" + img.totalCountsExact() + ","), r.out);
    }

    @Test
    void convert_jeolCubeToRipple_withReaderOptions() throws Exception {
        Path asw = SharedData.require("formats/jeol/rawdata.ASW");
        SparseSpectrumImage full = (SparseSpectrumImage) Readers.read(asw, Progress.NONE);
        Path out = dir.resolve("cube.rpl");
        Run r = new Run("convert", "--quiet", "--input", asw.toString(), "--out", out.toString(), "--downsample", "4",
                "--frames", "0-13");
        assertEquals(0, r.code, r.err);
        SparseSpectrumImage back = (SparseSpectrumImage) Readers.read(out, Progress.NONE);
        assertEquals(128, back.width());
        assertEquals(128, back.height());
        assertEquals(full.totalCountsExact(), back.totalCountsExact());
        assertEquals(full.energyAxis().offsetKeV(), back.energyAxis().offsetKeV(), 1e-9);
    }

    @Test
    void readerOptions_areCheckedBeforeReading_andFitTheFormat() throws Exception {
        Path spx = SharedData.require("formats/bruker_nano.spx");
        Run r = new Run("info", "--frames", "1-x", spx.toString());
        assertEquals(2, r.code);
        assertTrue(r.err.contains("--frames") && r.err.contains("'1-x'"), r.err);
        r = new Run("info", "--frames", "0", spx.toString());
        assertEquals(2, r.code);
        assertTrue(r.err.contains("apply to JEOL") && r.err.contains("bruker_nano.spx"), r.err);
        r = new Run("info", "--downsample", "2", spx.toString());
        assertEquals(2, r.code);
        assertTrue(r.err.contains("--downsample applies to JEOL .pts/.ASW and Bruker .bcf"), r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);
        Path pts = SharedData.require("formats/jeol/Sample/00_View000/View000_0000006.pts");
        r = new Run("info", "--frames", "20", pts.toString());
        assertEquals(1, r.code);
        assertTrue(r.err.contains("'View000_0000006.pts': has no frame 20"), r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);
        r = new Run("info", "--cube", "1", SharedData.require("formats/jeol/rawdata.ASW").toString());
        assertEquals(1, r.code);
        assertTrue(r.err.contains("'rawdata.ASW': has no cube 1 (it references 1: 0 to 0)"), r.err);
    }

    @Test
    void benchIo_timesReadingAGivenFile() throws Exception {
        Path spx = SharedData.require("formats/extracted_from_bcf.spx");
        Run r = new Run("bench-io", "--quiet", "--input", spx.toString(), "--runs", "2");
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("\"format\":\"Bruker SPX\""), r.out);
        assertTrue(r.out.contains("\"runs\":2,"), r.out);
        assertTrue(r.out.contains("\"total_counts\":4413"), r.out);
        assertTrue(Files.exists(spx));
    }
}
