package org.psnmf.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.AtomicFolder;
import org.psnmf.engine.io.AtomicOutput;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.io.ripple.RippleWriter;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.nmf.NmfResult;
import org.psnmf.engine.nmf.PoissonNmf;
import org.psnmf.engine.psnmf.BinDecision;
import org.psnmf.engine.psnmf.Psnmf;
import org.psnmf.engine.psnmf.PsnmfOptions;
import org.psnmf.engine.psnmf.PsnmfResult;
import org.psnmf.engine.pca.PcaResult;
import org.psnmf.engine.pca.PoissonPca;
import org.psnmf.engine.quant.ComponentSpectra;
import org.psnmf.engine.quant.IntensityMethod;
import org.psnmf.engine.quant.LinePlan;
import org.psnmf.engine.quant.QuantCsv;
import org.psnmf.engine.quant.QuantSettings;
import org.psnmf.engine.quant.Quantifier;

/** {@code psnmf run}: PSNMF, plain Poisson NMF or Poisson PCA on a spectrum-image file; writes CSV/JSON (+ RIPPLE). */
final class RunCommand implements Command {

    /** Bin options shared with the demo: b (a number or auto), coarse-to-fine seeding, pure-pixel refinement. */
    static final Option BIN = Option.string("bin", "B", "PSNMF bin factor b, or auto: chosen from the data by the "
            + "held-out likelihood of a Poisson split (docs/nmf-evaluation.md)").withDefault("auto");
    static final Option MULTISCALE = Option.flag("multiscale", "with a fixed --bin, reach it coarse to fine from b = "
            + PsnmfOptions.DEFAULT_LADDER.get(0) + " (auto always does)");
    static final Option PURE_PIXELS = Option.flag("pure-pixels", "pure-pixel refinement of the spectra (remedy "
            + "for NMF's rotational ambiguity)");

    static final Option ELEMENTS = Option.list("elements", "LIST", "quantify each component (Cliff-Lorimer) into "
            + "DIR/quant.csv, e.g. Mg,Si,Fe,O");
    static final Option EXCLUDE = Option.list("exclude", "LIST", "elements fitted but left out of the composition "
            + "(e.g. a Cu grid)");
    static final Option BEAM_ENERGY = Option.number("beam-energy", "KV", "beam energy for the k-factors")
            .withDefault(QuantSettings.DEFAULT_BEAM_ENERGY_KV);
    static final Option QUANT_METHOD = Option.choice("quant-method", "M", "line intensities for --elements by model "
            + "fit or window integration", "fit", "window");

    static final CommandSpec SPEC = new CommandSpec("run",
            "decompose a spectrum image (PSNMF, Poisson NMF or Poisson PCA)")
            .option(Option.path("input", "FILE", "spectrum image (any supported format, raw counts)").required(),
                    Option.integer("components", "K", "number of components (phases)").required(),
                    Option.path("out", "DIR", "output folder").required(),
                    Option.choice("method", "M", "psnmf, nmf (plain Poisson NMF on the original data) or pca",
                            "psnmf", "nmf", "pca"),
                    BIN, MULTISCALE, PURE_PIXELS)
            .options(NmfArgs.OPTIONS)
            .option(Option.flag("reconstruct", "also write DIR/reconstructed.rpl/.raw (float32 model W·H)"),
                    ELEMENTS, EXCLUDE, BEAM_ENERGY, QUANT_METHOD, Option.FORCE, Option.QUIET)
            .footer("""
                    Writes DIR/spectra.csv (energy_keV,c1..cK), DIR/maps.csv (x,y,c1..cK on the original grid) and
                    DIR/summary.json. Spectra are scaled so that W·H reproduces the counts. PSNMF's full-resolution
                    stage runs at most %d iterations with tolerance %s unless --max-iter or --tol is given.
                    """.formatted(PsnmfOptions.DEFAULT_FULL_MAX_ITERATIONS,
                    Option.shortDecimal(PsnmfOptions.DEFAULT_FULL_TOLERANCE)));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path input = args.path("input");
        Path dir = args.path("out");
        int k = args.integer("components");
        String method = args.string("method");
        int bin = parseBin(args.string("bin"));
        boolean force = args.flag("force");
        boolean reconstruct = args.flag("reconstruct");
        boolean quiet = args.flag("quiet");
        QuantSettings quant = quantSettings(args);
        if (quant != null && method.equals("pca")) {
            throw new UsageException("--elements quantifies NMF/PSNMF component spectra; PCA loadings are not spectra "
                    + "(they can be negative). Use --method psnmf or nmf.");
        }
        NmfOptions nmf = NmfArgs.read(args, k);
        PsnmfOptions ps = PsnmfOptions.builder(k, bin).binned(nmf).multiscale(args.flag("multiscale"))
                .purePixels(args.flag("pure-pixels"))
                .fullMaxIterations(args.has("max-iter") ? nmf.maxIterations() : PsnmfOptions.DEFAULT_FULL_MAX_ITERATIONS)
                .fullTolerance(args.has("tol") ? nmf.tolerance() : PsnmfOptions.DEFAULT_FULL_TOLERANCE).build();
        List<String> files = new java.util.ArrayList<>(List.of("spectra.csv", "maps.csv", "summary.json"));
        if (reconstruct) {
            files.addAll(List.of("reconstructed.rpl", "reconstructed.raw"));
        }
        if (quant != null) {
            files.add("quant.csv");
        }
        OutputChecks.folder(dir, files, force);

        ConsoleProgress progress = new ConsoleProgress(err, quiet);
        SparseSpectrumImage img = counts(Readers.read(input, progress), input);
        if (quant != null) {
            LinePlan.resolve(quant, img.energyAxis()); // lines outside this file's energy axis fail before the work
        }
        if (!quiet) {
            err.println("psnmf run: " + input.getFileName() + " " + img.width() + " x " + img.height() + " x "
                    + img.channels() + ", " + img.nnz() + " non-zeros, method " + method);
        }
        double[][] spectra;
        double[][] maps;
        StringBuilder stages = new StringBuilder();
        int usedBin = 1;
        switch (method) {
            case "psnmf" -> {
                PsnmfResult r = Psnmf.run(img, ps, progress);
                if (r.decision() != null && !quiet) {
                    err.print(decisionText(r.decision()));
                }
                if (r.decision() != null && r.decision().warning() != null) {
                    err.println("warning: " + r.decision().warning());
                }
                spectra = r.spectra();
                maps = r.maps();
                usedBin = r.bin();
                stages.append(psnmfStagesJson(r));
            }
            case "nmf" -> {
                NmfResult r = PoissonNmf.fit(img, nmf, progress);
                spectra = r.spectra();
                maps = r.maps();
                stages.append("{\"stage\": \"nmf\", ").append(stageJson(r)).append('}');
            }
            default -> {
                long t0 = System.nanoTime();
                PcaResult r = PoissonPca.fit(img, k, progress);
                spectra = new double[k][];
                maps = new double[k][];
                for (int j = 0; j < k; j++) {
                    spectra[j] = r.model().spectrum(j);
                    maps[j] = r.model().map(j);
                }
                stages.append("{\"stage\": \"pca\", \"seconds\": ").append(num((System.nanoTime() - t0) * 1e-9))
                        .append(", \"explained_variance\": [");
                for (int j = 0; j < Math.min(20, r.explainedVariance().length); j++) {
                    stages.append(j > 0 ? ", " : "").append(num(r.explainedVariance()[j]));
                }
                stages.append("]}");
            }
        }
        // the whole result in a temporary folder beside DIR, published at the end: a failure or an interrupt leaves
        // no partial result
        try (AtomicFolder result = AtomicFolder.open(dir, files, force)) {
            writeSpectra(result.resolve("spectra.csv"), img.energyAxis(), spectra, false);
            writeMaps(result.resolve("maps.csv"), img.width(), img.height(), maps, false);
            writeText(result.resolve("summary.json"), summaryJson(method, k, usedBin, nmf, input.toString(), img,
                    stages.toString()), false);
            if (quant != null) {
                writeQuant(result.resolve("quant.csv"), quant, img.energyAxis(), spectra, maps, false);
            }
            if (reconstruct) {
                FactoredSpectrumImage model = new FactoredSpectrumImage(img.width(), img.height(), img.energyAxis(),
                        img.info(), spectra, maps);
                RippleWriter.write(model, result.resolve("reconstructed.rpl"), false, progress);
            }
            result.commit();
        }
        out.println("Wrote " + String.join(", ", files) + " to " + dir);
        return 0;
    }

    /** @return b from "auto" or a positive integer */
    static int parseBin(String s) {
        if (s.equalsIgnoreCase("auto")) {
            return PsnmfOptions.AUTO;
        }
        try {
            int b = Integer.parseInt(s.trim());
            if (b >= 1) {
                return b;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new UsageException("--bin must be auto or an integer >= 1, got '" + s + "'.");
    }

    /** @return the bin decision as lines for the console: chosen b and each candidate's evidence */
    static String decisionText(BinDecision d) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "b = auto: chose b = %d (held-out deviance per "
                + "pixel of a Poisson split; coarsest b within one standard error of the best or with its spectra within 1°)"
                + "%n", d.bin()));
        sb.append("     b   binned   counts/bin   held-out dev   excess (SE)   angle to best  to coarser\n");
        for (BinDecision.Candidate c : d.candidates()) {
            sb.append(String.format(Locale.ROOT, "  %s%3d  %3dx%-3d  %10.0f  %13.4f  %7.4f (%5.1f)  %12.2f°  %s%n",
                    c.bin() == d.bin() ? "*" : " ", c.bin(), c.binnedWidth(), c.binnedHeight(), c.countsPerBin(),
                    c.heldOutDeviance(), c.excessDeviance(), c.excessZ(), c.angleToBestDeg(), Double.isNaN(c.maxAngleToCoarser()) ? "-"
                            : String.format(Locale.ROOT, "%.2f°", c.maxAngleToCoarser())));
        }
        return sb.toString();
    }

    /** @return the bin decision as a JSON object */
    static String decisionJson(BinDecision d) {
        StringBuilder sb = new StringBuilder("{\"chosen\": " + d.bin() + ", \"rule\": \"coarsest b within one "
                + "standard error of the lowest held-out deviance, or with spectra within 1 degree of its\", \"warning\": "
                + (d.warning() == null ? "null" : JsonOut.write(d.warning())) + ", \"candidates\": [");
        for (int i = 0; i < d.candidates().size(); i++) {
            BinDecision.Candidate c = d.candidates().get(i);
            sb.append(i > 0 ? ", " : "").append("{\"bin\": ").append(c.bin()).append(", \"held_out_deviance\": ")
                    .append(num(c.heldOutDeviance())).append(", \"excess\": ").append(num(c.excessDeviance()))
                    .append(", \"excess_se\": ").append(num(c.excessZ())).append(", \"max_angle_to_coarser_deg\": ")
                    .append(num(c.maxAngleToCoarser())).append(", \"angle_to_best_deg\": ")
                    .append(num(c.angleToBestDeg())).append(", \"converged\": ").append(c.converged())
                    .append('}');
        }
        return sb.append("]}").toString();
    }

    /** @throws IllegalArgumentException if the data are not raw counts */
    static SparseSpectrumImage counts(SpectrumImage img, Path input) {
        if (img instanceof SparseSpectrumImage s) {
            return s;
        }
        throw new IllegalArgumentException("'" + input.getFileName() + "' holds non-integer (model) values; Poisson "
                + "NMF needs raw counts.");
    }

    /** @return settings for --elements/--exclude/--beam-energy/--quant-method, or null without --elements */
    static QuantSettings quantSettings(Args args) {
        List<String> elements = args.list("elements");
        List<String> excluded = args.list("exclude");
        double beam = args.number("beam-energy");
        String qm = args.string("quant-method");
        ElementArgs.check("elements", elements);
        ElementArgs.check("exclude", excluded);
        if (elements.isEmpty()) {
            if (!excluded.isEmpty() || args.has("beam-energy") || args.has("quant-method")) {
                throw new UsageException("--exclude, --beam-energy and --quant-method need --elements.");
            }
            return null;
        }
        return QuantSettings.of(elements).withExcluded(new java.util.LinkedHashSet<>(excluded))
                .withBeamEnergyKv(beam).withMethod(IntensityMethod.parse(qm));
    }

    /**
     * Quantifies each component spectrum (Cliff-Lorimer) and writes DIR/quant.csv. Each spectrum is first scaled to
     * the counts its component represents (spectrum x summed abundance), so counting-statistics uncertainties hold;
     * the composition itself does not depend on that scale.
     */
    static void writeQuant(Path file, QuantSettings settings, EnergyAxis axis, double[][] spectra, double[][] maps,
            boolean force) throws IOException {
        Quantifier q = new Quantifier(settings, axis);
        List<String> names = new java.util.ArrayList<>();
        for (int j = 0; j < spectra.length; j++) {
            names.add("c" + (j + 1));
        }
        double[][] scaled = ComponentSpectra.scaledToCounts(spectra, maps);
        QuantCsv.write(file, q.quantifyAll(names, scaled), force);
    }

    /** The summary.json of a run (also written by the demo). */
    static String summaryJson(String method, int k, int bin, NmfOptions nmf, String inputName, SparseSpectrumImage img,
            String stages) {
        return "{\n  \"method\": \"" + method + "\",\n  \"components\": " + k + ",\n  \"bin\": " + bin
                + ",\n  \"sum_to_one\": " + nmf.sumToOne() + ",\n  \"init\": \""
                + nmf.init().name().toLowerCase(Locale.ROOT) + "\",\n  \"seed\": " + nmf.seed()
                + ",\n  \"input\": {\"file\": " + JsonOut.write(inputName) + ", \"width\": " + img.width()
                + ", \"height\": " + img.height() + ", \"channels\": " + img.channels() + ", \"nnz\": " + img.nnz()
                + ", \"total_counts\": " + img.totalCountsExact() + "},\n  \"stages\": [\n    " + stages
                + "\n  ]\n}\n";
    }

    /** The two stage entries of summary.json for a PSNMF result. */
    static String psnmfStagesJson(PsnmfResult r) {
        return (r.decision() == null ? "" : "{\"stage\": \"choose_bin\", \"seconds\": " + num(r.chooseSeconds())
                + ", \"decision\": " + decisionJson(r.decision()) + "},\n    ") + "{\"stage\": \"binned\", " + stageJson(r.binned()) + ", \"binned_width\": " + r.binnedWidth()
                + ", \"binned_height\": " + r.binnedHeight() + ", \"bin_seconds\": " + num(r.binSeconds())
                + "},\n    {\"stage\": \"full\", " + stageJson(r.full()) + '}';
    }

    static String stageJson(NmfResult r) {
        return "\"iterations\": " + r.iterations() + ", \"objective\": " + num(r.objective()) + ", \"converged\": "
                + r.converged() + ", \"seconds\": " + num(r.seconds());
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "null";
    }


    static void writeSpectra(Path file, EnergyAxis axis, double[][] spectra, boolean force) throws IOException {
        try (AtomicOutput o = AtomicOutput.open(file, force);
                Writer w = new OutputStreamWriter(o.stream(), StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder("energy_keV");
            for (int j = 0; j < spectra.length; j++) {
                sb.append(",c").append(j + 1);
            }
            w.write(sb.append('\n').toString());
            for (int c = 0; c < axis.channels(); c++) {
                sb.setLength(0);
                sb.append(String.format(Locale.ROOT, "%.6f", axis.energyAt(c)));
                for (double[] s : spectra) {
                    sb.append(',').append(num(s[c]));
                }
                w.write(sb.append('\n').toString());
            }
            w.flush();
            o.commit();
        }
    }

    static void writeMaps(Path file, int width, int height, double[][] maps, boolean force) throws IOException {
        try (AtomicOutput o = AtomicOutput.open(file, force);
                Writer w = new OutputStreamWriter(o.stream(), StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder("x,y");
            for (int j = 0; j < maps.length; j++) {
                sb.append(",c").append(j + 1);
            }
            w.write(sb.append('\n').toString());
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    sb.setLength(0);
                    sb.append(x).append(',').append(y);
                    for (double[] m : maps) {
                        sb.append(',').append(num(m[y * width + x]));
                    }
                    w.write(sb.append('\n').toString());
                }
            }
            w.flush();
            o.commit();
        }
    }

    static void writeText(Path file, String text, boolean force) throws IOException {
        try (AtomicOutput o = AtomicOutput.open(file, force)) {
            o.stream().write(text.getBytes(StandardCharsets.UTF_8));
            o.commit();
        }
    }
}
