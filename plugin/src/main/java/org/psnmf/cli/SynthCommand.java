package org.psnmf.cli;

import java.io.PrintStream;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.io.AtomicFolder;
import org.psnmf.engine.io.ripple.RawDataType;
import org.psnmf.engine.io.ripple.RippleWriter;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.synth.AbundanceMaps;
import org.psnmf.engine.synth.GrainSpec;
import org.psnmf.engine.synth.MantlePreset;
import org.psnmf.engine.synth.Phase;
import org.psnmf.engine.synth.Synthesizer;
import org.psnmf.engine.synth.SyntheticDataset;
import org.psnmf.engine.synth.SyntheticOptions;
import org.psnmf.engine.synth.TruthFiles;
import org.psnmf.engine.xray.DetectorModel;

/**
 * {@code psnmf synth}: generates a synthetic spectrum image with ground truth (DIR/data.rpl + data.raw as uint16 counts,
 * DIR/truth_spectra.csv, truth_maps.csv, truth_composition.csv) and prints a JSON summary on stdout.
 */
final class SynthCommand implements Command {

    static final String DATA = "data.rpl";
    /** Every file synth writes into --out. */
    static final List<String> FILES = List.of(DATA, "data.raw", TruthFiles.SPECTRA, TruthFiles.MAPS,
            TruthFiles.COMPOSITION);

    static final CommandSpec SPEC = new CommandSpec("synth",
            "generate a synthetic spectrum image with ground truth (preset: mantle)")
            .description("""
                    Generates a Poisson-noisy STEM-EDX spectrum image from phase compositions and abundance maps, as the
                    PSNMF paper's validation data, and writes
                      DIR/data.rpl + DIR/data.raw   counts, uint16, RIPPLE (reads in HyperSpy)
                      DIR/truth_spectra.csv         energy_keV,<phase>...  expected counts of a pure-phase pixel
                      DIR/truth_maps.csv            x,y,<phase>...         abundances, sum 1 per pixel
                      DIR/truth_composition.csv     phase,element,atomic_percent
                    A JSON summary goes to stdout. Same options and seeds give identical files.
                    """)
            .option(Option.path("out", "DIR", "output folder (created if missing)").required(),
                    Option.string("preset", "NAME", "mantle: Brg matrix + Fp + CaPv grains, the paper's Table 1 "
                            + "compositions").withDefault(MantlePreset.NAME),
                    Option.path("phases", "FILE", "your own phases instead of --preset: CSV 'phase,element,"
                            + "atomic_percent' (the format of truth_composition.csv); the first phase is the matrix"),
                    Option.list("grains", "N:R,...", "grain count and mean radius (pixels) for each phase after the "
                            + "matrix (mantle default at 180 px: 14:18,8:9.5, radii scaled with --size; --phases "
                            + "default: 10 grains of radius size/15 each)"),
                    Option.number("counts", "C", "mean X-ray counts per pixel (the paper's low SNR: "
                            + Option.shortDecimal(MantlePreset.LOW_COUNTS) + ")").withDefault(MantlePreset.MEDIUM_COUNTS),
                    Option.longValue("seed", "S", "noise seed").withDefault(1),
                    Option.longValue("map-seed", "S", "grain-geometry seed: keep it to share one ground truth")
                            .withDefault(SyntheticOptions.DEFAULT_MAP_SEED),
                    Option.integer("size", "N", "image width = height in pixels, 1.." + SyntheticOptions.MAX_SIZE)
                            .withDefault(MantlePreset.SIZE),
                    Option.number("beam-energy", "KV", "beam energy, kV").withDefault(SyntheticOptions.DEFAULT_BEAM_KV),
                    Option.number("resolution", "EV", "detector FWHM at Mn Ka, eV")
                            .withDefault(DetectorModel.DEFAULT.resolutionMnKaEv()),
                    Option.integer("channels", "N", "energy channels").withDefault(SyntheticOptions.DEFAULT_AXIS.channels()),
                    Option.number("energy-offset", "KEV", "energy of channel 0")
                            .withDefault(SyntheticOptions.DEFAULT_AXIS.offsetKeV()),
                    Option.number("energy-scale", "KEV", "keV per channel")
                            .withDefault(SyntheticOptions.DEFAULT_AXIS.scaleKeV()),
                    Option.number("continuum", "S", "bremsstrahlung scale, 0 = none").withDefault(1),
                    Option.number("absorption", "X", "thin-film absorption exponent at 1 keV, 0 = off").withDefault(0),
                    Option.FORCE, Option.QUIET);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path dir = args.path("out");
        boolean force = args.flag("force");
        boolean quiet = args.flag("quiet");
        int size = args.integer("size");
        if (size < 1 || size > SyntheticOptions.MAX_SIZE) {
            throw new UsageException("Option --size must be between 1 and " + SyntheticOptions.MAX_SIZE + ", got " + size + ".");
        }
        SyntheticOptions o = SyntheticOptions.mantle(size);
        String preset = args.has("preset") ? args.string("preset") : null;
        if (args.has("phases")) {
            if (preset != null) {
                throw new UsageException("Give either --preset or --phases, not both.");
            }
            List<Phase> phases = TruthFiles.readPhases(args.path("phases"));
            List<GrainSpec> grains = new ArrayList<>();
            for (int i = 1; i < phases.size(); i++) {
                grains.add(new GrainSpec(10, Math.max(0.5, size / 15.0)));
            }
            o = o.withPhases(phases, grains).withTitle("PSNMF synthetic sample (phases from " + args.path("phases").getFileName() + ")");
        } else if (preset != null && !preset.equals(MantlePreset.NAME)) {
            throw new UsageException("Unknown preset '" + preset + "'. Available: " + MantlePreset.NAME + ".");
        }
        if (args.has("grains")) {
            o = o.withGrains(parseGrains(args.list("grains"), o.phases().size() - 1));
        }
        EnergyAxis axis = new EnergyAxis(args.integer("channels"), args.number("energy-offset"),
                args.number("energy-scale"));
        o = o.withAxis(axis)
                .withCountsPerPixel(args.number("counts"))
                .withSeed(args.longValue("seed"))
                .withMapSeed(args.longValue("map-seed"))
                .withBeamEnergyKv(args.number("beam-energy"))
                .withDetector(DetectorModel.ofResolution(args.number("resolution")))
                .withContinuumScale(args.number("continuum"))
                .withAbsorptionAt1keV(args.number("absorption"));

        OutputChecks.folder(dir, FILES, force); // before the work; nothing is created until it is done
        Progress progress = new ConsoleProgress(err, quiet);
        SyntheticDataset d = Synthesizer.generate(o, progress.sub(0, 0.8));
        // every file in a temporary folder beside DIR, published together: no partial sample on failure or Ctrl-C
        try (AtomicFolder result = AtomicFolder.open(dir, FILES, force)) {
            RippleWriter.write(d.counts(), result.resolve(DATA), false, progress.sub(0.8, 0.95),
                    new RippleWriter.Options(RawDataType.UINT16, ByteOrder.LITTLE_ENDIAN,
                            RippleWriter.RecordBy.VECTOR));
            TruthFiles.writeAll(d, result.tempFolder(), false);
            result.commit();
        }
        progress.report(1, () -> "done");
        out.println(summary(d, dir));
        return 0;
    }

    static List<GrainSpec> parseGrains(List<String> items, int needed) {
        if (items.size() != needed) {
            throw new UsageException("Option --grains needs " + needed + " entries COUNT:RADIUS (one per phase after the matrix), got "
                    + items.size() + ".");
        }
        List<GrainSpec> out = new ArrayList<>();
        for (String s : items) {
            String[] f = s.split(":");
            try {
                if (f.length != 2) {
                    throw new NumberFormatException();
                }
                out.add(new GrainSpec(Integer.parseInt(f[0].trim()), Double.parseDouble(f[1].trim())));
            } catch (NumberFormatException e) {
                throw new UsageException("Option --grains: '" + s + "' is not COUNT:RADIUS, e.g. 14:18.");
            }
        }
        return out;
    }

    private static String summary(SyntheticDataset d, Path dir) {
        double[] vf = AbundanceMaps.volumeFractions(d.maps());
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"out\": ").append(JsonOut.write(dir.toString()));
        sb.append(", \"width\": ").append(d.counts().width());
        sb.append(", \"height\": ").append(d.counts().height());
        sb.append(", \"channels\": ").append(d.counts().channels());
        sb.append(String.format(Locale.ROOT, ", \"energy_offset_keV\": %s, \"energy_scale_keV\": %s",
                d.counts().energyAxis().offsetKeV(), d.counts().energyAxis().scaleKeV()));
        sb.append(", \"beam_energy_kV\": ").append(d.options().beamEnergyKv());
        sb.append(", \"requested_counts_per_pixel\": ").append(d.options().countsPerPixel());
        sb.append(String.format(Locale.ROOT, ", \"mean_counts_per_pixel\": %.4f", d.counts().totalCounts() / d.counts().pixels()));
        sb.append(", \"total_counts\": ").append((long) d.counts().totalCounts());
        sb.append(", \"seed\": ").append(d.options().seed());
        sb.append(", \"map_seed\": ").append(d.options().mapSeed());
        sb.append(", \"phases\": [");
        for (int k = 0; k < d.components(); k++) {
            sb.append(k == 0 ? "" : ", ");
            sb.append(String.format(Locale.ROOT, "{\"name\": %s, \"volume_fraction\": %.5f}",
                    JsonOut.write(d.phaseNames().get(k)), vf[k]));
        }
        sb.append("]}");
        return sb.toString();
    }
}
