package org.psnmf.engine.io.bruker;

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

class BrukerSpxReaderTest {

    @ParameterizedTest
    @ValueSource(strings = { "bruker_nano.spx", "extracted_from_bcf.spx", "bruker_m6_jetstream_file_example.spx" })
    void samples_matchHyperSpy(String name) throws Exception {
        Path f = ExpectedFormats.sample(name);
        assertInstanceOf(BrukerSpxReader.class, Readers.detect(f));
        SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(f, Progress.NONE);
        Map<?, ?> exp = ExpectedSignals.signal(name, 0);
        ExpectedSignals.assertMatches(exp, img);
        assertEquals(ExpectedSignals.metadata(exp, "beam_energy_keV"), img.info().beamEnergyKv(), 0.0);
        assertEquals(ExpectedSignals.metadata(exp, "live_time_s"), img.info().liveTimePerPixelS(), 1e-12);
        assertEquals(ExpectedSignals.metadata(exp, "elevation_angle_deg"), img.info().takeOffAngleDeg(), 0.0);
        Object elements = ((Map<?, ?>) exp.get("metadata")).get("elements");
        assertEquals(elements == null ? List.of() : elements, img.info().elements());
    }

    @Test
    void resolution_fromTheDetectorModel() throws Exception {
        SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(ExpectedFormats.sample(
                "extracted_from_bcf.spx"), Progress.NONE);
        // SigmaAbs 3.5245e-4, SigmaLin 4.3110e-4 keV^2: FWHM(5.8987 keV) = 2.3548 sqrt(2.8954e-3) = 126.7 eV
        // (HyperSpy leaves its default of 130 eV, which is not from the file)
        assertEquals(126.7, img.info().energyResolutionMnKaEv(), 0.1);
    }

    @Test
    void brokenCounts_areRefusedInOneLine(@TempDir Path dir) throws Exception {
        String xml = Files.readString(ExpectedFormats.sample("extracted_from_bcf.spx"),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Path f = dir.resolve("bad.spx");
        Files.writeString(f, xml.replaceFirst("<Channels>0,", "<Channels>0,-3,"),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> Readers.read(f, Progress.NONE));
        assertTrue(e.getMessage().startsWith("'bad.spx': channel 1 holds -3 counts"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @ParameterizedTest
    @ValueSource(strings = { "bruker_nano.spx", "extracted_from_bcf.spx", "bruker_m6_jetstream_file_example.spx" })
    void fuzzedFiles_endInAClearErrorWithinASecond(String name, @TempDir Path dir) throws Exception {
        byte[] original = Files.readAllBytes(ExpectedFormats.sample(name));
        Fuzz.run(new BrukerSpxReader(), original, 60, name.hashCode(), 4096, dir);
    }
}
