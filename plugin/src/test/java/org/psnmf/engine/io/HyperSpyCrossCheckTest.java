package org.psnmf.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.msa.MsaWriter;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.io.ripple.RippleWriter;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.synth.Synthesizer;
import org.psnmf.engine.synth.SyntheticOptions;

/**
 * Files we write read identically in HyperSpy, and files HyperSpy writes read identically here. Runs only where
 * HyperSpy is installed (e.g. Debian's {@code python3-hyperspy} 1.7.3; skipped otherwise) through
 * {@code src/test/python/hyperspy_crosscheck.py}, which prints what HyperSpy sees.
 */
class HyperSpyCrossCheckTest {

    private static String python;

    /** What HyperSpy reports for one file. */
    record Seen(String file, int[] shape, String dtype, double sum, String beam, List<String[]> axes,
            List<double[]> values) {
    }

    @BeforeAll
    static void findHyperSpy() {
        for (String candidate : new String[] {"python3", "/usr/bin/python3"}) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import hyperspy.api").redirectErrorStream(true)
                        .start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    python = candidate;
                    return;
                }
            } catch (IOException | InterruptedException e) {
                // not this one
            }
        }
    }

    private static List<Seen> hyperspy(String... args) throws Exception {
        Assumptions.assumeTrue(python != null, "HyperSpy not installed (apt-get install python3-hyperspy); skipped");
        List<String> cmd = new ArrayList<>(List.of(python, Path.of("src/test/python/hyperspy_crosscheck.py")
                .toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "HyperSpy script hung");
        assertEquals(0, p.exitValue(), out);
        List<Seen> seen = new ArrayList<>();
        String file = null;
        int[] shape = null;
        String dtype = null;
        String beam = null;
        double sum = Double.NaN;
        List<String[]> axes = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            String key = eq < 0 ? line.trim() : line.substring(0, eq);
            String v = eq < 0 ? "" : line.substring(eq + 1);
            switch (key) {
                case "file" -> {
                    file = v;
                    axes = new ArrayList<>();
                    values = new ArrayList<>();
                }
                case "shape" -> shape = java.util.Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
                case "dtype" -> dtype = v;
                case "sum" -> sum = Double.parseDouble(v);
                case "beam" -> beam = v;
                case "axis" -> axes.add(v.split("\\|", -1));
                case "value" -> values.add(java.util.Arrays.stream(v.split("\\|")).mapToDouble(Double::parseDouble)
                        .toArray());
                case "end" -> seen.add(new Seen(file, shape, dtype, sum, beam, axes, values));
                default -> { /* HyperSpy's own chatter */ }
            }
        }
        return seen;
    }

    /** Compares what HyperSpy saw with what our reader returns for the same file. */
    private static void assertSame(Seen hs, SpectrumImage ours) {
        int channels = ours.channels();
        assertEquals(channels, hs.shape()[hs.shape().length - 1], hs.file());
        if (hs.shape().length == 3) {
            assertEquals(ours.height(), hs.shape()[0], hs.file()); // HyperSpy: (rows, columns, channels)
            assertEquals(ours.width(), hs.shape()[1], hs.file());
        } else {
            assertEquals(1, ours.pixels(), hs.file());
        }
        String[] energy = hs.axes().get(hs.axes().size() - 1);
        EnergyAxis axis = ours.energyAxis();
        double unit = energy[3].equals("eV") ? 1e-3 : 1; // HyperSpy keeps the file's unit
        // 1e-9 keV: both sides parse the same decimal text into doubles
        assertEquals(axis.offsetKeV(), Double.parseDouble(energy[1]) * unit, 1e-9, hs.file() + " offset");
        assertEquals(axis.scaleKeV(), Double.parseDouble(energy[2]) * unit, 1e-9, hs.file() + " scale");
        // sums of up to ~1e6 values in float32/float64: relative 1e-6
        assertEquals(hs.sum(), ours.totalCounts(), 1e-6 * Math.max(1, hs.sum()), hs.file() + " sum");
        if (!hs.beam().isEmpty()) {
            assertEquals(Double.parseDouble(hs.beam()), ours.info().beamEnergyKv(), 1e-9, hs.file() + " beam");
        }
        for (double[] iv : hs.values()) {
            long flat = (long) iv[0];
            int p = (int) (flat / channels);
            int c = (int) (flat % channels);
            double[] spectrum = new double[channels];
            ours.addSpectrum(p, spectrum);
            // float32 values printed with 9 significant digits
            assertEquals(iv[1], spectrum[c], 1e-6 * Math.max(1, Math.abs(iv[1])), hs.file() + " value " + flat);
        }
    }

    @Test
    void ourRippleAndMsaFiles_readIdenticallyInHyperSpy(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(python != null, "HyperSpy not installed; skipped");
        SparseSpectrumImage counts = Synthesizer.generate(SyntheticOptions.mantle(24).withSeed(5), Progress.NONE)
                .counts();
        Path rplCounts = dir.resolve("counts.rpl");
        RippleWriter.write(counts, rplCounts, false, null);
        // a factored model (float32 on disk) with non-integer values
        double[] w = new double[counts.channels()];
        double[] h = new double[counts.pixels()];
        for (int c = 0; c < w.length; c++) {
            w[c] = 0.5 + Math.sin(c * 0.01) * 0.25;
        }
        for (int p = 0; p < h.length; p++) {
            h[p] = 1.0 + p % 7 / 3.0;
        }
        FactoredSpectrumImage model = new FactoredSpectrumImage(counts.width(), counts.height(), counts.energyAxis(),
                counts.info(), new double[][] {w}, new double[][] {h});
        Path rplModel = dir.resolve("model.rpl");
        RippleWriter.write(model, rplModel, false, null);
        Path msa = dir.resolve("sum.msa");
        MsaWriter.writeSum(counts, msa, false);

        List<Seen> seen = hyperspy("describe", rplCounts.toString(), rplModel.toString(), msa.toString());
        assertEquals(3, seen.size());
        assertEquals("uint16", seen.get(0).dtype());
        assertSame(seen.get(0), counts);
        assertEquals("float32", seen.get(1).dtype());
        // our model is float64; the file holds float32, so compare against the file read back by us
        assertSame(seen.get(1), Readers.read(rplModel, null));
        assertEquals(model.totalCounts(), seen.get(1).sum(), 1e-5 * model.totalCounts());
        SpectrumImage sum = Readers.read(msa, null);
        assertSame(seen.get(2), sum);
        assertEquals(counts.totalCounts(), seen.get(2).sum(), 0);
    }

    @Test
    void hyperSpyWrittenFiles_readIdenticallyHere(@TempDir Path dir) throws Exception {
        List<Seen> seen = hyperspy("write", dir.toString());
        assertEquals(3, seen.size());
        for (Seen s : seen) {
            SpectrumImage ours = Readers.read(Path.of(s.file()), null);
            assertSame(s, ours);
        }
        assertTrue(Readers.read(Path.of(seen.get(0).file()), null).isCounts(), "uint16 RIPPLE = counts");
        assertEquals(133, Readers.read(Path.of(seen.get(0).file()), null).info().energyResolutionMnKaEv(), 1e-9);
    }

}
