package org.psnmf.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.AtomicFolder;
import org.psnmf.engine.metrics.ComponentMatching;
import org.psnmf.engine.metrics.MapError;
import org.psnmf.engine.metrics.Psnr;
import org.psnmf.engine.metrics.SpectralAngle;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.nmf.NmfResult;
import org.psnmf.engine.nmf.PoissonNmf;
import org.psnmf.engine.psnmf.Psnmf;
import org.psnmf.engine.psnmf.PsnmfOptions;
import org.psnmf.engine.psnmf.PsnmfResult;
import org.psnmf.engine.pca.PcaResult;
import org.psnmf.engine.pca.PoissonPca;
import org.psnmf.engine.quant.ComponentSpectra;
import org.psnmf.engine.quant.Composition;
import org.psnmf.engine.quant.QuantCsv;
import org.psnmf.engine.quant.QuantSettings;
import org.psnmf.engine.quant.Quantifier;
import org.psnmf.engine.synth.MantlePreset;
import org.psnmf.engine.synth.Synthesizer;
import org.psnmf.engine.synth.SyntheticDataset;
import org.psnmf.engine.synth.SyntheticOptions;
import org.psnmf.engine.xray.XrayDatabase;

/**
 * {@code psnmf demo}: the main job on the built-in synthetic sample. Generates the paper's mantle sample, runs PSNMF,
 * plain NMF and Poisson PCA, scores them against the ground truth and writes a one-page HTML report with figures
 * (the paper's Figure 2, rebuilt) plus the files of {@code psnmf run}.
 */
final class DemoCommand implements Command {

    static final CommandSpec SPEC = new CommandSpec("demo",
            "run PSNMF, plain NMF and PCA on the synthetic mantle sample and write demo/report.html")
            .description("""
                    Generates the built-in 'mantle' sample (180 x 180 px, phases Brg, Fp, CaPv of the PSNMF paper),
                    runs PSNMF, plain Poisson NMF and Poisson-scaled PCA (3 components each), scores them against the
                    ground truth and writes DIR/report.html with PNG figures, plus spectra.csv, maps.csv, quant.csv
                    and summary.json of the PSNMF run. DIR is the demo's own output folder: its files are replaced.
                    """)
            .option(Option.path("out", "DIR", "output folder").withDefault("demo"),
                    Option.number("counts", "C", "mean X-ray counts per pixel (the paper's medium SNR; "
                            + Option.shortDecimal(MantlePreset.LOW_COUNTS) + " = low SNR)")
                            .withDefault(MantlePreset.MEDIUM_COUNTS),
                    RunCommand.BIN,
                    Option.integer("size", "N", "image size N x N (the paper's; smaller runs faster)")
                            .withDefault(MantlePreset.SIZE),
                    Option.longValue("seed", "S", "seed of the Poisson noise and of the NMF").withDefault(1),
                    NmfArgs.THREADS);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path dir = args.path("out");
        double counts = args.number("counts");
        int bin = RunCommand.parseBin(args.string("bin"));
        int size = args.integer("size");
        long seed = args.longValue("seed");
        int threads = args.integer("threads");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Output '" + dir + "' is a file; give a folder for the demo report.");
        }
        OutputChecks.folder(dir, List.of(), true); // the demo's own folder: its files are replaced
        int k = 3;
        long start = System.nanoTime();
        // every option checked before the work starts
        SyntheticOptions sample = SyntheticOptions.mantle(size).withCountsPerPixel(counts).withSeed(seed);
        NmfOptions nmfOptions = NmfOptions.builder(k).seed(seed).threads(threads).build();
        PsnmfOptions psnmfOptions = PsnmfOptions.builder(k, bin).binned(nmfOptions).build();
        if (bin > size) {
            throw new IllegalArgumentException("Bin factor " + bin + " is larger than the " + size + " x " + size
                    + " image (--bin, --size).");
        }

        err.println("[1/5] Generating the synthetic mantle sample (" + counts + " counts/pixel, seed " + seed + ")");
        SyntheticDataset truth = Synthesizer.generate(sample, new ConsoleProgress(err, false));
        SparseSpectrumImage data = truth.counts();

        err.println("[2/5] PSNMF (b = " + (bin == PsnmfOptions.AUTO ? "auto" : bin) + ", k = " + k + ")");
        PsnmfResult ps = Psnmf.run(data, psnmfOptions, new ConsoleProgress(err, false));
        if (ps.decision() != null) {
            err.print(RunCommand.decisionText(ps.decision()));
            if (ps.decision().warning() != null) {
                err.println("warning: " + ps.decision().warning());
            }
        }

        err.println("[3/5] Plain Poisson NMF on the original image (the paper's baseline)");
        NmfResult nmf = PoissonNmf.fit(data, nmfOptions, new ConsoleProgress(err, false));

        err.println("[4/5] Poisson-scaled PCA, " + k + " components");
        PcaResult pca = PoissonPca.fit(data, k, new ConsoleProgress(err, false));

        err.println("[5/5] Scoring against the ground truth and writing the report");
        DemoScores scores = DemoScores.of(truth, ps, nmf, pca);
        List<Composition> compositions = quantify(truth, ps, scores);
        // the report and its files in a temporary folder beside DIR, published together at the end
        try (AtomicFolder result = AtomicFolder.open(dir, List.of(), true)) {
            Path tmp = result.tempFolder();
            QuantCsv.write(tmp.resolve("quant.csv"), compositions, false);
            // the PSNMF result in the format of `psnmf run`
            RunCommand.writeSpectra(tmp.resolve("spectra.csv"), data.energyAxis(), ps.spectra(), false);
            RunCommand.writeMaps(tmp.resolve("maps.csv"), data.width(), data.height(), ps.maps(), false);
            RunCommand.writeText(tmp.resolve("summary.json"), RunCommand.summaryJson("psnmf", k, ps.bin(),
                    nmfOptions, "synthetic mantle (" + counts + " counts/pixel)", data,
                    RunCommand.psnmfStagesJson(ps)), false);
            DemoReport.write(tmp, truth, ps, nmf, pca, scores, compositions, seed);
            result.commit();
        }
        double seconds = (System.nanoTime() - start) * 1e-9;

        out.print(scores.table(truth.phaseNames()));
        out.print(compositionTable(truth, compositions));
        out.printf(Locale.ROOT, "PSNMF stages: binned NMF %.1f s, full-resolution %.1f s; total demo %.1f s%n",
                ps.binnedSeconds(), ps.fullSeconds(), seconds);
        out.println("Report: " + dir.resolve(DemoReport.HTML).toAbsolutePath());
        return 0;
    }

    /** Elements quantified in the demo: those of the paper's Table 1. */
    static final List<String> ELEMENTS = List.of("Mg", "Si", "Al", "Ca", "Fe", "Nd", "Sm", "U", "O", "Cu");

    /** Cliff-Lorimer quantification of the PSNMF spectra, in truth phase order, named after the matched phase. */
    static List<Composition> quantify(SyntheticDataset truth, PsnmfResult ps, DemoScores scores) {
        Quantifier q = new Quantifier(QuantSettings.of(ELEMENTS).withBeamEnergyKv(truth.options().beamEnergyKv()),
                truth.counts().energyAxis());
        List<String> names = new ArrayList<>();
        double[][] spectra = new double[truth.components()][];
        double[][] maps = new double[truth.components()][];
        for (int i = 0; i < spectra.length; i++) {
            names.add("PSNMF " + truth.phaseNames().get(i));
            spectra[i] = ps.spectra()[scores.psnmfMatch()[i]];
            maps[i] = ps.maps()[scores.psnmfMatch()[i]];
        }
        return q.quantifyAll(names, ComponentSpectra.scaledToCounts(spectra, maps));
    }

    /** Element rows; per phase the truth and the PSNMF atomic %. */
    static String compositionTable(SyntheticDataset truth, List<Composition> found) {
        StringBuilder sb = new StringBuilder("Composition (at%): truth / PSNMF\n");
        sb.append(String.format(Locale.ROOT, "%-4s", "el"));
        for (String p : truth.phaseNames()) {
            sb.append(String.format(Locale.ROOT, " %19s", p));
        }
        sb.append('\n');
        for (String el : ELEMENTS) {
            sb.append(String.format(Locale.ROOT, "%-4s", el));
            for (int i = 0; i < found.size(); i++) {
                double t = truth.phases().get(i).atomicPercent().getOrDefault(el, 0.0);
                sb.append(String.format(Locale.ROOT, " %8.2f / %8.2f", t, found.get(i).atomicPercent(el)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The numbers of the report: per phase, angles and map errors; and the Nd map fidelity. */
    record DemoScores(double[] psnmfAngles, double[] nmfAngles, double[] psnmfMse, double[] nmfMse,
            int[] psnmfMatch, int[] nmfMatch, double[][] ndMaps, double ndRawPsnr, double ndPcaPsnr,
            double ndPsnmfPsnr, double ndFromKeV, double ndToKeV) {

        static DemoScores of(SyntheticDataset truth, PsnmfResult ps, NmfResult nmf, PcaResult pca) {
            double[][] ref = truth.spectra();
            int[] pm = ComponentMatching.byAngle(ps.spectra(), ref);
            int[] nm = ComponentMatching.byAngle(nmf.spectra(), ref);
            int k = ref.length;
            double[] pa = new double[k];
            double[] na = new double[k];
            double[] pmse = new double[k];
            double[] nmse = new double[k];
            for (int i = 0; i < k; i++) {
                pa[i] = SpectralAngle.degrees(ps.spectra()[pm[i]], ref[i]);
                na[i] = SpectralAngle.degrees(nmf.spectra()[nm[i]], ref[i]);
                pmse[i] = MapError.mse(ps.maps()[pm[i]], truth.maps()[i]);
                nmse[i] = MapError.mse(nmf.maps()[nm[i]], truth.maps()[i]);
            }
            // Nd L-alpha window: +-1 FWHM around the line (98 % of a Gaussian's area)
            SparseSpectrumImage data = truth.counts();
            EnergyAxis axis = data.energyAxis();
            double e = XrayDatabase.get().familyEnergy("Nd", "La");
            double fwhm = truth.options().detector().fwhmKeV(e);
            int from = Math.max(0, axis.channelOf(e - fwhm));
            int to = Math.min(axis.channels(), axis.channelOf(e + fwhm) + 1);
            FactoredSpectrumImage psImage = ps.toImage(data.width(), data.height(), axis, data.info());
            double[] truthMap = truth.expected().channelWindowMap(from, to);
            double[] raw = data.channelWindowMap(from, to);
            double[] pcaMap = pca.model().channelWindowMap(from, to);
            double[] psMap = psImage.channelWindowMap(from, to);
            return new DemoScores(pa, na, pmse, nmse, pm, nm, new double[][] {truthMap, raw, pcaMap, psMap},
                    Psnr.db(raw, truthMap), Psnr.db(pcaMap, truthMap), Psnr.db(psMap, truthMap),
                    axis.energyAt(from), axis.energyAt(to - 1));
        }

        String table(List<String> phases) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-8s %14s %14s %12s %12s%n", "phase", "PSNMF angle", "NMF angle",
                    "PSNMF MSE", "NMF MSE"));
            for (int i = 0; i < phases.size(); i++) {
                sb.append(String.format(Locale.ROOT, "%-8s %13.2f° %13.2f° %12.5f %12.5f%n", phases.get(i),
                        psnmfAngles[i], nmfAngles[i], psnmfMse[i], nmfMse[i]));
            }
            sb.append(String.format(Locale.ROOT, "Nd map PSNR vs truth: raw %.1f dB, PCA %.1f dB, PSNMF %.1f dB%n",
                    ndRawPsnr, ndPcaPsnr, ndPsnmfPsnr));
            return sb.toString();
        }

        List<String> rows(List<String> phases) {
            List<String> r = new ArrayList<>();
            for (int i = 0; i < phases.size(); i++) {
                r.add(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.2f°</td><td>%.2f°</td><td>%.5f</td><td>%.5f</td></tr>",
                        phases.get(i), psnmfAngles[i], nmfAngles[i], psnmfMse[i], nmfMse[i]));
            }
            return r;
        }
    }
}
