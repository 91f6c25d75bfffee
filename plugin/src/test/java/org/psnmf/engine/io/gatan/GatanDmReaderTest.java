package org.psnmf.engine.io.gatan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.data.DenseSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.ExpectedFormats;
import org.psnmf.engine.io.Fuzz;
import org.psnmf.engine.io.json.MiniJson;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.progress.Progress;
import org.psnmf.testutil.SharedData;

class GatanDmReaderTest {

    private static Map<?, ?> signal(String file, int index) throws Exception {
        Object root = MiniJson.parse(Files.readString(SharedData.require("formats/expected.json")));
        return (Map<?, ?>) ((List<?>) MiniJson.at(root, file, "signals")).get(index);
    }

    @Test
    void edsSpectrumDm3_matchesHyperSpy() throws Exception {
        Path f = ExpectedFormats.sample("test-EDS_spectrum.dm3");
        Map<?, ?> exp = signal("test-EDS_spectrum.dm3", 0);
        SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(f, Progress.NONE);
        assertEquals(1, img.width());
        assertEquals(1, img.height());
        assertEquals(4096, img.channels());
        Map<?, ?> axis = (Map<?, ?>) ((List<?>) exp.get("axes_numpy_order")).get(0);
        // calibration stored as float32 in the file: 1e-7 keV covers float32 rounding of -0.478 and 0.005
        assertEquals((Double) axis.get("offset"), img.energyAxis().offsetKeV(), 1e-7);
        assertEquals((Double) axis.get("scale"), img.energyAxis().scaleKeV(), 1e-9);
        assertEquals(ExpectedFormats.l(exp.get("total_sum")), img.totalCountsExact());
        assertEquals(ExpectedFormats.l(exp.get("max")), img.maxCount());
        double[] s = img.spectrum(0, 0);
        for (Object o : (List<?>) exp.get("pixel_0_0_top3")) {
            List<?> cv = (List<?>) o;
            assertEquals(ExpectedFormats.l(cv.get(1)), (long) s[ExpectedFormats.i(cv.get(0))]);
        }
        assertEquals(200.0, img.info().beamEnergyKv(), 1e-9);
        assertEquals(3.806, img.info().liveTimePerPixelS(), 1e-9);
        assertEquals(18.0, img.info().takeOffAngleDeg(), 1e-9);
    }

    @Test
    void eelsSpectrumImageDm4_matchesHyperSpy_asADenseNonCountImage() throws Exception {
        Path f = ExpectedFormats.sample("EELS_SI.dm4");
        Map<?, ?> exp = signal("EELS_SI.dm4", 0);
        try (DmTagFile dm = DmTagFile.open(f)) {
            GatanDmReader.Cube c = GatanDmReader.cube(dm, f);
            assertEquals(2, c.width());
            assertEquals(2, c.height());
            assertEquals(2048, c.channels());
            assertFalse(c.energyFastest());
            assertEquals(0.3, c.offsetKeV(), 1e-12); // 300 eV
            assertEquals(0.001, c.scaleKeV(), 1e-12); // 1 eV
            // pixel (0,0): read channel by channel from the energy planes
            double[] px = new double[c.channels()];
            double[] one = new double[1];
            double total = 0;
            double[] plane = new double[4];
            for (int k = 0; k < c.channels(); k++) {
                dm.readValues(c.data(), (long) k * 4, 1, one);
                px[k] = one[0];
                dm.readValues(c.data(), (long) k * 4, 4, plane);
                for (double v : plane) {
                    total += v;
                }
            }
            for (Object o : (List<?>) exp.get("pixel_0_0_top3")) {
                List<?> cv = (List<?>) o;
                // float32 values; HyperSpy printed them as float64 of the same float32
                assertEquals((Double) cv.get(1), px[ExpectedFormats.i(cv.get(0))], 1e-3);
            }
            // sum of 8192 float32 values in double: agreement to 1e-6 relative
            assertEquals((Double) exp.get("total_sum"), total, 1e-6 * total);
        }
        // through the public reader: not counts (negative, fractional float32), so a dense model image
        SpectrumImage img = new GatanDmReader().read(f, Progress.NONE);
        assertInstanceOf(DenseSpectrumImage.class, img);
        assertFalse(img.isCounts());
        assertEquals(2, img.width());
        assertEquals(2048, img.channels());
        assertEquals((Double) exp.get("total_sum"), img.totalCounts(), 1e-6 * img.totalCounts());
        // float32 minimum -27.72143555 as printed by HyperSpy (10 significant digits)
        assertEquals((Double) exp.get("min"), minOf(img), 1e-5);
    }

    private static double minOf(SpectrumImage img) {
        double m = Double.MAX_VALUE;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                for (double v : img.spectrum(x, y)) {
                    m = Math.min(m, v);
                }
            }
        }
        return m;
    }

    @Test
    void detectedByContent(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("spectrum.bin");
        Files.copy(ExpectedFormats.sample("test-EDS_spectrum.dm3"), copy);
        assertEquals(new GatanDmReader().formatName(), Readers.detect(copy).formatName());
    }

    @Test
    void fuzzedFiles_endInAClearErrorWithinASecond(@TempDir Path dir) throws Exception {
        byte[] original = Files.readAllBytes(ExpectedFormats.sample("test-EDS_spectrum.dm3"));
        // the tag tree sits before the image data and after it; mutate the first 32 KB half of the time
        Fuzz.run(new GatanDmReader(), original, 200, 314L, 32768, dir);
    }
}
