package org.psnmf.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.msa.MsaWriter;
import org.psnmf.engine.io.ripple.RippleWriter;

/** {@code psnmf convert}: any readable file to RIPPLE (the whole image) or EMSA (its sum spectrum). */
public final class ConvertCommand implements Command {

    static final CommandSpec SPEC = new CommandSpec("convert",
            "convert a spectrum file to RIPPLE .rpl/.raw, or its sum spectrum to EMSA .msa")
            .option(Option.path("input", "FILE", "spectrum file (any supported format)").required(),
                    Option.path("out", "OUT.rpl|OUT.msa", "OUT.rpl: the whole spectrum image as RIPPLE (OUT.raw "
                            + "beside it): counts as uint16/uint32, model values as float32, little-endian, "
                            + "record-by vector, HyperSpy-compatible keys; OUT.msa: the sum spectrum as an EMSA/MAS "
                            + "file (energy in keV)").required())
            .options(ReaderArgs.OPTIONS).option(Option.FORCE, Option.QUIET);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    /** Fails early (before reading) if OUT.rpl or its OUT.raw may not be written. */
    static void checkRplTarget(Path rpl, boolean force) throws java.io.IOException {
        String name = rpl.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".rpl") || name.length() <= 4) {
            throw new UsageException("--out must name a RIPPLE header NAME.rpl, got '" + name + "'.");
        }
        OutputChecks.file(rpl, force);
        OutputChecks.file(rpl.resolveSibling(name.substring(0, name.length() - 4) + ".raw"), force);
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path input = args.path("input");
        Path target = args.path("out");
        boolean force = args.flag("force");
        boolean quiet = args.flag("quiet");
        ReaderArgs.validate(args);
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean msa = name.endsWith(".msa");
        if (msa) {
            OutputChecks.file(target, force);
        } else if (name.endsWith(".rpl")) {
            checkRplTarget(target, force);
        } else {
            throw new UsageException("--out must end in .rpl (spectrum image) or .msa (sum spectrum), got '"
                    + target.getFileName() + "'.");
        }
        ConsoleProgress progress = new ConsoleProgress(err, quiet);
        SpectrumImage img = ReaderArgs.reader(args, input).read(input, progress);
        if (msa) {
            MsaWriter.writeSum(img, target, force);
            out.println("Wrote " + target + " (sum spectrum of " + img.pixels() + " pixels, " + img.channels()
                    + " channels).");
        } else {
            RippleWriter.write(img, target, force, progress);
            out.println("Wrote " + target + " (" + img.width() + " x " + img.height() + " pixels x " + img.channels()
                    + " channels, " + (img.isCounts() ? "counts" : "model values") + ").");
        }
        return 0;
    }
}
