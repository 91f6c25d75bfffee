package org.psnmf.engine.io.msa;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.DenseSpectrumImage;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.ReadErrors;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.progress.Progress;

/**
 * Reads an EMSA/MAS spectral data file ({@code .msa}, ISO 22029): one spectrum, returned as a 1 x 1 image.
 *
 * <p>Header lines {@code #KEYWORD[-units]: value} up to {@code #SPECTRUM}; then the data, {@code DATATYPE} Y (values
 * separated by commas and/or blanks, several per line allowed) or XY (x, y pairs; x is ignored in favour of the
 * header calibration, as HyperSpy does); {@code #ENDOFDATA} ends it. Energy axis: {@code #OFFSET} (energy of the
 * first channel — not {@code #CHOFFSET}) and {@code #XPERCHAN}, both in {@code #XUNITS} (eV or keV; without units a
 * step of 1 or more is taken as eV). {@code #NPOINTS} must equal the number of values.
 *
 * <p>Metadata: {@code BEAMKV} (kV), {@code LIVETIME} (s; the live time of the one "pixel"), {@code ELEVANGLE} (take-off
 * angle, degrees), {@code FWHMMNKA} (eV, HyperSpy's key for the resolution at Mn Kα), {@code TITLE} (continued over
 * several lines). Non-negative integer values become counts ({@link SparseSpectrumImage}); decimals (e.g. the
 * specification's example spectrum) become model data ({@link DenseSpectrumImage}).
 */
public final class MsaReader implements SpectrumImageReader {

    @Override
    public String formatName() {
        return "EMSA/MAS";
    }

    @Override
    public List<String> extensions() {
        return List.of("msa", "emsa");
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        if (s.startsWith("\uFEFF") || s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(s.charAt(0) == '\uFEFF' ? 1 : 3);
        }
        s = s.stripLeading().toUpperCase(Locale.ROOT);
        return s.startsWith("#FORMAT") || (s.startsWith("#") && s.contains("\n#FORMAT") && s.contains("EMSA"));
    }

    /** A parsed file: header keywords (upper case, without units) and the values. */
    record Parsed(Map<String, String> header, Map<String, String> units, List<Double> values) {
    }

    /** Most channels a spectrum may have (as for every format); also bounds the memory of a parse. */
    static final int MAX_VALUES = 65536;

    /** Longest line accepted: 65536 values of 60 characters (an XY pair of full-precision doubles) fit. */
    static final int MAX_LINE = 4 << 20;

    /** Longest kept header value (continued TITLE/COMMENT lines are cut here, so that parsing stays linear). */
    static final int MAX_HEADER_VALUE = 4096;

    /**
     * Parses line by line: memory is bounded by {@link #MAX_VALUES} values and {@link #MAX_HEADER_VALUE} characters
     * per header keyword whatever the file size, so no up-front memory check is needed beyond the file-size cap.
     */
    static Parsed parse(Path file) throws IOException {
        if (Files.size(file) > 256L << 20) {
            throw new SpectrumFileException(file, "is larger than 256 MiB; an EMSA file holds one spectrum.");
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return parse(file, r);
        }
    }

    private static Parsed parse(Path file, BufferedReader r) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        List<Double> values = new ArrayList<>();
        boolean data = false;
        boolean xy = false;
        int lineNo = 0;
        for (String raw; (raw = r.readLine()) != null;) {
            lineNo++;
            if (raw.length() > MAX_LINE) {
                throw new SpectrumFileException(file, "line " + lineNo + " is " + raw.length() + " characters long; an "
                        + "EMSA line holds a keyword or at most a few thousand values (damaged file?).");
            }
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                String keyPart = (colon < 0 ? line.substring(1) : line.substring(1, colon)).strip();
                String value = colon < 0 ? "" : line.substring(colon + 1).strip();
                String unit = "";
                int dash = keyPart.indexOf('-');
                if (dash > 0) {
                    unit = keyPart.substring(dash + 1).strip();
                    keyPart = keyPart.substring(0, dash).strip();
                }
                String key = keyPart.toUpperCase(Locale.ROOT);
                if (key.equals("SPECTRUM")) {
                    data = true;
                    String type = header.getOrDefault("DATATYPE", "Y").toUpperCase(Locale.ROOT);
                    if (!type.equals("Y") && !type.equals("XY")) {
                        throw new SpectrumFileException(file, "#DATATYPE '" + type + "' is not valid (expected Y or XY).");
                    }
                    xy = type.equals("XY");
                    continue;
                }
                if (key.equals("ENDOFDATA")) {
                    break;
                }
                if (!data) {
                    if ((key.equals("TITLE") || key.equals("COMMENT")) && header.containsKey(key)) {
                        String joined = header.get(key) + value;
                        header.put(key, joined.length() > MAX_HEADER_VALUE ? joined.substring(0, MAX_HEADER_VALUE)
                                : joined);
                    } else {
                        header.put(key, value);
                        if (!unit.isEmpty()) {
                            units.put(key, unit);
                        }
                    }
                }
                continue;
            }
            if (!data) {
                throw new SpectrumFileException(file, "line " + lineNo + " '" + shorten(line)
                        + "' is neither a #KEYWORD line nor after #SPECTRUM.");
            }
            String[] parts = line.replace(',', ' ').strip().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                if (xy && i % 2 == 0) {
                    continue; // x value: the header calibration is authoritative
                }
                if (values.size() == MAX_VALUES) {
                    throw new SpectrumFileException(file, "holds more than " + MAX_VALUES + " values; at most "
                            + MAX_VALUES + " channels are supported.");
                }
                try {
                    values.add(Double.parseDouble(parts[i]));
                } catch (NumberFormatException e) {
                    throw new SpectrumFileException(file, "data line " + lineNo + ": '" + shorten(parts[i])
                            + "' is not a number.");
                }
            }
        }
        if (!data) {
            throw new SpectrumFileException(file, "has no '#SPECTRUM' line, so no data (not a complete EMSA file).");
        }
        return new Parsed(header, units, values);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** @return a header number, NaN if absent; tolerates "2.0 E-06" and "80." */
    static double number(Path file, Parsed p, String key) throws SpectrumFileException {
        String v = p.header().get(key);
        if (v == null || v.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            try {
                return Double.parseDouble(v.replace(" ", ""));
            } catch (NumberFormatException e2) {
                try {
                    return Double.parseDouble(v.strip().split("\\s+")[0]);
                } catch (NumberFormatException e3) {
                    throw new SpectrumFileException(file, "#" + key + " must be a number, got '" + shorten(v) + "'.");
                }
            }
        }
    }

    @Override
    public Map<String, String> originalMetadata(Path file) throws IOException {
        return ReadErrors.guard(file, () -> originalMetadataUnguarded(file));
    }

    private Map<String, String> originalMetadataUnguarded(Path file) throws IOException {
        Parsed p = parse(file);
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : p.header().entrySet()) {
            String u = p.units().get(e.getKey());
            m.put(u == null ? e.getKey() : e.getKey() + "-" + u, e.getValue());
        }
        m.put("dtype", "float64");
        return m;
    }

    @Override
    public SpectrumImage read(Path file, Progress progress) throws IOException {
        return ReadErrors.guard(file, () -> readUnguarded(file, progress));
    }

    private SpectrumImage readUnguarded(Path file, Progress progress) throws IOException {
        Parsed p = parse(file);
        int n = p.values().size();
        double np = number(file, p, "NPOINTS");
        if (Double.isNaN(np)) {
            throw new SpectrumFileException(file, "has no #NPOINTS (required by the EMSA format).");
        }
        if (np != n) {
            throw new SpectrumFileException(file, "#NPOINTS says " + fmt(np) + " but the data hold " + n + " values.");
        }
        if (n < 1) {
            throw new SpectrumFileException(file, "holds no data values.");
        }
        if (n > 65536) {
            throw new SpectrumFileException(file, "has " + n + " channels; at most 65536 are supported.");
        }
        double step = number(file, p, "XPERCHAN");
        if (Double.isNaN(step)) {
            throw new SpectrumFileException(file, "has no #XPERCHAN (energy per channel), so no energy axis.");
        }
        double offset = number(file, p, "OFFSET");
        String xunits = p.header().getOrDefault("XUNITS", "").strip();
        double toKeV;
        if (xunits.equalsIgnoreCase("kev")) {
            toKeV = 1;
        } else if (xunits.equalsIgnoreCase("ev")) {
            toKeV = 1e-3;
        } else {
            toKeV = Math.abs(step) >= 1 ? 1e-3 : 1; // no EDX detector has 1 keV channels
        }
        if (!(step > 0)) {
            throw new SpectrumFileException(file, "#XPERCHAN must be positive, got " + fmt(step) + ".");
        }
        EnergyAxis axis = new EnergyAxis(n, Double.isNaN(offset) ? 0 : offset * toKeV, step * toKeV);
        double res = number(file, p, "FWHMMNKA");
        AcquisitionInfo info = new AcquisitionInfo(number(file, p, "BEAMKV"), number(file, p, "LIVETIME"), res,
                number(file, p, "ELEVANGLE"), Double.NaN, "", List.of(), p.header().getOrDefault("TITLE", "").strip(),
                file.toAbsolutePath().toString());
        double[] v = new double[n];
        boolean counts = true;
        for (int i = 0; i < n; i++) {
            double x = p.values().get(i);
            if (!Double.isFinite(x)) {
                throw new SpectrumFileException(file, "value " + x + " at channel " + i + " is not a finite number.");
            }
            if (x < 0 || x != Math.rint(x) || x > Integer.MAX_VALUE) {
                counts = false;
            }
            v[i] = x;
        }
        if (!counts) {
            return DenseSpectrumImage.ofSpectrum(v, axis, info);
        }
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] = (int) v[i];
        }
        return new SparseSpectrumImage.Builder(1, 1, axis, info).setRowDense(0, c).build();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
