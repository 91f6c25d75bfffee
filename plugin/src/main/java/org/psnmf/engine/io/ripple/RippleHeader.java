package org.psnmf.engine.io.ripple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.psnmf.engine.io.SpectrumFileException;

/**
 * The key/value header of a Lispix RIPPLE {@code .rpl} file: one {@code key<TAB>value} pair per line, {@code ;} starts
 * a comment, the line {@code key value} is a column title. Keys are stored lower-case (Bruker writes
 * {@code data-Length}). Values are kept as text; the typed getters name the file and key in their errors.
 *
 * <p>Format reference: NIST Lispix "raw file format" and HyperSpy/RosettaSciIO's {@code rsciio/ripple} reader, whose
 * key set this class accepts (it also tolerates spaces instead of the tab, which HyperSpy does not).
 */
public final class RippleHeader {

    private final Path file;
    private final Map<String, String> values;

    private RippleHeader(Path file, Map<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /**
     * Reads a header file (Latin-1, as HyperSpy writes it).
     *
     * @throws SpectrumFileException if the file holds no key at all
     */
    public static RippleHeader read(Path rpl) throws IOException {
        if (!Files.isRegularFile(rpl)) {
            throw new SpectrumFileException(rpl, "file not found (" + rpl.toAbsolutePath() + ").");
        }
        if (Files.size(rpl) > 1 << 20) {
            throw new SpectrumFileException(rpl, "is larger than 1 MiB, so it is not a RIPPLE text header.");
        }
        return parse(rpl, Files.readAllLines(rpl, StandardCharsets.ISO_8859_1));
    }

    /**
     * Parses header lines; {@code file} is only used in messages. Oxford INCA's variant ({@code (MLX::width : 512)}
     * lines, recognised by a '(' on the first line) is rewritten to {@code key<TAB>value} first, as HyperSpy does.
     */
    public static RippleHeader parse(Path file, List<String> lines) throws SpectrumFileException {
        Map<String, String> map = new LinkedHashMap<>();
        if (!lines.isEmpty() && lines.get(0).contains("(")) {
            lines = inca(lines);
        }
        for (String raw : lines) {
            String line = raw;
            int comment = line.indexOf(';');
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            int sep = line.indexOf('\t');
            if (sep < 0) {
                sep = indexOfWhitespace(line);
            }
            if (sep < 0) {
                // a key with an empty value ("date<TAB>" as HyperSpy writes it for unknown dates)
                map.put(line.toLowerCase(Locale.ROOT), "");
                continue;
            }
            String key = line.substring(0, sep).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(sep + 1).strip();
            if (key.equals("key") && value.equalsIgnoreCase("value")) {
                continue;
            }
            map.put(key, value);
        }
        if (map.isEmpty()) {
            throw new SpectrumFileException(file, "has no RIPPLE header keys (expected lines like 'width<TAB>512').");
        }
        return new RippleHeader(file, map);
    }

    /** INCA writes one {@code (MLX::key : value)} per line (possibly several per line). */
    private static List<String> inca(List<String> lines) {
        List<String> out = new java.util.ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String l = line.replace("(MLX::", "").replace(" : ", "\t").replace(" :", "\t").strip()
                    .toLowerCase(Locale.ROOT);
            for (String part : l.split("\\)")) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    int sep = p.indexOf('\t');
                    out.add(sep < 0 ? p : p.substring(0, sep).strip() + "\t" + p.substring(sep + 1).strip());
                }
            }
        }
        return out;
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** @return all keys (lower case) and values in file order; unmodifiable */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** @return the value, or {@code def} if absent */
    public String string(String key, String def) {
        String v = values.get(key);
        return v == null ? def : v;
    }

    /** @return the lower-case value of a required key */
    public String requiredString(String key, String valid) throws SpectrumFileException {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            throw new SpectrumFileException(file, "header has no '" + key + "' key (expected " + valid + ").");
        }
        return v.toLowerCase(Locale.ROOT);
    }

    /** @return an integer value; {@code def} if absent; a missing required key (def == null) is an error */
    public long integer(String key, Long def) throws SpectrumFileException {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            if (def == null) {
                throw new SpectrumFileException(file, "header has no '" + key + "' key (an integer is required).");
            }
            return def;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(v);
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    return (long) d;
                }
            } catch (NumberFormatException e2) {
                // reported below
            }
            throw new SpectrumFileException(file, "header key '" + key + "' must be an integer, got '" + v + "'.");
        }
    }

    /** @return a finite number, or NaN if absent or empty */
    public double number(String key) throws SpectrumFileException {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new SpectrumFileException(file, "header key '" + key + "' must be a finite number, got '" + v + "'.");
        }
    }
}
