package org.psnmf.engine.xray;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * X-ray line energies, emission cross-sections, Siegbahn/IUPAC names, atomic weights and the SDD detector efficiency,
 * read once from the bundle resource {@code xray-tables.tsv} (converted from the espm tables, MIT licence; see the
 * resource header and README credits).
 *
 * <p><b>Beam energies.</b> The tables give cross-sections at 100, 200 and 300 kV. For another beam energy E0 the
 * cross-section is interpolated <em>linearly in 1/E0</em> between the two bracketing tables: σ(E0) = σ_a + (σ_b − σ_a)
 * (1/E0 − 1/E_a)/(1/E_b − 1/E_a). Far above the ionisation threshold the cross-sections fall roughly as 1/E0 (Bethe),
 * so this rule predicts the 200 kV table from the 100 and 300 kV tables to within ~1 % (median over all lines; a few
 * high-energy K lines of Z ≥ 38 differ by up to ~17 %), whereas linear interpolation in kV is off by ~13 %. Outside
 * 100–300 kV the values are <em>clamped</em> to the nearest table (no extrapolation): at 80 kV the 100 kV values are
 * returned, at 400 kV the 300 kV values. A transition missing from a table (espm drops cross-sections below
 * 1e-25 cm^2) counts as 0 there.
 *
 * <p><b>Detector efficiency.</b> {@link #detectorEfficiency(double)} interpolates the espm SDD curve linearly in energy
 * and clamps outside its range (0.098–40.7 keV).
 *
 * <p>Element symbols are accepted in any letter case ("fe", "FE" mean Fe). Thread-safe and immutable.
 */
public final class XrayDatabase {

    /** Beam energies of the tabulated cross-sections, kV. */
    static final double[] TABLE_KV = {100, 200, 300};

    private static final String RESOURCE = "xray-tables.tsv";

    private final String[] symbolByZ;
    private final double[] weightByZ;
    private final Map<String, Integer> zBySymbol;
    /** per Z: transitions sorted by energy (empty arrays when the element has no lines) */
    private final Transition[][] transitionsByZ;
    private final Map<String, List<String>> siegbahnToIupac;
    private final Map<String, String> iupacToSiegbahn;
    private final double[] effEnergy;
    private final double[] effValue;

    private record Transition(String iupac, String siegbahn, char shell, double energy, double[] cs) {
    }

    private static final class Holder {
        static final XrayDatabase INSTANCE = load();
    }

    /** @return the database, loaded once from the bundle resource (thread-safe lazy initialisation) */
    public static XrayDatabase get() {
        return Holder.INSTANCE;
    }

    private XrayDatabase(String[] symbolByZ, double[] weightByZ, Transition[][] transitionsByZ,
            Map<String, List<String>> siegbahnToIupac, Map<String, String> iupacToSiegbahn, double[] effEnergy,
            double[] effValue) {
        this.symbolByZ = symbolByZ;
        this.weightByZ = weightByZ;
        this.transitionsByZ = transitionsByZ;
        this.siegbahnToIupac = siegbahnToIupac;
        this.iupacToSiegbahn = iupacToSiegbahn;
        this.effEnergy = effEnergy;
        this.effValue = effValue;
        Map<String, Integer> m = new HashMap<>();
        for (int z = 1; z < symbolByZ.length; z++) {
            if (symbolByZ[z] != null) {
                m.put(symbolByZ[z], z);
            }
        }
        this.zBySymbol = m;
    }

    private static XrayDatabase load() {
        try (InputStream in = XrayDatabase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("X-ray table resource " + RESOURCE + " is missing from the bundle.");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the X-ray table resource " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static XrayDatabase parse(BufferedReader r) throws IOException {
        Map<Integer, String> symbols = new HashMap<>();
        Map<Integer, Double> weights = new HashMap<>();
        Map<Integer, List<String[]>> lineRows = new HashMap<>();
        Map<String, List<String>> s2i = new LinkedHashMap<>();
        List<double[]> eff = new ArrayList<>();
        String section = "";
        int maxZ = 0;
        for (String line; (line = r.readLine()) != null;) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                section = line.substring(1, line.indexOf('\t') < 0 ? line.length() : line.indexOf('\t'));
                continue;
            }
            String[] f = line.split("\t");
            switch (section) {
                case "elements" -> {
                    int z = Integer.parseInt(f[0]);
                    symbols.put(z, f[1]);
                    weights.put(z, Double.parseDouble(f[2]));
                    maxZ = Math.max(maxZ, z);
                }
                case "lines" -> lineRows.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>()).add(f);
                case "siegbahn" -> s2i.put(f[0], List.of(f[1].split(",")));
                case "sdd_efficiency" -> eff.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
                default -> throw new IllegalStateException("X-ray table resource: unknown section '" + section + "'.");
            }
        }
        // the single-transition Siegbahn name of each IUPAC transition, e.g. KL3 -> Ka1
        Map<String, String> i2s = new HashMap<>();
        s2i.forEach((name, list) -> {
            if (list.size() == 1) {
                i2s.putIfAbsent(list.get(0), name);
            }
        });
        String[] symbolByZ = new String[maxZ + 1];
        double[] weightByZ = new double[maxZ + 1];
        Transition[][] trans = new Transition[maxZ + 1][];
        for (int z = 1; z <= maxZ; z++) {
            symbolByZ[z] = symbols.get(z);
            weightByZ[z] = weights.getOrDefault(z, Double.NaN);
            List<String[]> rows = lineRows.getOrDefault(z, List.of());
            Transition[] t = new Transition[rows.size()];
            for (int i = 0; i < t.length; i++) {
                String[] f = rows.get(i);
                double[] cs = new double[TABLE_KV.length];
                for (int k = 0; k < cs.length; k++) {
                    cs[k] = Double.parseDouble(f[3 + k]);
                }
                t[i] = new Transition(f[1], i2s.getOrDefault(f[1], ""), f[1].charAt(0), Double.parseDouble(f[2]), cs);
            }
            trans[z] = t;
        }
        double[] ee = new double[eff.size()];
        double[] ev = new double[eff.size()];
        for (int i = 0; i < ee.length; i++) {
            ee[i] = eff.get(i)[0];
            ev[i] = eff.get(i)[1];
        }
        return new XrayDatabase(symbolByZ, weightByZ, trans, Collections.unmodifiableMap(s2i), i2s, ee, ev);
    }

    /** @return true if {@code symbol} is a chemical element symbol (any letter case) */
    public boolean isElement(String symbol) {
        return symbol != null && zBySymbol.containsKey(normalise(symbol));
    }

    /**
     * @return the atomic number of {@code symbol} (any letter case)
     * @throws IllegalArgumentException for an unknown symbol
     */
    public int atomicNumber(String symbol) {
        Integer z = symbol == null ? null : zBySymbol.get(normalise(symbol));
        if (z == null) {
            throw new IllegalArgumentException("Unknown element '" + symbol + "'. Use a chemical symbol such as Fe.");
        }
        return z;
    }

    /**
     * @return the chemical symbol of atomic number {@code z}
     * @throws IllegalArgumentException if z is outside the table
     */
    public String symbol(int z) {
        if (z < 1 || z >= symbolByZ.length || symbolByZ[z] == null) {
            throw new IllegalArgumentException("Unknown atomic number " + z + "; valid: 1 to " + (symbolByZ.length - 1)
                    + ".");
        }
        return symbolByZ[z];
    }

    /** @return the standard atomic weight of the element, g/mol */
    public double atomicWeight(String symbol) {
        return weightByZ[atomicNumber(symbol)];
    }

    /**
     * @param element      chemical symbol
     * @param beamEnergyKv primary beam energy, kV (&gt; 0); cross-sections interpolated as described in the class doc
     * @return all transitions of the element with a non-zero cross-section, ascending energy (empty for light elements
     *         below B, which the tables do not cover)
     */
    public List<XrayLine> lines(String element, double beamEnergyKv) {
        return lines(element, beamEnergyKv, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * @return the transitions of the element with energy in [minKeV, maxKeV] and a non-zero cross-section, ascending
     *         energy
     */
    public List<XrayLine> lines(String element, double beamEnergyKv, double minKeV, double maxKeV) {
        int z = atomicNumber(element);
        double[] w = weights(beamEnergyKv);
        String sym = symbolByZ[z];
        List<XrayLine> out = new ArrayList<>();
        for (Transition t : transitionsByZ[z]) {
            if (t.energy >= minKeV && t.energy <= maxKeV) {
                double cs = interpolate(t.cs, w);
                if (cs > 0) {
                    out.add(new XrayLine(sym, t.iupac, t.siegbahn, t.shell, t.energy, cs));
                }
            }
        }
        return out;
    }

    /**
     * @param siegbahn family name such as "Ka", "Kb", "La", "Lb1", "Ma" (see {@link #siegbahnNames()})
     * @return the IUPAC transitions of the element that make up this Siegbahn line (e.g. Ka = KL3 + KL2 + KL1),
     *         ascending energy; empty if the element has none of them
     * @throws IllegalArgumentException for an unknown element or Siegbahn name
     */
    public List<XrayLine> family(String element, String siegbahn, double beamEnergyKv) {
        List<String> members = siegbahnToIupac.get(siegbahn);
        if (members == null) {
            throw new IllegalArgumentException("Unknown X-ray line name '" + siegbahn + "'. Use one of "
                    + String.join(", ", siegbahnToIupac.keySet()) + ".");
        }
        List<XrayLine> out = new ArrayList<>();
        for (XrayLine l : lines(element, beamEnergyKv)) {
            if (members.contains(l.iupac())) {
                out.add(l);
            }
        }
        return out;
    }

    /** @return the summed cross-section of {@link #family}, cm^2; 0 if the element has none of its transitions */
    public double familyCrossSection(String element, String siegbahn, double beamEnergyKv) {
        double s = 0;
        for (XrayLine l : family(element, siegbahn, beamEnergyKv)) {
            s += l.crossSection();
        }
        return s;
    }

    /**
     * @return the energy of the strongest transition of the family (by the 200 kV cross-section), keV, e.g. Fe Ka ->
     *         6.4039 (KL3)
     * @throws IllegalArgumentException if the element has no such line in the tables
     */
    public double familyEnergy(String element, String siegbahn) {
        List<XrayLine> f = family(element, siegbahn, 200);
        if (f.isEmpty()) {
            throw new IllegalArgumentException("Element " + symbol(atomicNumber(element)) + " has no " + siegbahn
                    + " line in the X-ray tables (0-20 keV).");
        }
        XrayLine best = f.get(0);
        for (XrayLine l : f) {
            if (l.crossSection() > best.crossSection()) {
                best = l;
            }
        }
        return best.energyKeV();
    }

    /**
     * @return the SDD detection efficiency at {@code energyKeV} in [0, 1]: linear interpolation of the espm curve,
     *         clamped to its first/last value outside 0.098–40.7 keV
     */
    public double detectorEfficiency(double energyKeV) {
        if (!(energyKeV > effEnergy[0])) {
            return effValue[0];
        }
        int n = effEnergy.length;
        if (energyKeV >= effEnergy[n - 1]) {
            return effValue[n - 1];
        }
        int i = Arrays.binarySearch(effEnergy, energyKeV);
        if (i >= 0) {
            return effValue[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (energyKeV - effEnergy[lo]) / (effEnergy[hi] - effEnergy[lo]);
        return effValue[lo] + t * (effValue[hi] - effValue[lo]);
    }

    /** @return the known Siegbahn names ("Ka", "Ka1", "Kb", "La", "Lb1", "Ma", ...), in table order */
    public Set<String> siegbahnNames() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(siegbahnToIupac.keySet()));
    }

    /** @return the IUPAC transitions of a Siegbahn name, e.g. "Ka" -> [KL3, KL2, KL1] */
    public List<String> iupacOf(String siegbahn) {
        List<String> l = siegbahnToIupac.get(siegbahn);
        if (l == null) {
            throw new IllegalArgumentException("Unknown X-ray line name '" + siegbahn + "'. Use one of "
                    + String.join(", ", siegbahnToIupac.keySet()) + ".");
        }
        return l;
    }

    /**
     * @return interpolation weights over {@link #TABLE_KV} for beam energy E0: linear in 1/E0 between the bracketing
     *         tables, clamped outside [100, 300] kV
     */
    static double[] weights(double beamEnergyKv) {
        if (!(beamEnergyKv > 0) || !Double.isFinite(beamEnergyKv)) {
            throw new IllegalArgumentException("Beam energy must be a positive number of kV, got " + beamEnergyKv + ".");
        }
        double[] w = new double[TABLE_KV.length];
        if (beamEnergyKv <= TABLE_KV[0]) {
            w[0] = 1;
            return w;
        }
        int last = TABLE_KV.length - 1;
        if (beamEnergyKv >= TABLE_KV[last]) {
            w[last] = 1;
            return w;
        }
        int hi = 1;
        while (TABLE_KV[hi] < beamEnergyKv) {
            hi++;
        }
        int lo = hi - 1;
        double t = (1 / beamEnergyKv - 1 / TABLE_KV[lo]) / (1 / TABLE_KV[hi] - 1 / TABLE_KV[lo]);
        w[lo] = 1 - t;
        w[hi] = t;
        return w;
    }

    private static double interpolate(double[] cs, double[] w) {
        double s = 0;
        for (int k = 0; k < cs.length; k++) {
            s += w[k] * cs[k];
        }
        return s;
    }

    private static String normalise(String symbol) {
        String s = symbol.trim();
        if (s.isEmpty() || s.length() > 3) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
