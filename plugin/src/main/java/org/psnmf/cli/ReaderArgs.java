package org.psnmf.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.io.bruker.BrukerBcfReader;
import org.psnmf.engine.io.jeol.JeolReader;
import org.psnmf.engine.io.registry.Readers;

/**
 * The reader options on load shared by {@code psnmf info} and {@code psnmf convert}: declared once here, checked
 * before any data is read, and applied to the reader that content detection picks (an option the detected format
 * does not have is a usage error naming the format).
 */
final class ReaderArgs {

    static final Option DOWNSAMPLE = Option.integer("downsample", "D", "sum D x D pixel blocks on load (JEOL "
            + ".pts/.ASW and Bruker .bcf; edge blocks may be partial)").withDefault(1);
    static final Option FRAMES = Option.string("frames", "LIST", "JEOL .pts/.ASW: the frames (sweeps) to sum, "
            + "0-based, e.g. 0-3,7").withDefaultText("every complete frame");
    static final Option INCOMPLETE = Option.flag("include-incomplete-frame", "JEOL .pts/.ASW: also sum a last frame "
            + "that the acquisition stopped in (left out by default, as HyperSpy does)");

    static final Option CUBE = Option.integer("cube", "N", "JEOL .ASW: which of the project's EDS cubes to read, "
            + "0-based (psnmf info lists them as cube_0, cube_1 ...)").withDefault(0);

    /** In the order shown by --help. */
    static final List<Option> OPTIONS = List.of(DOWNSAMPLE, FRAMES, INCOMPLETE, CUBE);

    private ReaderArgs() {
    }

    /** Checks the values (before anything is read). */
    static void validate(Args args) {
        if (args.integer(DOWNSAMPLE.name()) < 1) {
            throw new UsageException("--downsample must be >= 1, got " + args.integer(DOWNSAMPLE.name()) + ".");
        }
        if (args.integer(CUBE.name()) < 0) {
            throw new UsageException("--cube must be >= 0, got " + args.integer(CUBE.name()) + ".");
        }
        frames(args);
    }

    private static List<Integer> frames(Args args) {
        try {
            return args.has(FRAMES.name()) ? JeolReader.Options.parseFrames(args.string(FRAMES.name())) : List.of();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--frames: " + e.getMessage());
        }
    }

    /** @return the reader for {@code file} (detected by content) with the given options applied */
    static SpectrumImageReader reader(Args args, Path file) throws IOException {
        SpectrumImageReader r = Readers.detect(file);
        int downsample = args.integer(DOWNSAMPLE.name());
        boolean jeolOnly = args.has(FRAMES.name()) || args.flag(INCOMPLETE.name()) || args.has(CUBE.name());
        if (r instanceof JeolReader) {
            return new JeolReader(new JeolReader.Options(downsample, frames(args), args.flag(INCOMPLETE.name()),
                    args.integer(CUBE.name())));
        }
        if (jeolOnly) {
            throw new UsageException("--frames, --include-incomplete-frame and --cube apply to JEOL files; '"
                    + file.getFileName() + "' is " + r.formatName() + ".");
        }
        if (r instanceof BrukerBcfReader) {
            return new BrukerBcfReader(new BrukerBcfReader.Options(downsample, -1));
        }
        if (downsample != 1) {
            throw new UsageException("--downsample applies to JEOL .pts/.ASW and Bruker .bcf files; '"
                    + file.getFileName() + "' is " + r.formatName() + ".");
        }
        return r;
    }
}
