package org.psnmf.engine.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.io.AtomicOutput;
import org.psnmf.engine.io.SpectrumFileException;

/**
 * Ground-truth files of a {@link SyntheticDataset} (UTF-8 CSV, comma-separated, '\n' line ends, numbers in Java's
 * shortest round-trip form, so a reader recovers the exact doubles and equal datasets give equal bytes):
 * <ul>
 * <li>{@value #SPECTRA}: header {@code energy_keV,<phase>…}, one row per channel: expected counts of a pure-phase
 * pixel (W);</li>
 * <li>{@value #MAPS}: header {@code x,y,<phase>…}, one row per pixel in row-major order (x = column, y = row):
 * abundances (H), summing to 1 per row;</li>
 * <li>{@value #COMPOSITION}: header {@code phase,element,atomic_percent}, the compositions normalised to 100 %.</li>
 * </ul>
 * All are written through {@link AtomicOutput} (complete or absent). {@link #readPhases(Path)} reads the composition
 * format back, so a user can write their own phases in it.
 */
public final class TruthFiles {

    public static final String SPECTRA = "truth_spectra.csv";
    public static final String MAPS = "truth_maps.csv";
    public static final String COMPOSITION = "truth_composition.csv";

    private TruthFiles() {
    }

    /**
     * Writes the three truth files into {@code dir}; checks first that none exists (unless overwrite), so that a
     * refusal leaves nothing half-written.
     */
    public static void writeAll(SyntheticDataset d, Path dir, boolean overwrite) throws IOException {
        for (String f : List.of(SPECTRA, MAPS, COMPOSITION)) {
            AtomicOutput.checkTarget(dir.resolve(f), overwrite);
        }
        writeSpectra(d, dir.resolve(SPECTRA), overwrite);
        writeMaps(d, dir.resolve(MAPS), overwrite);
        writeComposition(d.phases(), dir.resolve(COMPOSITION), overwrite);
    }

    /** Writes the phase spectra W (expected counts per channel of a pure pixel). */
    public static void writeSpectra(SyntheticDataset d, Path file, boolean overwrite) throws IOException {
        EnergyAxis axis = d.counts().energyAxis();
        try (AtomicOutput out = AtomicOutput.open(file, overwrite)) {
            Writer w = writer(out);
            w.write("energy_keV");
            for (String n : d.phaseNames()) {
                w.write(',');
                w.write(n);
            }
            w.write('\n');
            for (int c = 0; c < axis.channels(); c++) {
                w.write(energy(axis.energyAt(c)));
                for (double[] s : d.spectra()) {
                    w.write(',');
                    w.write(num(s[c]));
                }
                w.write('\n');
            }
            w.flush();
            out.commit();
        }
    }

    /** Writes the abundance maps H, one row per pixel. */
    public static void writeMaps(SyntheticDataset d, Path file, boolean overwrite) throws IOException {
        int width = d.counts().width();
        int height = d.counts().height();
        try (AtomicOutput out = AtomicOutput.open(file, overwrite)) {
            Writer w = writer(out);
            w.write("x,y");
            for (String n : d.phaseNames()) {
                w.write(',');
                w.write(n);
            }
            w.write('\n');
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int p = y * width + x;
                    w.write(Integer.toString(x));
                    w.write(',');
                    w.write(Integer.toString(y));
                    for (double[] m : d.maps()) {
                        w.write(',');
                        w.write(num(m[p]));
                    }
                    w.write('\n');
                }
            }
            w.flush();
            out.commit();
        }
    }

    /** Writes {@code phase,element,atomic_percent} rows, percentages normalised to sum 100 per phase. */
    public static void writeComposition(List<Phase> phases, Path file, boolean overwrite) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(file, overwrite)) {
            Writer w = writer(out);
            w.write("phase,element,atomic_percent\n");
            for (Phase ph : phases) {
                for (Map.Entry<String, Double> e : ph.atomicFractions().entrySet()) {
                    w.write(ph.name() + "," + e.getKey() + "," + num(100 * e.getValue()) + "\n");
                }
            }
            w.flush();
            out.commit();
        }
    }

    /**
     * Reads phases from a CSV with header {@code phase,element,atomic_percent} (the format of {@value #COMPOSITION});
     * phases in order of first appearance, blank lines and lines starting with '#' ignored.
     *
     * @throws SpectrumFileException naming the file and line for a missing header, a short line, a bad number, an
     *                               unknown element or a repeated element
     */
    public static List<Phase> readPhases(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new SpectrumFileException(file, "phase table not found.");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Map<String, Double>> phases = new LinkedHashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (!header) {
                if (f.length < 3 || !f[0].strip().equalsIgnoreCase("phase") || !f[1].strip().equalsIgnoreCase("element")
                        || !f[2].strip().equalsIgnoreCase("atomic_percent")) {
                    throw new SpectrumFileException(file, "line " + (i + 1)
                            + ": the header must be 'phase,element,atomic_percent', got '" + line + "'.");
                }
                header = true;
                continue;
            }
            if (f.length != 3) {
                throw new SpectrumFileException(file, "line " + (i + 1) + ": expected 3 values (phase,element,atomic_percent), got "
                        + f.length + ".");
            }
            double v;
            try {
                v = Double.parseDouble(f[2].strip());
            } catch (NumberFormatException e) {
                throw new SpectrumFileException(file, "line " + (i + 1) + ": atomic_percent '" + f[2].strip()
                        + "' is not a number.");
            }
            Map<String, Double> comp = phases.computeIfAbsent(f[0].strip(), k -> new LinkedHashMap<>());
            if (comp.put(f[1].strip(), v) != null) {
                throw new SpectrumFileException(file, "line " + (i + 1) + ": element " + f[1].strip() + " of phase "
                        + f[0].strip() + " is listed twice.");
            }
        }
        if (phases.isEmpty()) {
            throw new SpectrumFileException(file, "no phases found; expected rows 'phase,element,atomic_percent'.");
        }
        List<Phase> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> e : phases.entrySet()) {
            try {
                out.add(new Phase(e.getKey(), e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new SpectrumFileException(file, ex.getMessage());
            }
        }
        return out;
    }

    private static Writer writer(AtomicOutput out) {
        return new BufferedWriter(new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Shortest round-trip decimal; integral values without ".0" noise only for exact zero. */
    static String num(double v) {
        return v == 0 ? "0" : Double.toString(v);
    }

    /** Channel energies rounded to 10 significant digits, so 0.2 + 3 * 0.01 prints as 0.23, not 0.23000000000000001. */
    static String energy(double e) {
        return e == 0 ? "0" : new BigDecimal(e).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
