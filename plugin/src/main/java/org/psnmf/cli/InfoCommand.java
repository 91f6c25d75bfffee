package org.psnmf.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.SpectrumImageReader;

/** {@code psnmf info FILE}: one JSON object describing a spectrum file (sizes, energy axis, counts, metadata). */
public final class InfoCommand implements Command {

    static final CommandSpec SPEC = new CommandSpec("info",
            "describe a spectrum file as one JSON object (size, energy axis, counts, metadata)")
            .positional("FILE", "the spectrum file (or give it as --input FILE)")
            .description("""
                    Reads FILE (RIPPLE .rpl, EMSA .msa, HyperSpy .hspy and the other supported formats, detected by
                    content) and prints one JSON object on stdout: file, format, width, height, channels, pixels,
                    energy_offset_keV, energy_scale_keV, energy_max_keV, dtype, is_counts, total_counts,
                    mean_counts_per_pixel, max_count, nonzero_fraction, beam_energy_kV, live_time_per_pixel_s,
                    energy_resolution_MnKa_eV, take_off_angle_deg, pixel_size, pixel_units, elements, title and
                    metadata (the file's own keys). Unknown values are null. A single spectrum is 1 x 1.
                    """)
            .option(Option.path("input", "FILE", "the spectrum file, instead of the FILE argument"))
            .options(ReaderArgs.OPTIONS).option(Option.QUIET);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path file = args.path("input");
        if (file == null) {
            if (args.positional().size() != 1) {
                throw new UsageException("Give exactly one FILE (psnmf info FILE).");
            }
            file = Path.of(args.positional().get(0));
        } else if (!args.positional().isEmpty()) {
            throw new UsageException("Give the file either as FILE or as --input, not both.");
        }
        ReaderArgs.validate(args);
        SpectrumImageReader reader = ReaderArgs.reader(args, file);
        SpectrumImage img = reader.read(file, new ConsoleProgress(err, args.flag("quiet")));
        out.println(JsonOut.write(describe(file, reader, img, reader.originalMetadata(file))));
        return 0;
    }

    /** @return the info object (key order = output order) */
    static Map<String, Object> describe(Path file, SpectrumImageReader reader, SpectrumImage img,
            Map<String, String> original) {
        Map<String, Object> m = new LinkedHashMap<>();
        EnergyAxis axis = img.energyAxis();
        AcquisitionInfo info = img.info();
        m.put("file", file.toAbsolutePath().toString());
        m.put("format", reader.formatName());
        m.put("width", img.width());
        m.put("height", img.height());
        m.put("channels", img.channels());
        m.put("pixels", img.pixels());
        m.put("energy_offset_keV", axis.offsetKeV());
        m.put("energy_scale_keV", axis.scaleKeV());
        m.put("energy_max_keV", axis.maxEnergy());
        m.put("dtype", original.getOrDefault("dtype", img.isCounts() ? "int32" : "float64"));
        m.put("is_counts", img.isCounts());
        if (img instanceof SparseSpectrumImage s) {
            m.put("total_counts", s.totalCountsExact());
            m.put("mean_counts_per_pixel", (double) s.totalCountsExact() / s.pixels());
            m.put("max_count", s.maxCount());
            m.put("nonzero_fraction", (double) s.nnz() / ((double) s.pixels() * s.channels()));
        } else {
            double total = img.totalCounts();
            m.put("total_counts", total);
            m.put("mean_counts_per_pixel", total / img.pixels());
            m.put("max_count", null);
            m.put("nonzero_fraction", null);
        }
        m.put("beam_energy_kV", info.beamEnergyKv());
        m.put("live_time_per_pixel_s", info.liveTimePerPixelS());
        m.put("energy_resolution_MnKa_eV", info.energyResolutionMnKaEv());
        m.put("take_off_angle_deg", info.takeOffAngleDeg());
        m.put("pixel_size", info.pixelSize());
        m.put("pixel_units", info.pixelUnits().isEmpty() ? null : info.pixelUnits());
        m.put("elements", info.elements());
        m.put("title", info.title());
        Map<String, String> meta = new LinkedHashMap<>(original);
        meta.remove("dtype");
        m.put("metadata", meta);
        return m;
    }
}
