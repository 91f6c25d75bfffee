package org.psnmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.xray.DetectorModel;
import org.psnmf.engine.xray.LineProfile;
import org.psnmf.engine.xray.XrayDatabase;
import org.psnmf.engine.xray.XrayLine;

/** {@code psnmf quant} end to end on a spectra.csv, and its one-line errors. */
class QuantCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... argv) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(argv, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** Noise-free lines only (no continuum) of a composition given as element, at%, element, at%, ... */
    private static double[] lines(EnergyAxis axis, Object... kv) {
        double[] y = new double[axis.channels()];
        for (int i = 0; i < kv.length; i += 2) {
            for (XrayLine l : XrayDatabase.get().lines((String) kv[i], 200)) {
                LineProfile.addLine(y, axis, DetectorModel.DEFAULT, l, 1e27 * ((Number) kv[i + 1]).doubleValue());
            }
        }
        return y;
    }

    private Path spectraCsv() throws IOException {
        EnergyAxis axis = new EnergyAxis(2048, 0, 0.01);
        double[] a = lines(axis, "Mg", 40, "O", 50, "Fe", 10);
        double[] b = lines(axis, "Si", 20, "O", 60, "Ca", 20);
        StringBuilder sb = new StringBuilder("energy_keV,Fp,CaPv\n");
        for (int c = 0; c < axis.channels(); c++) {
            sb.append(String.format(Locale.ROOT, "%.4f,%.8g,%.8g%n", axis.energyAt(c), a[c], b[c]));
        }
        Path p = dir.resolve("spectra.csv");
        Files.writeString(p, sb);
        return p;
    }

    @Test
    void familiesOptionWritesEveryFittedFamilyAndTheResponseIsReported() throws IOException {
        Path in = spectraCsv();
        Path out = dir.resolve("q.csv");
        Path fam = dir.resolve("families.csv");
        Run r = run("quant", "--input", in.toString(), "--elements", "Mg,Si,Ca,Fe,O", "--out", out.toString(),
                "--families", fam.toString());
        assertEquals(0, r.code, r.err);
        List<String> rows = Files.readAllLines(fam);
        assertEquals("component,element,family,energy_keV,counts,sigma_counts,free,quantified", rows.get(0));
        // Fe Ka quantified, Fe Kb and Fe La fitted with their own amplitudes in the Fp column
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("Fp,Fe,Ka,") && l.endsWith(",true,true")), rows.toString());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("Fp,Fe,Kb,")), rows.toString());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("Fp,Fe,La,")), rows.toString());
        // the refined detector response is printed per spectrum
        assertTrue(r.err.contains("detector (Fp): FWHM"), r.err);
    }

    @Test
    void quantifiesEveryColumnIntoTheDocumentedCsv() throws IOException {
        Path in = spectraCsv();
        Path out = dir.resolve("quant.csv");
        Run r = run("quant", "--input", in.toString(), "--elements", "Mg,Si,Ca,Fe,O", "--out", out.toString());
        assertEquals(0, r.code, r.err);
        List<String> rows = Files.readAllLines(out);
        assertEquals("component,element,atomic_percent,sigma_atomic_percent,weight_percent", rows.get(0));
        assertEquals(1 + 2 * 5, rows.size());
        // Fp: Mg 40, O 50, Fe 10 at% (noise-free, peaks only; 8 printed digits -> 0.01 at% is generous)
        assertRow(rows, "Fp", "Mg", 40);
        assertRow(rows, "Fp", "Fe", 10);
        assertRow(rows, "Fp", "Si", 0);
        assertRow(rows, "CaPv", "Ca", 20);
        assertRow(rows, "CaPv", "O", 60);
        // existing output without --force: one-line error, file untouched
        Run again = run("quant", "--input", in.toString(), "--elements", "Mg,O", "--out", out.toString());
        assertEquals(1, again.code);
        assertEquals(1, again.err.lines().count(), again.err);
        assertTrue(again.err.contains("already exists"));
        assertEquals(11, Files.readAllLines(out).size());
    }

    @Test
    void thicknessTurnsOnTheThinFilmAbsorptionCorrection() throws IOException {
        Path in = spectraCsv();
        Path out = dir.resolve("abs.csv");
        Run r = run("quant", "--input", in.toString(), "--elements", "Mg,Si,Ca,Fe,O", "--out", out.toString(),
                "--thickness", "100", "--density", "4", "--take-off-angle", "30");
        assertEquals(0, r.code, r.err);
        assertTrue(r.err.contains("absorption factors"), r.err);
        // the lines were generated without absorption, so correcting for it raises O (the most absorbed line)
        for (String row : Files.readAllLines(out)) {
            String[] f = row.split(",");
            if (f[0].equals("Fp") && f[1].equals("O")) {
                assertTrue(Double.parseDouble(f[2]) > 51, row);
            }
        }
    }

    private static void assertRow(List<String> rows, String comp, String el, double atPercent) {
        for (String row : rows) {
            String[] f = row.split(",");
            if (f[0].equals(comp) && f[1].equals(el)) {
                assertEquals(atPercent, Double.parseDouble(f[2]), 0.01, row);
                assertTrue(Double.parseDouble(f[3]) >= 0, row);
                return;
            }
        }
        throw new AssertionError("no row " + comp + "," + el);
    }

    @Test
    void badInputsAreOneLineErrorsAndWriteNothing() throws IOException {
        Path in = spectraCsv();
        Path out = dir.resolve("q.csv");
        String[][] cases = {
            {"--elements", "Mg,Xx"}, // unknown element
            {"--elements", "Mg,O", "--method", "magic"}, // bad method
            {"--elements", "Mg,O", "--exclude", "Cu"}, // excluded not listed
            {"--elements", "U,O", "--lines", "U=La", "--beam-energy", "10"}, // line above the beam energy
            {"--elements", "Mg,O", "--lines", "Nd"}, // malformed --lines
            {"--elements", "Mg,O", "--absorption", "0.5", "--thickness", "100"}, // both absorption corrections
            {"--elements", "Mg,O", "--thickness", "-5"}, // negative thickness
            {"--elements", "Mg,O", "--thickness", "100", "--take-off-angle", "95"}, // take-off angle > 90
        };
        for (String[] c : cases) {
            String[] argv = new String[5 + c.length];
            argv[0] = "quant";
            argv[1] = "--input";
            argv[2] = in.toString();
            argv[3] = "--out";
            argv[4] = out.toString();
            System.arraycopy(c, 0, argv, 5, c.length);
            Run r = run(argv);
            assertTrue(r.code != 0, String.join(" ", c));
            assertEquals(1, r.err.lines().count(), r.err);
            assertFalse(Files.exists(out), String.join(" ", c));
        }
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "energy_keV,a\n0.0,1\n0.01,x\n");
        Run r = run("quant", "--input", bad.toString(), "--elements", "Mg,O", "--out", out.toString());
        assertEquals(1, r.code);
        assertTrue(r.err.contains("'bad.csv'") && r.err.contains("line 3"), r.err);
    }
}
