package org.psnmf.engine.io.tia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class TiaReaderTest {

    private static final String SI = "16x16-spectrum_image_5x5x4000-not_square.emi";
    private static final String LINE = "16x16-line_profile_horizontal_5x128x128_EDS.emi";

    @ParameterizedTest
    @ValueSource(strings = { SI, LINE })
    void emiWithItsSeries_matchesHyperSpy(String name) throws Exception {
        Path emi = ExpectedFormats.sample(name);
        assertInstanceOf(TiaReader.class, Readers.detect(emi));
        SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(emi, Progress.NONE);
        Map<?, ?> exp = ExpectedSignals.signal(name, 0);
        ExpectedSignals.assertMatches(exp, img);
        assertEquals(ExpectedSignals.metadata(exp, "beam_energy_keV"), img.info().beamEnergyKv(), 0.0);
        // the x (fast) navigation axis gives the pixel size; HyperSpy's non-square y step is not kept
        List<?> axes = (List<?>) exp.get("axes_numpy_order");
        Map<?, ?> x = (Map<?, ?>) axes.get(axes.size() - 2);
        assertEquals("x", x.get("name"));
        assertEquals((Double) x.get("scale"), img.info().pixelSize(), 1e-9);
        assertEquals("nm", img.info().pixelUnits());
    }

    @Test
    void lineProfile_pixelsHoldTheirOwnCounts() throws Exception {
        SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(ExpectedFormats.sample(LINE), Progress.NONE);
        Map<?, ?> exp = ExpectedSignals.signal(LINE, 0);
        assertEquals(ExpectedFormats.l(exp.get("counts_per_pixel_max")), img.pixelTotal(0));
        assertEquals(img.totalCountsExact() - img.pixelTotal(0), img.pixelTotal(1) + img.pixelTotal(2) + img
                .pixelTotal(3) + img.pixelTotal(4));
    }

    @Test
    void serOpenedAlone_readsTheSameSeries() throws Exception {
        Path emi = ExpectedFormats.sample(LINE);
        Path ser = emi.resolveSibling(LINE.replace(".emi", "_1.ser"));
        assertInstanceOf(TiaReader.class, Readers.detect(ser));
        SparseSpectrumImage a = (SparseSpectrumImage) Readers.read(emi, Progress.NONE);
        SparseSpectrumImage b = (SparseSpectrumImage) Readers.read(ser, Progress.NONE);
        assertEquals(a.energyAxis(), b.energyAxis());
        assertEquals(a.width(), b.width());
        assertEquals(a.totalCountsExact(), b.totalCountsExact());
        assertEquals(a.info().beamEnergyKv(), b.info().beamEnergyKv(), 0.0); // from the .emi beside it
    }

    @Test
    void imageSeriesAndLoneEmi_areRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path images = ExpectedFormats.sample(LINE.replace(".emi", "_2.ser"));
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> Readers.read(images,
                Progress.NONE));
        assertTrue(e.getMessage().startsWith("'" + images.getFileName() + "': "), e.getMessage());
        assertTrue(e.getMessage().contains("holds images, not spectra"), e.getMessage());
        Path lone = dir.resolve("lone.emi");
        Files.copy(ExpectedFormats.sample(SI), lone);
        e = assertThrows(SpectrumFileException.class, () -> Readers.read(lone, Progress.NONE));
        assertTrue(e.getMessage().startsWith("'lone.emi': has no series file beside it (expected lone_1.ser"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void declaredSizeBomb_isRefusedFast(@TempDir Path dir) throws Exception {
        byte[] b = Files.readAllBytes(ExpectedFormats.sample(SI.replace(".emi", "_1.ser")));
        java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(14, Integer.MAX_VALUE)
                .putInt(18, Integer.MAX_VALUE);
        Path f = dir.resolve("bomb_1.ser");
        Files.write(f, b);
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> Readers.read(f, Progress.NONE));
        assertTrue(e.getMessage().startsWith("'bomb_1.ser': declares 2147483647 elements"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "16x16-spectrum_image_5x5x4000-not_square_1.ser",
            "16x16-line_profile_horizontal_5x128x128_EDS_1.ser" })
    void fuzzedSeries_endInAClearErrorWithinASecond(String name, @TempDir Path dir) throws Exception {
        byte[] original = Files.readAllBytes(ExpectedFormats.sample(name));
        // the header, dimension array and offset tables lie in the first bytes and at the offset-array position
        Fuzz.run(new TiaReader(), original, 200, name.hashCode(), 1024, dir);
    }
}
