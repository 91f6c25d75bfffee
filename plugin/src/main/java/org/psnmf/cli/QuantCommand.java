package org.psnmf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.quant.Composition;
import org.psnmf.engine.quant.IntensityMethod;
import org.psnmf.engine.quant.KFactorTable;
import org.psnmf.engine.quant.QuantCsv;
import org.psnmf.engine.quant.QuantElement;
import org.psnmf.engine.quant.QuantSettings;
import org.psnmf.engine.quant.Quantifier;
import org.psnmf.engine.quant.SpectraCsv;

/**
 * {@code psnmf quant}: Cliff-Lorimer quantification of one spectrum file or of every column of a spectra table.
 */
final class QuantCommand implements Command {

    static final CommandSpec SPEC = new CommandSpec("quant",
            "quantify spectra (Cliff-Lorimer, model fit or windows) -> composition CSV")
            .description("""
                    Quantifies each spectrum with Cliff-Lorimer: line intensities by a non-negative least-squares fit of
                    every line family (Ka, Kb, La, Lb1, ..., Ma) plus a bremsstrahlung basis, with the detector width law
                    FWHM^2 = a + bE + cE^2 and an energy offset/gain refined from the starting resolution (default), or
                    by window integration (the HyperSpy-style baseline); k-factors from X-ray emission cross-sections
                    (relative to Si Ka, atomic fractions, detector efficiency included) or a user table. I is the count
                    of an element's whole family (Ka = KL1+KL2+KL3, La = L3M4+L3M5, Ma = M5N6+M5N7).
                    """)
            .option(Option.path("input", "FILE", "spectra.csv (energy_keV,c1,...,cK: every column is quantified) "
                            + "or any spectrum file the readers know (a single spectrum; a spectrum image is summed)")
                            .required(),
                    Option.list("elements", "LIST", "comma-separated element symbols to fit, e.g. "
                            + "Mg,Si,Al,Ca,Fe,Nd,Sm,U,O,Cu").required(),
                    Option.path("out", "FILE", "output CSV: component,element,atomic_percent,sigma_atomic_percent,"
                            + "weight_percent").required(),
                    RunCommand.EXCLUDE,
                    Option.FORCE,
                    Option.number("beam-energy", "KV", "beam energy, kV").withDefaultText("from the file, else "
                            + Option.shortDecimal(QuantSettings.DEFAULT_BEAM_ENERGY_KV)),
                    Option.number("resolution", "EV", "detector FWHM at Mn Ka, eV").withDefaultText("from the file, "
                            + "else " + Option.shortDecimal(QuantSettings.DEFAULT_RESOLUTION_MNKA_EV)),
                    Option.choice("method", "fit|window", "line intensities by model fit or window integration",
                            "fit", "window"),
                    Option.path("kfactors", "FILE", "CSV element,line,k (line Ka/La/Ma..., k relative to Si Ka for "
                            + "atomic fractions; header element,line,k_weight for weight-fraction k-factors as in "
                            + "HyperSpy); overrides the default k and line of each listed element"),
                    Option.path("families", "FILE", "also write the fitted line families: component,element,family,"
                            + "energy_keV,counts,sigma_counts,free,quantified (fit method)"),
                    Option.list("lines", "LIST", "line family per element, e.g. Nd=Ma,Cu=La").withDefaultText(
                            "first of Ka, La, Ma in range"),
                    Option.number("min-energy", "KEV", "ignore channels below this energy in the fit")
                            .withDefault(QuantSettings.DEFAULT_MIN_FIT_ENERGY_KEV),
                    Option.number("absorption", "X", "approximate thin-film absorption correction: exponent at 1 keV "
                            + "of A(E) = (1 - exp(-chi))/chi, chi = X (1 keV/E)^3 (0 = off; the same crude law as "
                            + "psnmf synth --absorption, no absorption edges)").withDefault(0),
                    Option.number("thickness", "NM", "specimen thickness, nm: iterative thin-film absorption "
                            + "correction with mass attenuation coefficients from xraylib (0 = off; not with "
                            + "--absorption): A = chi/(1 - exp(-chi)), chi = mu/rho * rho t / sin(take-off)")
                            .withDefault(0),
                    Option.number("density", "G_CM3", "specimen density for --thickness, g/cm^3 (give it for oxides "
                            + "and other compounds of gases)").withDefaultText("from the composition and the "
                            + "pure-element densities"),
                    Option.number("take-off-angle", "DEG", "detector take-off angle for --thickness, degrees")
                            .withDefault(QuantSettings.DEFAULT_TAKE_OFF_ANGLE_DEG));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path input = args.path("input");
        List<String> elements = args.list("elements");
        if (elements.isEmpty()) { // given but blank, e.g. --elements ,
            throw new UsageException("Missing required option --elements (e.g. --elements Mg,Si,O,Fe).");
        }
        List<String> exclude = args.list("exclude");
        ElementArgs.check("elements", elements);
        ElementArgs.check("exclude", exclude);
        Path outFile = args.path("out");
        boolean force = args.flag("force");
        String method = args.string("method");
        Path kfile = args.path("kfactors");
        Path familiesFile = args.path("families");
        Map<String, String> lines = parseLines(args.list("lines"));
        boolean beamGiven = args.has("beam-energy");
        double beam = args.number("beam-energy");
        boolean resGiven = args.has("resolution");
        double res = args.number("resolution");
        double minE = args.number("min-energy");
        double absorption = args.number("absorption");
        double thickness = args.number("thickness");
        double density = args.number("density");
        double takeOff = args.number("take-off-angle");
        if (args.has("absorption") && args.has("thickness")) {
            throw new UsageException("Give either --absorption (approximate law) or --thickness (thin-film correction), not both.");
        }
        OutputChecks.file(outFile, force);
        if (familiesFile != null) {
            OutputChecks.file(familiesFile, force);
        }
        KFactorTable kFactors = kfile == null ? KFactorTable.EMPTY : KFactorTable.read(kfile);
        java.util.function.BiFunction<Double, Double, QuantSettings> settingsFor = (beamKv, resEv) -> QuantSettings
                .of(elements)
                .withExcluded(new LinkedHashSet<>(exclude))
                .withBeamEnergyKv(beamKv)
                .withResolutionMnKaEv(resEv)
                .withMethod(IntensityMethod.parse(method))
                .withLines(lines)
                .withMinFitEnergyKeV(minE)
                .withAbsorptionAt1keV(absorption)
                .withThicknessNm(thickness)
                .withDensityGcm3(density)
                .withTakeOffAngleDeg(takeOff)
                .withKFactors(kFactors);
        // every setting checked before the input is read (the file's beam energy and resolution may replace the
        // defaults below, which are valid)
        settingsFor.apply(beamGiven ? beam : QuantSettings.DEFAULT_BEAM_ENERGY_KV,
                resGiven ? res : QuantSettings.DEFAULT_RESOLUTION_MNKA_EV);

        List<String> names = new ArrayList<>();
        double[][] spectra;
        EnergyAxis axis;
        AcquisitionInfo info = AcquisitionInfo.UNKNOWN;
        if (isSpectraCsv(input)) {
            SpectraCsv csv = SpectraCsv.read(input);
            names.addAll(csv.names());
            spectra = csv.spectra();
            axis = csv.axis();
        } else {
            SpectrumImage img = Readers.read(input, Progress.NONE);
            info = img.info();
            axis = img.energyAxis();
            spectra = new double[][] {img.sumSpectrum()};
            String title = info.title().isBlank() ? input.getFileName().toString() : info.title();
            names.add(img.pixels() == 1 ? title : title + " (sum of " + img.pixels() + " pixels)");
        }
        if (!beamGiven) {
            beam = Double.isFinite(info.beamEnergyKv()) && info.beamEnergyKv() > 0 ? info.beamEnergyKv()
                    : QuantSettings.DEFAULT_BEAM_ENERGY_KV;
        }
        if (!resGiven) {
            res = Double.isFinite(info.energyResolutionMnKaEv()) && info.energyResolutionMnKaEv() >= 40
                    && info.energyResolutionMnKaEv() <= 400 ? info.energyResolutionMnKaEv()
                            : QuantSettings.DEFAULT_RESOLUTION_MNKA_EV;
        }
        QuantSettings settings = settingsFor.apply(beam, res);
        Quantifier q = new Quantifier(settings, axis);
        List<Composition> comps = q.quantifyAll(names, spectra);
        QuantCsv.write(outFile, comps, force);
        if (familiesFile != null) {
            QuantCsv.writeFamilies(familiesFile, comps, force);
        }

        StringBuilder lineInfo = new StringBuilder();
        for (QuantElement e : q.plan().elements()) {
            lineInfo.append(String.format(Locale.ROOT, " %s %s (k=%.4g%s%s)", e.element(), e.line(), e.kFactor(),
                    e.kFromTable() ? ", table" : "", e.excluded() ? ", excluded" : ""));
        }
        err.printf(Locale.ROOT, "quant: %s, %.0f kV, %.0f eV at Mn Ka; lines:%s%n", settings.method(), beam, res, lineInfo);
        for (Composition c : comps) {
            for (String w : new LinkedHashSet<>(c.warnings())) {
                err.println("warning (" + c.name() + "): " + w);
            }
            if (c.response() != null) {
                err.println("detector (" + c.name() + "): " + c.response().describe());
            }
            if (settings.thicknessNm() > 0) {
                StringBuilder a = new StringBuilder("absorption factors (" + c.name() + "):");
                for (int i = 0; i < c.elements().size(); i++) {
                    a.append(String.format(Locale.ROOT, " %s %.4f", c.elements().get(i), c.absorptionFactors()[i]));
                }
                err.println(a);
            }
            StringBuilder sb = new StringBuilder(c.name()).append(':');
            for (int i = 0; i < c.elements().size(); i++) {
                sb.append(String.format(Locale.ROOT, " %s %.3f±%.3f", c.elements().get(i), 100 * c.atomicFraction()[i],
                        100 * c.sigmaAtomicFraction()[i]));
            }
            out.println(sb.append(" at%"));
        }
        out.println("wrote " + outFile + (familiesFile == null ? "" : " and " + familiesFile));
        return 0;
    }

    private static boolean isSpectraCsv(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static Map<String, String> parseLines(List<String> items) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String it : items) {
            int eq = it.indexOf('=');
            if (eq <= 0 || eq == it.length() - 1) {
                throw new UsageException("--lines entries must look like Element=Line (e.g. Nd=Ma), got '" + it + "'.");
            }
            m.put(it.substring(0, eq).strip(), it.substring(eq + 1).strip());
        }
        return m;
    }
}
