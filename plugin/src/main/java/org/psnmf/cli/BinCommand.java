package org.psnmf.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.psnmf.engine.binning.Binning;
import org.psnmf.engine.binning.BinningResult;
import org.psnmf.engine.binning.EdgePolicy;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.io.ripple.RippleWriter;

/** {@code psnmf bin}: b x b spatial (and optional energy) binning of a count image, written as RIPPLE. */
public final class BinCommand implements Command {

    static final CommandSpec SPEC = new CommandSpec("bin",
            "sum b x b pixels (and adjacent channels) of a count image; writes RIPPLE")
            .description("""
                    Sums the counts of B x B pixel blocks (the result is still Poisson count data; counts are
                    conserved). Live time per pixel is multiplied by B^2 and the pixel size by B.
                    """)
            .option(Option.path("input", "FILE", "spectrum image of counts (any supported format)").required(),
                    Option.integer("factor", "B", "spatial bin factor, 1 <= B <= min(width, height)").required(),
                    Option.path("out", "OUT.rpl", "RIPPLE header; OUT.raw is written beside it (uint16, or uint32 "
                            + "if needed)").required(),
                    Option.choice("edge", "drop|keep", "when width or height is not a multiple of B: drop the last "
                            + "columns/rows (with a warning naming the counts lost) or keep partial edge bins (they "
                            + "hold fewer pixels' counts than the others)", "drop", "keep"),
                    Option.integer("energy-factor", "E", "also sum E adjacent channels (top remainder channels "
                            + "dropped)").withDefault(1),
                    Option.FORCE, Option.QUIET);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path input = args.path("input");
        int factor = args.integer("factor");
        String edge = args.string("edge");
        int energyFactor = args.integer("energy-factor");
        Path rpl = args.path("out");
        boolean force = args.flag("force");
        boolean quiet = args.flag("quiet");
        EdgePolicy policy = edge.equals("keep") ? EdgePolicy.KEEP : EdgePolicy.DROP;
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
