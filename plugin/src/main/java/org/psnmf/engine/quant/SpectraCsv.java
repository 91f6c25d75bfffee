package org.psnmf.engine.quant;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.io.SpectrumFileException;

/**
 * Reads a table of spectra on a common energy axis, as written by {@code psnmf run} ({@code spectra.csv}): a header
 * {@code energy_keV,c1,...,cK} followed by one row per channel, with the channel's centre energy in keV and one value
 * per spectrum. The energies must be evenly spaced (to 0.1 % of a channel, allowing printed rounding).
 *
 * @param names   column names after the energy column (the component names)
 * @param axis    the energy axis from the first column
 * @param spectra {@code [k][channels]}
 */
public record SpectraCsv(List<String> names, EnergyAxis axis, double[][] spectra) {

    public SpectraCsv {
        names = List.copyOf(names);
    }

    /**
     * @throws SpectrumFileException naming the file and line for a missing header, a wrong field count, a
     *                               non-number, fewer than 2 rows or uneven energies
     */
    public static SpectraCsv read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new SpectrumFileException(file, "file not found (" + file.toAbsolutePath() + ").");
        }
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                String t = s.strip();
                if (n == 1 && t.startsWith("\uFEFF")) {
                    t = t.substring(1);
                }
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split(",", -1);
                if (names.isEmpty()) {
                    if (f.length < 2 || !f[0].strip().toLowerCase(Locale.ROOT).startsWith("energy")) {
                        throw new SpectrumFileException(file, "line " + n
                                + ": expected a header 'energy_keV,<name1>,<name2>,...', got '" + shorten(t) + "'.");
                    }
                    for (int i = 1; i < f.length; i++) {
                        String name = unquote(f[i].strip());
                        names.add(name.isEmpty() ? "c" + i : name);
                    }
                    continue;
                }
                if (f.length != names.size() + 1) {
                    throw new SpectrumFileException(file, "line " + n + ": expected " + (names.size() + 1)
                            + " fields like the header, got " + f.length + ".");
                }
                double[] row = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    try {
                        row[i] = Double.parseDouble(f[i].strip());
                    } catch (NumberFormatException e) {
                        throw new SpectrumFileException(file, "line " + n + ", column " + (i + 1) + ": '"
                                + shorten(f[i].strip()) + "' is not a number.");
                    }
                }
                rows.add(row);
            }
        }
        if (names.isEmpty()) {
            throw new SpectrumFileException(file, "is empty (expected a header 'energy_keV,<name1>,...').");
        }
        int ch = rows.size();
        if (ch < 2) {
            throw new SpectrumFileException(file, "has " + ch + " data row(s); a spectrum needs at least 2 channels.");
        }
        double e0 = rows.get(0)[0];
        double scale = (rows.get(ch - 1)[0] - e0) / (ch - 1);
        if (!(scale > 0)) {
            throw new SpectrumFileException(file, "energies must increase from row to row.");
        }
        for (int c = 0; c < ch; c++) {
            double dev = Math.abs(rows.get(c)[0] - (e0 + c * scale));
            if (dev > 1e-3 * scale + 1e-9) {
                throw new SpectrumFileException(file, String.format(Locale.ROOT,
                        "energy %s keV in data row %d is not on an evenly spaced axis (expected %.6f keV).",
                        rows.get(c)[0], c + 1, e0 + c * scale));
            }
        }
        double[][] spectra = new double[names.size()][ch];
        for (int c = 0; c < ch; c++) {
            for (int k = 0; k < names.size(); k++) {
                spectra[k][c] = rows.get(c)[k + 1];
            }
        }
        return new SpectraCsv(names, new EnergyAxis(ch, e0, scale), spectra);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
