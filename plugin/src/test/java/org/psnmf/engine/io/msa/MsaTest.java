package org.psnmf.engine.io.msa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.DenseSpectrumImage;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.testutil.SharedData;
import org.psnmf.testutil.TestImages;

class MsaTest {

    @TempDir
    Path dir;

    @Test
    void specificationExample_readsAsHyperSpyDoes() throws IOException {
        Path msa = SharedData.require("formats/example2.msa");
        SpectrumImage s = Readers.read(msa, null);
        // expected.json: 80 values, offset 200 eV (not CHOFFSET), scale 10 eV, float values -> model data
        assertInstanceOf(DenseSpectrumImage.class, s);
        assertEquals(1, s.pixels());
        assertEquals(new EnergyAxis(80, 0.2, 0.01), s.energyAxis());
        double[] v = s.spectrum(0, 0);
        assertArrayEquals(new double[] {65.82, 67.872, 65.626, 68.762}, java.util.Arrays.copyOf(v, 4), 0.0);
        assertEquals(872.97, v[64], 0.0);
        assertEquals(49.442, v[79], 0.0);
        // 80 three-decimal values summed in double: rounding error far below 1e-9
        assertEquals(21060.105, s.totalCounts(), 1e-9);
        AcquisitionInfo i = s.info();
        assertEquals(120.0, i.beamEnergyKv());
        assertEquals(100.0, i.liveTimePerPixelS());
        assertEquals(20.0, i.takeOffAngleDeg());
        assertEquals("NIO Windowless Spectra OK NiL", i.title());
        assertTrue(Double.isNaN(i.energyResolutionMnKaEv()));
    }

    @Test
    void countSpectrum_roundTripsExactly_asCounts() throws IOException {
        SparseSpectrumImage img = TestImages.random(5, 4, 300, 60, 3);
        Path out = dir.resolve("sum.msa");
        MsaWriter.writeSum(img, out, false);
        SpectrumImage back = Readers.read(out, null);
        SparseSpectrumImage s = assertInstanceOf(SparseSpectrumImage.class, back);
        assertArrayEquals(img.sumSpectrum(), s.spectrum(0, 0), 0.0);
        assertEquals(img.energyAxis(), s.energyAxis());
        assertEquals(img.info().beamEnergyKv(), s.info().beamEnergyKv());
        assertEquals(img.info().energyResolutionMnKaEv(), s.info().energyResolutionMnKaEv());
        assertEquals(img.info().takeOffAngleDeg(), s.info().takeOffAngleDeg());
        // the sum of 20 pixels was acquired for 20 x the per-pixel live time
        assertEquals(img.info().liveTimePerPixelS() * 20, s.info().liveTimePerPixelS(), 1e-12);
        assertEquals("Sum spectrum of test image", s.info().title());
        // HyperSpy splits every header line at ': ' into exactly two parts
        for (String line : Files.readAllLines(out, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("#")) {
                assertEquals(2, line.split(": ", -1).length, line);
            }
        }
        assertTrue(Files.readString(out, StandardCharsets.ISO_8859_1).contains("\r\n"), "EMSA lines end in CR LF");
    }

    @Test
    void modelSpectrum_roundTripsEveryDouble_andLongTitle() throws IOException {
        double[] v = {0.1, 1e-7, 12345.678, 0, 2.5, 1.0 / 3, -0.25};
        EnergyAxis axis = new EnergyAxis(7, -0.123, 0.0050001);
        String title = "Component 1: a very long title that needs more than sixty-four characters to be written";
        Path out = dir.resolve("c.msa");
        MsaWriter.write(v, axis, AcquisitionInfo.UNKNOWN, title, out, false);
        SpectrumImage back = Readers.read(out, null);
        assertFalse(back.isCounts());
        assertArrayEquals(v, back.spectrum(0, 0), 0.0);
        assertEquals(axis, back.energyAxis());
        assertEquals(title.replace(": ", " - ").substring(0, 64).strip(), back.info().title());
        assertThrows(SpectrumFileException.class, () -> MsaWriter.write(v, axis, null, "x", out, false));
    }

    @Test
    void xyData_andUnitsInEv_andSeveralValuesPerLine() throws IOException {
        Path xy = dir.resolve("xy.msa");
        Files.writeString(xy, "#FORMAT : EMSA/MAS Spectral Data File\n#NPOINTS : 4\n#DATATYPE : XY\n"
                + "#XUNITS : eV\n#XPERCHAN : 20.\n#OFFSET : -100\n#LIVETIME  -s: 2.0 E-01\n#SPECTRUM : Data\n"
                + "-100, 3\n-80, 0\n-60, 7\n-40, 1\n#ENDOFDATA :\n");
        SpectrumImage s = Readers.read(xy, null);
        assertTrue(s.isCounts());
        assertArrayEquals(new double[] {3, 0, 7, 1}, s.spectrum(0, 0));
        assertEquals(new EnergyAxis(4, -0.1, 0.02), s.energyAxis());
        assertEquals(0.2, s.info().liveTimePerPixelS(), 1e-15);

        Path y = dir.resolve("y.msa");
        Files.writeString(y, "#FORMAT : EMSA/MAS Spectral Data File\n#NPOINTS : 5\n#NCOLUMNS : 3\n#DATATYPE : Y\n"
                + "#XUNITS : keV\n#XPERCHAN : 0.01\n#OFFSET : 0\n#SPECTRUM : Data\n1, 2, 3,\n4, 5\n#ENDOFDATA :\n");
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, Readers.read(y, null).spectrum(0, 0));
    }

    private static final String HEAD = "#FORMAT : EMSA/MAS Spectral Data File\n#NPOINTS : 3\n#DATATYPE : Y\n"
            + "#XUNITS : keV\n#XPERCHAN : 0.01\n#OFFSET : 0\n";

    private void assertBad(String content, String... fragments) throws IOException {
        Path f = dir.resolve("bad.msa");
        Files.writeString(f, content);
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> new MsaReader().read(f, null));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith("'bad.msa': "), e.getMessage());
        for (String s : fragments) {
            assertTrue(e.getMessage().contains(s), "'" + s + "' not in " + e.getMessage());
        }
    }

    @Test
    void malformed_eachGivesOneClearLine() throws IOException {
        assertBad(HEAD + "#SPECTRUM :\n1\n2\n#ENDOFDATA :\n", "#NPOINTS says 3", "2 values");
        assertBad(HEAD.replace("#XPERCHAN : 0.01\n", "") + "#SPECTRUM :\n1\n2\n3\n", "no #XPERCHAN");
        assertBad(HEAD + "#SPECTRUM :\n1\nabc\n3\n", "'abc' is not a number");
        assertBad(HEAD + "1\n2\n3\n", "neither a #KEYWORD line");
        assertBad(HEAD, "no '#SPECTRUM'");
        assertBad(HEAD + "#SPECTRUM :\n1\nNaN\n3\n", "NaN", "channel 1");
        assertBad(HEAD.replace("DATATYPE : Y", "DATATYPE : XYZ") + "#SPECTRUM :\n1\n2\n3\n", "#DATATYPE 'XYZ'");
        assertBad(HEAD.replace("#NPOINTS : 3\n", "") + "#SPECTRUM :\n1\n2\n3\n", "no #NPOINTS");
    }

    @Test
    void detection_byContentNotExtension() throws IOException {
        Path f = dir.resolve("spectrum.txt");
        MsaWriter.write(new double[] {1, 2}, new EnergyAxis(2, 0, 0.01), null, "t", f, false);
        assertEquals(new MsaReader().formatName(), Readers.detect(f).formatName());
    }
}
