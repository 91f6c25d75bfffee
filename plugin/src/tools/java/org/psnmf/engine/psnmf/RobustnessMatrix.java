package org.psnmf.engine.psnmf;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.psnmf.engine.binning.Binning;
import org.psnmf.engine.binning.EdgePolicy;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.metrics.MapError;
import org.psnmf.engine.metrics.SpectralAngle;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.nmf.NmfResult;
import org.psnmf.engine.nmf.PoissonNmf;
import org.psnmf.engine.synth.AbundanceMaps;
import org.psnmf.engine.synth.GrainSpec;
import org.psnmf.engine.synth.MantlePreset;
import org.psnmf.engine.synth.Phase;
import org.psnmf.engine.synth.SyntheticDataset;
import org.psnmf.engine.synth.SyntheticOptions;
import org.psnmf.engine.synth.Synthesizer;
import org.psnmf.testutil.EspmRock;

/**
 * The robustness matrix of the PSNMF defaults (docs/nmf-evaluation.md): the two espm images of
 * {@code shared/data/independent} (another group's simulator) and scenes of our own generator with varied grain
 * radius, minor-phase fraction, overlap along the beam, counts per pixel, k and image size, every one seeded. For each
 * scene it runs the binned stage at every fixed b (spectra only) and the whole default pipeline (spectra and maps), and
 * reports per setting the worst and median spectral angle (phases with ≥ 5 % volume fraction) and map MSE over the
 * scenes, and the acceptance checks of the defaults: worst angle ≤ 2° at ≥ 100 counts/px, ≤ 5° at ≥ 20 counts/px,
 * and at most 0.5° worse than the best fixed b of that scene.
 *
 * <p>Run (after {@code ./mvnw -o -B verify -DskipTests}), from {@code plugin/}:
 * <pre>
 * java -cp "target/classes:target/test-classes:lib/*" org.psnmf.engine.psnmf.RobustnessMatrix quick|full \
 *     [default|pure|auto|bN] [OUT.md]
 * </pre>
 * {@code quick} is a subset for iteration (a few minutes on the shared 2-core machine); {@code full} is the matrix of
 * the evaluation note (about 20 minutes there). Output: markdown tables on stdout (and in OUT.md).
 */
public final class RobustnessMatrix {

    /** A scene with its ground truth. */
    record Truth(SparseSpectrumImage counts, double[][] spectra, double[][] maps) {
    }

    /** One scene: its setting (the group it is summarised in), a name and how to make it. */
    record Scene(String setting, String name, double countsPerPixel, Supplier<Truth> make) {
    }

    /** Outcome of one scene. */
    record Row(Scene scene, int size, int k, double[] fractions, Map<Integer, Double> fixedWorst, int chosen,
            double worst, double mapMse, boolean binnedConverged, boolean fullConverged, int binnedIterations,
            int fullIterations, double seconds, String warning) {

        double bestFixed() {
            return fixedWorst.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }
    }

    static final List<Integer> FIXED = List.of(2, 4, 6, 8, 12, 16);
    static final double MIN_FRACTION = 0.05;

    private RobustnessMatrix() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "quick";
        variant = args.length > 1 ? args[1] : "default";
        List<Scene> scenes = scenes(mode.equals("full"));
        PrintStream out = System.out;
        List<Row> rows = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Scene s : scenes) {
            Row r = run(s, defaults(s));
            rows.add(r);
            System.err.printf(Locale.ROOT, "[%5.0f s] %-10s %-28s b=%2d worst %.2f° (best fixed %.2f°) mse %.4f %s%n",
                    (System.nanoTime() - t0) * 1e-9, s.setting(), s.name(), r.chosen(), r.worst(), r.bestFixed(),
                    r.mapMse(), r.warning() == null ? "" : "WARN");
        }
        String md = markdown(rows, mode + ", " + variant, (System.nanoTime() - t0) * 1e-9);
        out.print(md);
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), md, StandardCharsets.UTF_8);
        }
    }

    /** Which settings are under test: "default" (the project defaults), "pure" (+ pure pixels), "bN" (fixed b). */
    static String variant = "default";

    static PsnmfOptions defaults(Scene s) {
        PsnmfOptions d = PsnmfOptions.defaults(3, PsnmfOptions.DEFAULT_BIN);
        return switch (variant) {
            case "default" -> d;
            case "pure" -> d.toBuilder().purePixels(true).build();
            case "auto" -> d.toBuilder().bin(PsnmfOptions.AUTO).build();
            default -> d.toBuilder().bin(Integer.parseInt(variant.substring(1))).build();
        };
    }

    static Row run(Scene s, PsnmfOptions template) {
        Truth t = s.make().get();
        int k = t.spectra().length;
        SparseSpectrumImage img = t.counts();
        double[] fr = AbundanceMaps.volumeFractions(t.maps());
        NmfOptions nmf = template.binned().toBuilder().build();
        NmfOptions nmfK = NmfOptions.builder(k).sumToOne(nmf.sumToOne()).init(nmf.init())
                .maxIterations(nmf.maxIterations()).tolerance(nmf.tolerance()).seed(nmf.seed()).build();
        Map<Integer, Double> fixed = new LinkedHashMap<>();
        for (int b : BinChoice.candidates(FIXED, img.width(), img.height(), k)) {
            if ((b == 2 || b == 6) && img.width() > 128) {
                continue; // the b = 2 binned fit of a 512 px scene alone would take minutes here
            }
            SparseSpectrumImage binned = Binning.spatial(img, b, EdgePolicy.DROP, null).image();
            NmfResult r = PoissonNmf.fit(binned, nmfK, null);
            fixed.put(b, worstAngle(r.spectra(), t, fr));
        }
        long t0 = System.nanoTime();
        PsnmfOptions o = template.toBuilder().binned(nmfK).build();
        PsnmfResult p = Psnmf.run(img, o, null);
        double secs = (System.nanoTime() - t0) * 1e-9;
        int[] m = ComponentMatching.byAngle(p.spectra(), t.spectra());
        double mse = 0;
        for (int j = 0; j < k; j++) {
            mse += MapError.mse(p.maps()[m[j]], t.maps()[j]) / k;
        }
        return new Row(s, img.width(), k, fr, fixed, p.bin(), worstAngle(p.spectra(), t, fr), mse,
                p.binned().converged(), p.full().converged(), p.binned().iterations(), p.full().iterations(), secs,
                p.decision() == null ? null : p.decision().warning());
    }

    /** @return the largest spectral angle over the phases with at least 5 % volume fraction, degrees */
    static double worstAngle(double[][] found, Truth t, double[] fractions) {
        int[] m = ComponentMatching.byAngle(found, t.spectra());
        double w = 0;
        for (int j = 0; j < m.length; j++) {
            if (fractions[j] >= MIN_FRACTION) {
                w = Math.max(w, SpectralAngle.degrees(t.spectra()[j], found[m[j]]));
            }
        }
        return w;
    }

    // ---------------------------------------------------------------------------------------------------- scenes

    static final Phase OLIVINE = phase("olivine", "Mg", 25.7, "Fe", 2.9, "Si", 14.3, "O", 57.1);
    static final Phase GARNET = phase("garnet", "Mg", 7.5, "Fe", 5.0, "Ca", 2.5, "Al", 10.0, "Si", 15.0, "O", 60.0);
    static final Phase PHOSPHATE = phase("phosphate", "La", 8, "Ce", 8, "Nd", 2, "P", 16, "O", 66);
    static final Phase ZIRCONIA = phase("zirconia", "Zr", 30.4, "Y", 2.5, "O", 67.1);
    static final Phase STEEL = phase("steel", "Fe", 70, "Cr", 19, "Ni", 10, "Mn", 1);

    static List<Scene> scenes(boolean full) {
        List<Phase> mantle = MantlePreset.phases();
        List<Scene> s = new ArrayList<>();
        s.add(espm("rock_si_120", 120));
        s.add(espm("rock_si_25", 25));
        long[] seeds = full ? new long[] {1, 2} : new long[] {1};
        for (long seed : seeds) {
            // the base scene: mantle phases, Fp grains r 10 (20 %), CaPv grains r 4 (10 %), 100 counts/px, 128 px
            double[][] base = {{10, 0.20}, {4, 0.10}};
            for (double r : full ? new double[] {2, 3, 6, 15} : new double[] {2}) {
                s.add(synth("radius", "CaPv r=" + r, 128, mantle, new double[][] {{10, 0.2}, {r, 0.10}}, 100, seed));
            }
            for (double f : full ? new double[] {0.02, 0.05, 0.25, 0.5} : new double[] {0.05}) {
                s.add(synth("fraction", "CaPv " + (int) (100 * f) + "%", 128, mantle,
                        new double[][] {{10, 0.2}, {4, f}}, 100, seed));
            }
            for (double c : full ? new double[] {10, 20, 50, 300} : new double[] {20}) {
                s.add(synth("counts", (int) c + " counts/px", 128, mantle, base, c, seed));
            }
            s.add(synth("k", "k=2 olivine+garnet", 128, List.of(OLIVINE, GARNET), new double[][] {{5, 0.15}}, 100,
                    seed));
            if (full) {
                s.add(synth("k", "k=4 rock+zirconia", 128, List.of(OLIVINE, GARNET, PHOSPHATE, ZIRCONIA),
                        new double[][] {{9, 0.15}, {3, 0.05}, {5, 0.08}}, 100, seed));
                s.add(synth("k", "k=5 rock+zirconia+steel", 128, List.of(OLIVINE, GARNET, PHOSPHATE, ZIRCONIA,
                        STEEL), new double[][] {{9, 0.15}, {3, 0.05}, {5, 0.08}, {6, 0.08}}, 100, seed));
                // grains of two phases stacked in the same columns: dense, thin, overlapping along the beam
                s.add(synth("overlap", "stacked Fp+CaPv 35%+35%", 128, mantle, new double[][] {{6, 0.35}, {5, 0.35}},
                        100, seed));
            }
        }
        s.add(synth("size", "96 px", 96, mantle, new double[][] {{10, 0.2}, {4, 0.1}}, 100, 3));
        if (full) {
            s.add(synth("size", "256 px", 256, mantle, new double[][] {{10, 0.2}, {4, 0.1}}, 100, 3));
            s.add(synth("size", "512 px, 20 counts/px", 512, mantle, new double[][] {{12, 0.2}, {3, 0.1}}, 20, 3));
        }
        return s;
    }

    static Scene espm(String name, double counts) {
        return new Scene("espm", name, counts, () -> {
            try {
                EspmRock r = EspmRock.find(name).orElseThrow(() -> new IllegalStateException(
                        "shared/data/independent/" + name + " not found"));
                return new Truth(r.counts(), r.spectra(), r.maps());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * @param grains per phase after the matrix: {mean radius px, target volume fraction}; the grain count is set
     *               from the fraction (a grain of radius r fills about 0.55 π r² pixels on average)
     */
    static Scene synth(String setting, String name, int size, List<Phase> phases, double[][] grains, double counts,
            long seed) {
        return new Scene(setting, name + " (" + size + " px, " + (int) counts + "/px, s" + seed + ")", counts, () -> {
            List<GrainSpec> specs = new ArrayList<>();
            for (double[] g : grains) {
                int n = (int) Math.max(1, Math.round(g[1] * size * size / (Math.PI * g[0] * g[0] * 0.55)));
                specs.add(new GrainSpec(n, g[0]));
            }
            SyntheticOptions o = SyntheticOptions.mantle(size).withPhases(phases, specs).withCountsPerPixel(counts)
                    .withSeed(seed).withMapSeed(1000 + 31 * seed + size);
            SyntheticDataset d = Synthesizer.generate(o, null);
            return new Truth(d.counts(), d.spectra(), d.maps());
        });
    }

    private static Phase phase(String name, Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return new Phase(name, m);
    }

    // --------------------------------------------------------------------------------------------------- report

    static String markdown(List<Row> rows, String mode, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Matrix '%s': %d scenes, %.0f s.%n%n", mode, rows.size(), seconds));
        sb.append("| setting | scene | k | fractions % | worst angle per fixed b (°) | best fixed | default b | "
                + "default worst (°) | Δ best | map MSE | binned it (conv) | full it (conv) | s |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            StringBuilder fx = new StringBuilder();
            r.fixedWorst().forEach((b, v) -> fx.append(fx.length() > 0 ? ", " : "").append(b).append(": ")
                    .append(String.format(Locale.ROOT, "%.2f", v)));
            StringBuilder fr = new StringBuilder();
            for (double f : r.fractions()) {
                fr.append(fr.length() > 0 ? "/" : "").append(String.format(Locale.ROOT, "%.0f", 100 * f));
            }
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %.2f | %d%s | %.2f | %+.2f | %.4f | %d (%s) "
                    + "| %d (%s) | %.1f |%n", r.scene().setting(), r.scene().name(), r.k(), fr, fx, r.bestFixed(),
                    r.chosen(), r.warning() == null ? "" : " ⚠", r.worst(), r.worst() - r.bestFixed(), r.mapMse(),
                    r.binnedIterations(), r.binnedConverged() ? "yes" : "no", r.fullIterations(),
                    r.fullConverged() ? "yes" : "no", r.seconds()));
        }
        sb.append("\nPer setting (over its scenes; angles: worst phase with ≥ 5 % volume fraction):\n\n");
        sb.append("| setting | scenes | worst angle (°) | median angle (°) | worst Δ to best fixed b (°) | "
                + "worst map MSE | median map MSE |\n|---|---|---|---|---|---|---|\n");
        Map<String, List<Row>> by = new LinkedHashMap<>();
        for (Row r : rows) {
            by.computeIfAbsent(r.scene().setting(), x -> new ArrayList<>()).add(r);
        }
        by.put("all", rows);
        for (Map.Entry<String, List<Row>> e : by.entrySet()) {
            double[] a = e.getValue().stream().mapToDouble(Row::worst).toArray();
            double[] d = e.getValue().stream().mapToDouble(r -> r.worst() - r.bestFixed()).toArray();
            double[] m = e.getValue().stream().mapToDouble(Row::mapMse).toArray();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %+.2f | %.4f | %.4f |%n", e.getKey(),
                    a.length, max(a), median(a), max(d), max(m), median(m)));
        }
        int fail = 0;
        StringBuilder why = new StringBuilder();
        for (Row r : rows) {
            double c = r.scene().countsPerPixel();
            double limit = c >= 100 ? 2 : c >= 20 ? 5 : Double.POSITIVE_INFINITY;
            boolean ok = r.worst() <= limit && r.worst() <= r.bestFixed() + 0.5;
            if (!ok) {
                fail++;
                why.append(String.format(Locale.ROOT, "- %s: worst %.2f° (limit %s, best fixed b %.2f°)%n",
                        r.scene().name(), r.worst(), Double.isInfinite(limit) ? "none" : limit + "°", r.bestFixed()));
            }
        }
        sb.append(String.format(Locale.ROOT, "%nAcceptance (≤ 2° at ≥ 100 counts/px, ≤ 5° at ≥ 20, ≤ best fixed b + "
                + "0.5°): %d of %d scenes pass.%n%s", rows.size() - fail, rows.size(), why));
        return sb.toString();
    }

    private static double max(double[] a) {
        return Arrays.stream(a).max().orElse(Double.NaN);
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1]
                + s[s.length / 2]);
    }
}
