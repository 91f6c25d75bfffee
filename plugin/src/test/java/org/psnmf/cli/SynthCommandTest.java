package org.psnmf.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.ripple.RippleReader;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.synth.Phase;
import org.psnmf.engine.synth.Synthesizer;
import org.psnmf.engine.synth.SyntheticDataset;
import org.psnmf.engine.synth.SyntheticOptions;
import org.psnmf.engine.synth.TruthFiles;

class SynthCommandTest {

    /** 24 x 24 px, 300 channels of 20 eV: small and quick, still every mantle line up to Fe Ka. */
    private static final String[] SMALL = {"--size", "24", "--channels", "300", "--energy-scale", "0.02", "--counts",
        "100", "--quiet"};

    private static MainTest.Run synth(Path out, String... extra) {
        String[] argv = new String[3 + SMALL.length + extra.length];
        argv[0] = "synth";
        argv[1] = "--out";
        argv[2] = out.toString();
        System.arraycopy(SMALL, 0, argv, 3, SMALL.length);
        System.arraycopy(extra, 0, argv, 3 + SMALL.length, extra.length);
        return new MainTest.Run(argv);
    }

    private static final List<String> FILES = List.of("data.rpl", "data.raw", "truth_spectra.csv", "truth_maps.csv",
            "truth_composition.csv");

    @Test
    void sameSeed_sameBytes_otherSeed_otherCounts_sameTruth(@TempDir Path tmp) throws Exception {
        MainTest.Run a = synth(tmp.resolve("a"), "--seed", "5");
        assertEquals(0, a.code, a.err);
        MainTest.Run b = synth(tmp.resolve("b"), "--seed", "5");
        assertEquals(0, b.code, b.err);
        MainTest.Run c = synth(tmp.resolve("c"), "--seed", "6");
        assertEquals(0, c.code, c.err);
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(tmp.resolve("a/data.raw")), Files.readAllBytes(tmp.resolve("c/data.raw"))));
        for (String f : List.of("truth_spectra.csv", "truth_maps.csv", "truth_composition.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("c").resolve(f)), f);
        }
        // stdout is one JSON object with the measured mean
        assertTrue(a.out.trim().startsWith("{") && a.out.trim().endsWith("}"), a.out);
        assertTrue(a.out.contains("\"mean_counts_per_pixel\"") && a.out.contains("\"name\": \"CaPv\""), a.out);
    }

    @Test
    void outputs_readBackAsTheGeneratedDataset(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("d");
        assertEquals(0, synth(out, "--seed", "9").code);
        SyntheticDataset d = Synthesizer.generate(SyntheticOptions.mantle(24).withAxis(new EnergyAxis(300, 0.2, 0.02))
                .withCountsPerPixel(100).withSeed(9), Progress.NONE);

        // the counts: uint16 RIPPLE with the same values and axis
        String rpl = Files.readString(out.resolve("data.rpl"), StandardCharsets.ISO_8859_1);
        assertTrue(rpl.contains("data-type\tunsigned") && rpl.contains("data-length\t2"), rpl);
        SpectrumImage read = RippleReader.readFile(out.resolve("data.rpl"), Progress.NONE);
        assertEquals(24, read.width());
        assertEquals(300, read.channels());
        assertEquals(0.2, read.energyAxis().offsetKeV(), 1e-12);
        assertEquals(0.02, read.energyAxis().scaleKeV(), 1e-12);
        assertEquals(200, read.info().beamEnergyKv(), 1e-12);
        SparseSpectrumImage counts = d.counts();
        for (int p = 0; p < counts.pixels(); p += 37) {
            assertArrayEquals(counts.spectrum(p % 24, p / 24), read.spectrum(p % 24, p / 24), 0.0, "pixel " + p);
        }
        assertEquals(counts.totalCounts(), read.totalCounts(), 0.0);

        // the truth spectra: header and exact values (shortest round-trip decimals)
        List<String> spectra = Files.readAllLines(out.resolve("truth_spectra.csv"));
        assertEquals("energy_keV,Brg,Fp,CaPv", spectra.get(0));
        assertEquals(301, spectra.size());
        String[] row = spectra.get(50).split(",");
        assertEquals(0.2 + 49 * 0.02, Double.parseDouble(row[0]), 1e-9);
        assertEquals(d.spectra()[1][49], Double.parseDouble(row[2]), 0.0);

        // the truth maps: one row per pixel, x = column, y = row, abundances sum to 1
        List<String> maps = Files.readAllLines(out.resolve("truth_maps.csv"));
        assertEquals("x,y,Brg,Fp,CaPv", maps.get(0));
        assertEquals(24 * 24 + 1, maps.size());
        String[] m = maps.get(1 + 5 * 24 + 7).split(",");
        assertEquals("7", m[0]);
        assertEquals("5", m[1]);
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            assertEquals(d.maps()[k][5 * 24 + 7], Double.parseDouble(m[2 + k]), 0.0);
            sum += Double.parseDouble(m[2 + k]);
        }
        assertEquals(1, sum, 1e-12);

        // the compositions, normalised to 100 %, and readable as a --phases input
        List<Phase> phases = TruthFiles.readPhases(out.resolve("truth_composition.csv"));
        assertEquals(List.of("Brg", "Fp", "CaPv"), phases.stream().map(Phase::name).toList());
        assertEquals(18.5 / 100.4 * 100, phases.get(0).atomicPercent().get("Mg"), 1e-9);
        assertEquals(1.0, phases.get(1).atomicPercent().get("Cu"), 1e-9);
    }

    @Test
    void userPhases_andGrainSpecs(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("phases.csv");
        Files.writeString(csv, "phase,element,atomic_percent\n# a two-phase sample\nmatrix,Si,33.3\nmatrix,O,66.7\n"
                + "particle,Au,100\n");
        MainTest.Run r = synth(tmp.resolve("u"), "--phases", csv.toString(), "--grains", "5:4");
        assertEquals(0, r.code, r.err);
        assertEquals("x,y,matrix,particle", Files.readAllLines(tmp.resolve("u/truth_maps.csv")).get(0));
        MainTest.Run wrong = synth(tmp.resolve("v"), "--phases", csv.toString(), "--grains", "5:4,3:2");
        assertEquals(2, wrong.code);
        assertTrue(wrong.err.contains("--grains needs 1 entries"), wrong.err);
    }

    @Test
    void errors_areOneLine_andLeaveNoFiles(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("e");
        assertEquals(0, synth(out).code);
        byte[] before = Files.readAllBytes(out.resolve("data.raw"));
        MainTest.Run again = synth(out, "--seed", "2");
        assertEquals(1, again.code);
        assertEquals(1, again.err.lines().count(), again.err);
        assertTrue(again.err.contains("already exists") && again.err.contains("--force"), again.err);
        assertArrayEquals(before, Files.readAllBytes(out.resolve("data.raw")));
        assertEquals(0, synth(out, "--seed", "2", "--force").code);
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("data.raw"))));

        MainTest.Run preset = new MainTest.Run("synth", "--preset", "granite", "--out", tmp.resolve("f").toString());
        assertEquals(2, preset.code);
        assertTrue(preset.err.contains("Unknown preset 'granite'. Available: mantle."), preset.err);

        MainTest.Run counts = new MainTest.Run("synth", "--out", tmp.resolve("g").toString(), "--size", "24", "--counts", "-3");
        assertEquals(1, counts.code);
        assertEquals(1, counts.err.lines().count(), counts.err);
        assertTrue(counts.err.contains("Mean counts per pixel must be > 0"), counts.err);
        assertFalse(Files.exists(tmp.resolve("g").resolve("data.rpl")));

        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "phase,element,atomic_percent\nx,Qq,10\n");
        MainTest.Run phases = synth(tmp.resolve("h"), "--phases", bad.toString());
        assertEquals(1, phases.code);
        assertTrue(phases.err.contains("Unknown element 'Qq'"), phases.err);

        MainTest.Run typo = synth(tmp.resolve("i"), "--cuonts", "3");
        assertEquals(2, typo.code);
        assertTrue(typo.err.contains("Unknown option --cuonts"), typo.err);
    }
}
