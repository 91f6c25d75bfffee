package org.psnmf.engine.nmf;

import java.util.Arrays;
import java.util.Locale;

import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.metrics.MapError;
import org.psnmf.engine.synth.SyntheticDataset;
import org.psnmf.engine.synth.SyntheticOptions;
import org.psnmf.engine.synth.Synthesizer;
import org.psnmf.engine.psnmf.Psnmf;
import org.psnmf.engine.psnmf.PsnmfOptions;
import org.psnmf.engine.psnmf.PsnmfResult;

/**
 * Evaluation (not a unit test): spectral angles and map errors of PSNMF on the synthetic mantle data for each bin
 * factor, initialisation and regulariser, plus plain NMF, and the effect of the full-resolution stopping rule at low
 * counts. Prints Markdown tables. Run after a build:
 *
 * <pre>
 * cd plugin &amp;&amp; java -cp "target/classes:target/test-classes:lib/*" org.psnmf.engine.nmf.MantleEvaluation \
 *     [threads] [counts list, default 147,18] [bins list, default 4,8,12,15] [no-plain]
 * </pre>
 */
public final class MantleEvaluation {

    private MantleEvaluation() {
    }

    record Config(String name, NmfOptions.Init init, int restarts, double smoothness) {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        Config[] configs = {new Config("SPA", NmfOptions.Init.SPA, 1, 0),
            new Config("NNDSVDa", NmfOptions.Init.NNDSVDA, 1, 0), new Config("random", NmfOptions.Init.RANDOM, 1, 0),
            new Config("SPA + 3 restarts", NmfOptions.Init.SPA, 3, 0),
            new Config("SPA + smoothness 0.05", NmfOptions.Init.SPA, 1, 0.05)};
        double[] countList = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToDouble(Double::parseDouble)
                .toArray() : new double[] {147, 18};
        int[] binList = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {4, 8, 12, 15};
        for (double counts : countList) {
            SyntheticDataset d = Synthesizer.generate(SyntheticOptions.mantle().withCountsPerPixel(counts), null);
            System.out.printf(Locale.ROOT, "%n### Mantle %s SNR (%.0f counts/px, %s), spectral angle in degrees "
                    + "(Brg / Fp / CaPv), mean map MSE%n%n", counts > 50 ? "medium" : "low", counts,
                    String.join(", ", d.phaseNames()));
            System.out.println("| method | b | Brg | Fp | CaPv | map MSE | seconds |");
            System.out.println("|---|---|---|---|---|---|---|");
            boolean plain = args.length <= 3 || !args[3].equals("no-plain");
            for (Config c : plain ? new Config[] {configs[0], configs[1]} : new Config[0]) {
                NmfOptions o = NmfOptions.builder(3).init(c.init).threads(threads).maxIterations(500).build();
                NmfResult r = PoissonNmf.fit(d.counts(), o, null);
                row("plain NMF, " + c.name, "-", d, r.spectra(), r.maps(), r.seconds());
            }
            for (int b : binList) {
                for (Config c : configs) {
                    NmfOptions o = NmfOptions.builder(3).init(c.init).restarts(c.restarts)
                            .smoothness(c.smoothness).threads(threads).build();
                    PsnmfResult r = Psnmf.run(d.counts(), PsnmfOptions.builder(3, b).binned(o).build(), null);
                    row("PSNMF, " + c.name, Integer.toString(b), d, r.spectra(), r.maps(), r.seconds());
                }
            }
            if (counts < 50) {
                System.out.printf(Locale.ROOT, "%n### Full-resolution stage at %.0f counts/px (b = 15, SPA): map MSE "
                        + "against the iteration limit and the smoothness%n%n", counts);
                System.out.println("| full-stage iterations | smoothness | map MSE Brg / Fp / CaPv | mean |");
                System.out.println("|---|---|---|---|");
                NmfOptions o = NmfOptions.builder(3).threads(threads).build();
                for (double s : new double[] {0, 0.02, 0.1}) {
                    for (int it : new int[] {1, 10, 50, 200, 1000}) {
                        PsnmfResult r = Psnmf.run(d.counts(), PsnmfOptions.builder(3, 15).binned(o)
                                .fullMaxIterations(it).fullTolerance(0).fullSmoothness(s).build(), null);
                        double[] mse = mse(d, r.spectra(), r.maps());
                        System.out.printf(Locale.ROOT, "| %d | %.2f | %.4f / %.4f / %.4f | %.4f |%n", it, s, mse[0],
                                mse[1], mse[2], (mse[0] + mse[1] + mse[2]) / 3);
                    }
                }
            }
        }
    }

    static double[] mse(SyntheticDataset d, double[][] spectra, double[][] maps) {
        int[] m = ComponentMatching.byAngle(spectra, d.spectra());
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = MapError.mse(maps[m[i]], d.maps()[i]);
        }
        return out;
    }

    private static void row(String name, String b, SyntheticDataset d, double[][] spectra, double[][] maps,
            double seconds) {
        double[] a = ComponentMatching.angles(spectra, d.spectra());
        double[] mse = mse(d, spectra, maps);
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.4f | %.1f |%n", name, b, a[0], a[1], a[2],
                (mse[0] + mse[1] + mse[2]) / 3, seconds);
        System.out.flush();
    }
}
