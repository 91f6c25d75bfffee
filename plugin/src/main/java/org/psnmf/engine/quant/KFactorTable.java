package org.psnmf.engine.quant;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.xray.XrayDatabase;

/**
 * User k-factors: per element, the line family to quantify (e.g. Ka, La, Ma) and its Cliff-Lorimer factor.
 * An entry overrides both the default k-factor and the default line of its element.
 *
 * <p><b>Convention</b> (the same for the theoretical k-factors of {@link LinePlan}):
 * <ul>
 * <li><b>Intensity</b> I_i: the counts of the element's whole line family, all its IUPAC transitions
 * ({@link org.psnmf.engine.xray.LineFamily}: Ka = KL1 + KL2 + KL3, La = L3M4 + L3M5, Ma = M5N6 + M5N7; Kb, Lb1, ...
 * as named), i.e. the fitted family area, not a window sum or a single sub-line.</li>
 * <li><b>Atomic fractions</b> (column {@code k} or {@code k_atomic}): {@code C_i = k_i I_i / sum_j k_j I_j} with C the
 * atomic fraction; only ratios of k matter, the reference line conventionally has k = 1 (the theoretical k-factors
 * use Si Ka).</li>
 * <li><b>Weight fractions</b> (column {@code k_weight}, HyperSpy/exSpy's convention {@code C_A / C_B = k_AB I_A / I_B}
 * with C weight fractions): converted on reading to atomic k-factors {@code k_i = kw_i M_Si / M_i} (M atomic
 * weights), which gives the same compositions.</li>
 * </ul>
 *
 * <p>File format: CSV with the header {@code element,line,k} (or {@code element,line,k_weight}); blank lines and
 * lines starting with {@code #} are ignored, e.g.
 * <pre>
 * element,line,k
 * Si,Ka,1.0
 * Fe,Ka,1.35
 * Nd,La,2.1
 * </pre>
 * Immutable.
 */
public final class KFactorTable {

    /** One row: the family quantified and its k relative to Si Ka. */
    public record Entry(String element, String line, double k) {
    }

    /** The empty table (all defaults). */
    public static final KFactorTable EMPTY = new KFactorTable(Map.of());

    private final Map<String, Entry> entries;

    private KFactorTable(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * @param entries element -&gt; entry; each element must be known, each line a Siegbahn family name and each k
     *                finite and &gt; 0
     * @throws IllegalArgumentException naming the bad entry
     */
    public static KFactorTable of(Map<String, Entry> entries) {
        XrayDatabase db = XrayDatabase.get();
        for (Entry e : entries.values()) {
            check(db, e.element(), e.line(), e.k());
        }
        return new KFactorTable(entries);
    }

    private static void check(XrayDatabase db, String element, String line, double k) {
        if (!db.isElement(element)) {
            throw new IllegalArgumentException("k-factor table: unknown element '" + element + "'.");
        }
        if (!db.siegbahnNames().contains(line)) {
            throw new IllegalArgumentException("k-factor table: unknown line '" + line + "' for " + element
                    + " (use Siegbahn names such as Ka, La, Ma).");
        }
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new IllegalArgumentException("k-factor table: k for " + element + " " + line + " must be a positive number, got " + k + ".");
        }
    }

    /**
     * Reads a table file.
     *
     * @throws SpectrumFileException naming the file and line for a missing header, a wrong column count, an unknown
     *                               element or line, a non-numeric or non-positive k, or a duplicated element
     */
    public static KFactorTable read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new SpectrumFileException(file, "k-factor table not found (" + file.toAbsolutePath() + ").");
        }
        XrayDatabase db = XrayDatabase.get();
        Map<String, Entry> map = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String s;
            int n = 0;
            boolean header = false;
            boolean weightBasis = false;
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
                if (!header) {
                    String kcol = f.length == 3 ? f[2].strip().toLowerCase(Locale.ROOT) : "";
                    if (f.length != 3 || !f[0].strip().equalsIgnoreCase("element") || !f[1].strip().equalsIgnoreCase("line")
                            || !(kcol.equals("k") || kcol.equals("k_atomic") || kcol.equals("k_weight"))) {
                        throw new SpectrumFileException(file, "line " + n
                                + ": expected the header 'element,line,k' (or k_atomic; k_weight for weight-fraction k-factors), got '"
                                + t + "'.");
                    }
                    weightBasis = kcol.equals("k_weight");
                    header = true;
                    continue;
                }
                if (f.length != 3) {
                    throw new SpectrumFileException(file, "line " + n + ": expected 3 fields element,line,k, got " + f.length + ".");
                }
                String el = normaliseSymbol(f[0].strip());
                String line = f[1].strip();
                double k;
                try {
                    k = Double.parseDouble(f[2].strip());
                } catch (NumberFormatException e) {
                    throw new SpectrumFileException(file, "line " + n + ": k '" + f[2].strip() + "' is not a number.");
                }
                try {
                    check(db, el, line, k);
                } catch (IllegalArgumentException e) {
                    throw new SpectrumFileException(file, "line " + n + ": " + e.getMessage().replace("k-factor table: ", ""));
                }
                if (weightBasis) {
                    // C_i(weight) = kw_i I_i / sum kw_j I_j  <=>  C_i(atomic) ∝ kw_i I_i / M_i: k = kw M_Si / M_i
                    k = k * db.atomicWeight("Si") / db.atomicWeight(el);
                }
                if (map.put(el, new Entry(el, line, k)) != null) {
                    throw new SpectrumFileException(file, "line " + n + ": element " + el + " appears twice.");
                }
            }
            if (!header) {
                throw new SpectrumFileException(file, "empty k-factor table (expected the header 'element,line,k').");
            }
        }
        return new KFactorTable(map);
    }

    /** @return "fe" / "FE" -&gt; "Fe" */
    static String normaliseSymbol(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    /** @return the entry of {@code element}, or null */
    public Entry get(String element) {
        return entries.get(element);
    }

    /** @return element -&gt; entry, in file order; unmodifiable */
    public Map<String, Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
