package org.psnmf.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.Readers;
import org.psnmf.engine.nmf.BinSweep;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.nmf.PsnmfOptions;

/**
 * {@code psnmf sweep-bin}: runs PSNMF for several bin factors and prints, per b, the Poisson deviance of the fused
 * model on the original counts and the spectral angle between the spectra of consecutive b values (stable spectra
 * across b, at a low deviance, indicate a good b).
 */
final class SweepBinCommand implements Command {

    @Override
    public String name() {
        return "sweep-bin";
    }

    @Override
    public String summary() {
        return "help choose the PSNMF bin factor: deviance and spectral stability per b";
    }

    @Override
    public String usage() {
        return """
                Usage: psnmf sweep-bin --input FILE --components K [--bins 2,4,8,12,16] [options]

                  --bins LIST     bin factors to try (default 2,4,8,12,16; factors larger than the image are skipped)
                  --init, --restarts, --smoothness, --seed, --max-iter, --tol, --threads,
                  --sum-to-one/--no-sum-to-one   as for psnmf run

                Prints one line per b: binned size, Poisson deviance of W·H on the original counts (lower = better
                fit), mean and max spectral angle (degrees) to the previous b's matched spectra, seconds.
                """;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path input = args.path("input");
        if (!args.has("components")) {
            throw new UsageException("Missing required option --components.");
        }
        int k = args.integer("components", 1);
        List<Integer> bins = new ArrayList<>();
        List<String> list = args.list("bins");
        for (String s : list.isEmpty() ? List.of("2", "4", "8", "12", "16") : list) {
            try {
                bins.add(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                throw new UsageException("--bins must be a comma-separated list of integers, got '" + s + "'.");
            }
        }
        boolean no = args.flag("no-sum-to-one");
        args.flag("sum-to-one");
        NmfOptions nmf = NmfOptions.defaults(k).withSumToOne(!no)
                .withInit(RunCommand.parseInit(args.string("init", "nndsvda")))
                .withRestarts(args.integer("restarts", 1)).withSmoothness(args.number("smoothness", 0))
                .withSeed(args.longValue("seed", 0)).withMaxIterations(args.integer("max-iter", 1000))
                .withTolerance(args.number("tol", NmfOptions.DEFAULT_TOLERANCE))
                .withThreads(args.integer("threads", Runtime.getRuntime().availableProcessors()));
        boolean quiet = args.flag("quiet");
        args.checkAllUsed();
        ConsoleProgress progress = new ConsoleProgress(err, quiet);
        SparseSpectrumImage img = RunCommand.counts(Readers.read(input, progress), input);
        out.println("   b  binned      deviance   angle_mean  angle_max   seconds");
        double[][] prev = null;
        for (int b : bins) {
            if (b < 1 || b > Math.min(img.width(), img.height())) {
                err.println("  skipping b = " + b + ": outside 1.." + Math.min(img.width(), img.height()));
                continue;
            }
            PsnmfOptions ps = PsnmfOptions.defaults(k, b).withBinned(nmf);
            BinSweep.Row r;
            try {
                r = BinSweep.evaluate(img, ps, prev, progress);
            } catch (IllegalArgumentException e) {
                err.println("  skipping b = " + b + ": " + e.getMessage());
                continue;
            }
            String mean = prev == null ? "         -" : String.format(Locale.ROOT, "%10.3f", r.meanAngleDeg());
            String max = prev == null ? "         -" : String.format(Locale.ROOT, "%10.3f", r.maxAngleDeg());
            out.println(String.format(Locale.ROOT, "%4d  %3dx%-3d  %12.6g  %s  %s  %8.2f", b, r.binnedWidth(),
                    r.binnedHeight(), r.deviance(), mean, max, r.seconds()));
            prev = r.spectra();
        }
        return 0;
    }
}
