package org.psnmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.ripple.RippleReader;
import org.psnmf.engine.io.ripple.RippleWriter;
import org.psnmf.engine.synth.GaussianPeaksPhantom;

class RunCommandTest {

    /** Runs the command line in-process (own copy: test classes must not depend on each other's helpers). */
    static final class Run {
        final int code;
        final String out;
        final String err;

        Run(String... argv) {
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
            code = Main.run(argv, new java.io.PrintStream(o, true, java.nio.charset.StandardCharsets.UTF_8),
                    new java.io.PrintStream(e, true, java.nio.charset.StandardCharsets.UTF_8));
            out = o.toString(java.nio.charset.StandardCharsets.UTF_8);
            err = e.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @TempDir
    static Path tmp;
    static Path input;

    @BeforeAll
    static void writeInput() throws Exception {
        // 32 x 24 px (not a multiple of b = 8 in height), 128 channels, 3 phases, 80 counts/pixel
        SparseSpectrumImage img = GaussianPeaksPhantom.generate(32, 24, 128, 3, 80, 9).image();
        input = tmp.resolve("in.rpl");
        RippleWriter.write(img, input, false, null);
    }

    private static List<String> lines(Path p) throws Exception {
        return Files.readAllLines(p);
    }

    @Test
    void run_psnmf_writesSpectraMapsSummaryAndReconstruction() throws Exception {
        Path out = tmp.resolve("ps");
        Run r = new Run("run", "--input", input.toString(), "--components", "3", "--bin", "8",
                "--out", out.toString(), "--reconstruct", "--quiet", "--threads", "2");
        assertEquals(0, r.code, r.err);
        List<String> spectra = lines(out.resolve("spectra.csv"));
        assertEquals("energy_keV,c1,c2,c3", spectra.get(0));
        assertEquals(1 + 128, spectra.size());
        List<String> maps = lines(out.resolve("maps.csv"));
        assertEquals("x,y,c1,c2,c3", maps.get(0));
        assertEquals(1 + 32 * 24, maps.size(), "every pixel of the original grid");
        assertEquals("31,23", maps.get(maps.size() - 1).substring(0, 5));
        String json = Files.readString(out.resolve("summary.json"));
        assertTrue(json.contains("\"method\": \"psnmf\"") && json.contains("\"bin\": 8")
                && json.contains("\"stage\": \"binned\"") && json.contains("\"stage\": \"full\""), json);
        // the reconstruction reads back as float data with the input's shape
        var model = new RippleReader().read(out.resolve("reconstructed.rpl"), null);
        assertEquals(32, model.width());
        assertEquals(128, model.channels());
        assertFalse(model.isCounts());
    }

    @Test
    void run_withElements_writesQuantCsvOfEachComponent() throws Exception {
        // a small mantle sample (60 x 60 px, b = 6) quantified with the elements of the Fp phase and the others' majors
        Path data = tmp.resolve("mantle");
        assertEquals(0, new Run("synth", "--preset", "mantle", "--size", "60", "--counts", "147", "--seed", "2",
                "--out", data.toString(), "--quiet").code);
        Path out = tmp.resolve("quant-run");
        Run r = new Run("run", "--input", data.resolve("data.rpl").toString(), "--components", "3", "--bin", "6",
                "--elements", "Mg,Si,Al,Ca,Fe,O,Cu", "--exclude", "Cu", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code, r.err);
        List<String> rows = lines(out.resolve("quant.csv"));
        assertEquals("component,element,atomic_percent,sigma_atomic_percent,weight_percent", rows.get(0));
        assertEquals(1 + 3 * 6, rows.size(), "3 components x 6 quantified elements (Cu excluded)");
        double[] sum = new double[3];
        double bestMg = -1;
        double feOfBestMg = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            int c = Integer.parseInt(f[0].substring(1)) - 1;
            double at = Double.parseDouble(f[2]);
            sum[c] += at;
            assertTrue(Double.parseDouble(f[3]) >= 0, row);
            if (f[1].equals("Mg") && at > bestMg) {
                bestMg = at;
            }
        }
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            if (f[1].equals("Mg") && Double.parseDouble(f[2]) == bestMg) {
                String comp = f[0];
                feOfBestMg = rows.stream().filter(x -> x.startsWith(comp + ",Fe,")).mapToDouble(
                        x -> Double.parseDouble(x.split(",")[2])).findFirst().orElseThrow();
            }
        }
        for (double v : sum) {
            assertEquals(100, v, 0.01); // atomic percent of each component add up to 100
        }
        // the Mg-richest component is ferropericlase (Mg 39, Fe 10, O 50 at% with 1 % Cu excluded -> Mg 39.4, Fe 10.1);
        // 3 at% / 2 at% allow for the small 60 px image's decomposition error
        assertEquals(39.4, bestMg, 3.0);
        assertEquals(10.1, feOfBestMg, 2.0);
    }

    @Test
    void run_elementsWithPca_isAUsageError() {
        Run r = new Run("run", "--input", input.toString(), "--components", "3", "--method", "pca", "--elements",
                "Fe", "--out", tmp.resolve("pca-q").toString());
        assertEquals(2, r.code);
        assertTrue(r.err.contains("PCA loadings"), r.err);
        assertFalse(Files.exists(tmp.resolve("pca-q")));
    }

    @Test
    void run_nmfAndPca_writeTheSameFiles() throws Exception {
        for (String method : new String[] {"nmf", "pca"}) {
            Path out = tmp.resolve(method);
            Run r = new Run("run", "--input", input.toString(), "--components", "3", "--method",
                    method, "--out", out.toString(), "--max-iter", "50", "--tol", "0", "--quiet");
            assertEquals(0, r.code, r.err);
            assertEquals(1 + 128, lines(out.resolve("spectra.csv")).size());
            assertEquals(1 + 32 * 24, lines(out.resolve("maps.csv")).size());
            assertTrue(Files.readString(out.resolve("summary.json")).contains("\"method\": \"" + method + "\""));
        }
    }

    @Test
    void run_badArguments_oneLineErrorAndNoOutput() throws Exception {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        String[][] cases = {
            {"--components", "3", "--out", file.toString()},
            {"--components", "0", "--out", tmp.resolve("o1").toString()},
            {"--components", "3", "--bin", "25", "--out", tmp.resolve("o2").toString()},
            {"--components", "200", "--method", "nmf", "--out", tmp.resolve("o3").toString()},
            {"--components", "3", "--method", "svd", "--out", tmp.resolve("o4").toString()},
        };
        String[] expect = {"is a file", "Components must be at least 1", "Bin factor 25 is larger than the 32 x 24",
            "Components (200) exceeds", "--method must be psnmf, nmf or pca"};
        for (int i = 0; i < cases.length; i++) {
            String[] argv = new String[cases[i].length + 4];
            argv[0] = "run";
            argv[1] = "--input";
            argv[2] = input.toString();
            argv[3] = "--quiet";
            System.arraycopy(cases[i], 0, argv, 4, cases[i].length);
            Run r = new Run(argv);
            assertTrue(r.code != 0, String.join(" ", argv));
            assertEquals(1, r.err.lines().count(), r.err);
            assertTrue(r.err.contains(expect[i]), r.err);
        }
        for (String o : new String[] {"o1", "o2", "o3", "o4"}) {
            assertFalse(Files.exists(tmp.resolve(o)), "no output folder for a failed run: " + o);
        }
    }

    @Test
    void run_allZeroImage_clearError() throws Exception {
        Path zero = tmp.resolve("zero.rpl");
        RippleWriter.write(new SparseSpectrumImage.Builder(8, 8, new EnergyAxis(64, 0, 0.01), null).build(), zero,
                false, null);
        Run r = new Run("run", "--input", zero.toString(), "--components", "2", "--bin", "2",
                "--out", tmp.resolve("z").toString(), "--quiet");
        assertEquals(1, r.code);
        assertTrue(r.err.contains("no counts"), r.err);
        assertFalse(Files.exists(tmp.resolve("z")));
    }

    @Test
    void run_existingOutputsNeedForce() throws Exception {
        Path out = tmp.resolve("twice");
        String[] argv = {"run", "--input", input.toString(), "--components", "2", "--method", "pca", "--out",
            out.toString(), "--quiet"};
        assertEquals(0, new Run(argv).code);
        Run again = new Run(argv);
        assertEquals(1, again.code);
        assertTrue(again.err.contains("already exists"), again.err);
        String[] forced = java.util.Arrays.copyOf(argv, argv.length + 1);
        forced[argv.length] = "--force";
        assertEquals(0, new Run(forced).code);
    }

    @Test
    void sweepBin_printsOneLinePerBin() {
        Run r = new Run("sweep-bin", "--input", input.toString(), "--components", "3", "--bins",
                "2,4,8", "--quiet", "--max-iter", "100");
        assertEquals(0, r.code, r.err);
        List<String> rows = r.out.lines().toList();
        assertEquals(4, rows.size(), r.out);
        assertTrue(rows.get(1).trim().startsWith("2 "));
        assertTrue(rows.get(2).trim().startsWith("4 ") && !rows.get(2).contains(" - "), "angle to previous b");
    }
}
