package org.psnmf.engine.xray;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line family of one element: the IUPAC transitions that one Siegbahn name covers, fitted with one amplitude and
 * the cross-section ratios of the tables between its members. The families are those of espm's
 * {@code siegbahn_to_iupac} grouping (the convention of the independent reference data and of the k-factor tables):
 * <ul>
 * <li>{@code Ka} = KL1 + KL2 + KL3, {@code Kb} = KM2 + KM3 + KN2 + KN3;</li>
 * <li>{@code La} = L3M4 + L3M5, and one family per single-transition Siegbahn name: Lb1 L2M4, Lb2 L3N5, Lb3 L1M3,
 * Lb4 L1M2, Lb5 L3O4/L3O5, Lg1 L2N4, Lg2 L1N2, Lg3 L1N3, Lg4 L1O3, Lg5 L2N1, Ll L3M1, Ln L2M1, Ls L3M3, Lt L3M2,
 * Lu L3N6, Lv L2N6;</li>
 * <li>{@code Ma} = M5N6 + M5N7, {@code Mb} = M4N6, {@code Mg} = M3N5;</li>
 * <li>every other transition of a shell in {@code K_other}, {@code L_other} or {@code M_other}.</li>
 * </ul>
 *
 * @param element symbol
 * @param name    family name (Ka, Kb, La, Lb1, ..., L_other)
 * @param lines   its transitions, ascending energy (non-empty)
 */
public record LineFamily(String element, String name, List<XrayLine> lines) {

    private static final Map<String, String> FAMILY_OF = new LinkedHashMap<>();

    static {
        put("Ka", "KL1", "KL2", "KL3");
        put("Kb", "KM2", "KM3", "KN2", "KN3");
        put("La", "L3M4", "L3M5");
        put("Lb1", "L2M4");
        put("Lb2", "L3N5");
        put("Lb3", "L1M3");
        put("Lb4", "L1M2");
        put("Lb5", "L3O4", "L3O5", "L3O45");
        put("Lg1", "L2N4");
        put("Lg2", "L1N2");
        put("Lg3", "L1N3");
        put("Lg4", "L1O3");
        put("Lg5", "L2N1");
        put("Ll", "L3M1");
        put("Ln", "L2M1");
        put("Ls", "L3M3");
        put("Lt", "L3M2");
        put("Lu", "L3N6");
        put("Lv", "L2N6");
        put("Ma", "M5N6", "M5N7");
        put("Mb", "M4N6");
        put("Mg", "M3N5");
    }

    private static void put(String family, String... iupac) {
        for (String i : iupac) {
            FAMILY_OF.put(i, family);
        }
    }

    public LineFamily {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Line family " + element + " " + name + " has no transitions.");
        }
        lines = List.copyOf(lines);
    }

    /** @return the family name of an IUPAC transition, e.g. KL3 -&gt; Ka, L2M4 -&gt; Lb1, M4N2 -&gt; M_other */
    public static String familyOf(String iupac) {
        String f = FAMILY_OF.get(iupac);
        return f != null ? f : iupac.charAt(0) + "_other";
    }

    /** @return the IUPAC transitions of a named family, e.g. "Ka" -&gt; [KL1, KL2, KL3]; empty for "*_other" */
    public static List<String> membersOf(String family) {
        List<String> out = new ArrayList<>();
        FAMILY_OF.forEach((i, f) -> {
            if (f.equals(family)) {
                out.add(i);
            }
        });
        return out;
    }

    /** @return true if {@code name} names a family (Ka, Lb1, Ma, M_other, ...) */
    public static boolean isFamily(String name) {
        return FAMILY_OF.containsValue(name) || name.equals("K_other") || name.equals("L_other") || name.equals("M_other");
    }

    /**
     * Groups the lines of one element into families.
     *
     * @param lines transitions of one element (any order)
     * @return its families, ordered by their strongest transition's energy
     */
    public static List<LineFamily> group(List<XrayLine> lines) {
        Map<String, List<XrayLine>> byName = new LinkedHashMap<>();
        List<XrayLine> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> Double.compare(a.energyKeV(), b.energyKeV()));
        for (XrayLine l : sorted) {
            byName.computeIfAbsent(familyOf(l.iupac()), k -> new ArrayList<>()).add(l);
        }
        List<LineFamily> out = new ArrayList<>();
        byName.forEach((name, ls) -> out.add(new LineFamily(ls.get(0).element(), name, ls)));
        out.sort((a, b) -> Double.compare(a.energyKeV(), b.energyKeV()));
        return out;
    }

    /** @return the ionised shell, 'K', 'L' or 'M' */
    public char shell() {
        return name.charAt(0);
    }

    /** @return summed emission cross-section, cm^2 */
    public double crossSection() {
        double s = 0;
        for (XrayLine l : lines) {
            s += l.crossSection();
        }
        return s;
    }

    /** @return energy of the strongest transition, keV (the family's nominal energy, as HyperSpy reports it) */
    public double energyKeV() {
        XrayLine best = lines.get(0);
        for (XrayLine l : lines) {
            if (l.crossSection() > best.crossSection()) {
                best = l;
            }
        }
        return best.energyKeV();
    }

    /** @return cross-section-weighted mean energy, keV */
    public double centroidKeV() {
        double s = 0;
        double w = 0;
        for (XrayLine l : lines) {
            s += l.crossSection() * l.energyKeV();
            w += l.crossSection();
        }
        return s / w;
    }
}
