package org.psnmf.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.psnmf.engine.binning.Binning;
import org.psnmf.engine.binning.BinningResult;
import org.psnmf.engine.binning.EdgePolicy;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.Readers;
import org.psnmf.engine.io.RippleWriter;

/** {@code psnmf bin}: b x b spatial (and optional energy) binning of a count image, written as RIPPLE. */
public final class BinCommand implements Command {

    @Override
    public String name() {
        return "bin";
    }

    @Override
    public String summary() {
        return "sum b x b pixels (and adjacent channels) of a count image; writes RIPPLE";
    }

    @Override
    public String usage() {
        return """
                Usage: psnmf bin --input FILE --factor B [--edge drop|keep] [--energy-factor E] --out OUT.rpl [--force]

                Sums the counts of B x B pixel blocks (the result is still Poisson count data; counts are conserved).
                  --factor B          spatial bin factor, 1 <= B <= min(width, height)
                  --edge drop|keep    when width or height is not a multiple of B: drop the last columns/rows
                                      (default, with a warning naming the counts lost) or keep partial edge bins
                                      (they hold fewer pixels' counts than the others)
                  --energy-factor E   also sum E adjacent channels (default 1; top remainder channels dropped)
                  --out OUT.rpl       RIPPLE header; OUT.raw is written beside it (uint16, or uint32 if needed)
                  --force             overwrite existing output files
                Live time per pixel is multiplied by B^2 and the pixel size by B.
                """;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path input = args.path("input");
        int factor = args.integer("factor", -1);
        if (!args.has("factor")) {
            throw new UsageException("Missing required option --factor.");
        }
        String edge = args.string("edge", "drop").toLowerCase(Locale.ROOT);
        int energyFactor = args.integer("energy-factor", 1);
        Path rpl = args.path("out");
        boolean force = args.flag("force");
        boolean quiet = args.flag("quiet");
        args.checkAllUsed();
        EdgePolicy policy = switch (edge) {
            case "drop" -> EdgePolicy.DROP;
            case "keep" -> EdgePolicy.KEEP;
            default -> throw new UsageException("--edge must be drop or keep, got '" + edge + "'.");
        };
        if (factor < 1) {
            throw new UsageException("--factor must be a positive integer, got " + factor + ".");
        }
        if (energyFactor < 1) {
            throw new UsageException("--energy-factor must be a positive integer, got " + energyFactor + ".");
        }
        ConvertCommand.checkRplTarget(rpl, force);
        ConsoleProgress progress = new ConsoleProgress(err, quiet);
        SpectrumImage img = Readers.read(input, progress);
        if (!(img instanceof SparseSpectrumImage counts)) {
            throw new IllegalArgumentException("'" + input.getFileName() + "' holds model (non-integer) values; "
                    + "binning sums raw counts only.");
        }
        BinningResult r = Binning.spatial(counts, factor, policy, progress);
        for (String w : r.warnings()) {
            err.println("warning: " + w);
        }
        SparseSpectrumImage binned = r.image();
        if (energyFactor > 1) {
            BinningResult e = Binning.energy(binned, energyFactor, progress);
            for (String w : e.warnings()) {
                err.println("warning: " + w);
            }
            binned = e.image();
        }
        RippleWriter.write(binned, rpl, force, progress);
        out.println("Wrote " + rpl + " (" + binned.width() + " x " + binned.height() + " pixels x "
                + binned.channels() + " channels, " + binned.totalCountsExact() + " counts).");
        return 0;
    }
}
