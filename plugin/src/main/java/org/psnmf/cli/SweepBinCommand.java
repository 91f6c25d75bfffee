package org.psnmf.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.psnmf.BinSweep;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.psnmf.PsnmfOptions;

/**
 * {@code psnmf sweep-bin}: runs PSNMF for several bin factors and prints, per b, the Poisson deviance of the fused
 * model on the original counts and the spectral angle between the spectra of consecutive b values (stable spectra
 * across b, at a low deviance, indicate a good b).
 */
final class SweepBinCommand implements Command {

    static final CommandSpec SPEC = new CommandSpec("sweep-bin",
            "help choose the PSNMF bin factor: deviance and spectral stability per b")
            .option(Option.path("input", "FILE", "spectrum image of counts (any supported format)").required(),
                    Option.integer("components", "K", "number of components (phases)").required(),
                    Option.list("bins", "LIST", "bin factors to try; factors larger than the image are skipped")
                            .withDefault("2,4,8,12,16"))
            .options(NmfArgs.OPTIONS)
            .option(Option.QUIET)
            .footer("""
                    Prints one line per b: binned size, Poisson deviance of W·H on the original counts (lower = better
                    fit), mean and max spectral angle (degrees) to the previous b's matched spectra, seconds.
                    """);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path input = args.path("input");
        int k = args.integer("components");
        List<Integer> bins = new ArrayList<>();
        for (String s : args.list("bins")) {
            try {
                bins.add(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                throw new UsageException("--bins must be a comma-separated list of integers, got '" + s + "'.");
            }
            if (bins.get(bins.size() - 1) < 1) {
                throw new UsageException("--bins: every bin factor must be at least 1, got " + s + ".");
            }
        }
        if (bins.isEmpty()) {
            throw new UsageException("--bins needs at least one bin factor, e.g. --bins 2,4,8.");
        }
        NmfOptions nmf = NmfArgs.read(args, k);
        boolean quiet = args.flag("quiet");
        ConsoleProgress progress = new ConsoleProgress(err, quiet);
        SparseSpectrumImage img = RunCommand.counts(Readers.read(input, progress), input);
        out.println("   b  binned      deviance   angle_mean  angle_max   seconds");
        double[][] prev = null;
        List<String> skipped = new ArrayList<>();
        for (int b : bins) {
            if (b > Math.min(img.width(), img.height())) {
                skipped.add("b = " + b + ": larger than the " + img.width() + " x " + img.height() + " image");
                err.println("  skipping " + skipped.get(skipped.size() - 1));
                continue;
            }
            PsnmfOptions ps = PsnmfOptions.builder(k, b).binned(nmf).build();
            BinSweep.Row r;
            try {
                r = BinSweep.evaluate(img, ps, prev, progress);
            } catch (IllegalArgumentException e) {
                skipped.add("b = " + b + ": " + e.getMessage());
                err.println("  skipping " + skipped.get(skipped.size() - 1));
                continue;
            }
            String mean = prev == null ? "         -" : String.format(Locale.ROOT, "%10.3f", r.meanAngleDeg());
            String max = prev == null ? "         -" : String.format(Locale.ROOT, "%10.3f", r.maxAngleDeg());
            out.println(String.format(Locale.ROOT, "%4d  %3dx%-3d  %12.6g  %s  %s  %8.2f", b, r.binnedWidth(),
                    r.binnedHeight(), r.deviance(), mean, max, r.seconds()));
            prev = r.spectra();
        }
        if (prev == null) { // nothing was evaluated: an empty table is a failure, not a result
            throw new IllegalArgumentException("no bin factor could be evaluated (" + String.join("; ", skipped)
                    + "); give --bins between 1 and " + Math.min(img.width(), img.height()) + ".");
        }
        return 0;
    }
}
