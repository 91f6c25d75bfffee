package org.psnmf.engine.quant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Total mass attenuation coefficients mu/rho (cm^2/g) and pure-element densities (g/cm^3) for Z = 3..92, 0.1-25 keV,
 * from the bundled table {@code mac.tsv} generated with xraylib (Schoonjans et al., Spectrochim. Acta B 66 (2011) 776;
 * BSD-3-Clause) by {@code plugin/src/tools/python/make_mac_table.py}.
 *
 * <p>Between table rows mu/rho is interpolated linearly in (ln E, ln mu/rho) — mu/rho follows a power law of E between
 * absorption edges. Every edge (K, L1-L3, M1-M5) is stored as two rows at the same energy (the values just below and
 * just above), and interpolation never uses a pair of rows that spans an edge; at exactly the edge energy the
 * above-edge value is returned. Loaded once; thread-safe.
 */
public final class MassAttenuation {

    private static final String RESOURCE = "mac.tsv";
    private static volatile MassAttenuation instance;

    private final Map<String, double[][]> table;
    private final Map<String, Double> density;

    private MassAttenuation(Map<String, double[][]> table, Map<String, Double> density) {
        this.table = table;
        this.density = density;
    }

    /** @return the bundled table (loaded on first use) */
    public static MassAttenuation get() {
        MassAttenuation m = instance;
        if (m == null) {
            synchronized (MassAttenuation.class) {
                m = instance;
                if (m == null) {
                    m = load();
                    instance = m;
                }
            }
        }
        return m;
    }

    /**
     * @param element   chemical symbol
     * @param energyKeV photon energy, keV, in [0.1, 25]
     * @return mu/rho of the pure element at that energy, cm^2/g
     * @throws IllegalArgumentException for an element outside the table or an energy outside 0.1-25 keV
     */
    public double muRho(String element, double energyKeV) {
        double[][] t = rows(element);
        double[] e = t[0];
        double[] mu = t[1];
        int n = e.length;
        if (!(energyKeV >= e[0] && energyKeV <= e[n - 1])) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Mass attenuation of %s is tabulated for %.3g-%.3g keV, not %s keV.", element, e[0], e[n - 1], energyKeV));
        }
        // last row with e <= E: at an edge energy this is the above-edge row; hi is then the next row, strictly above
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (e[mid] <= energyKeV) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if (e[lo] == energyKeV) {
            return mu[lo];
        }
        double f = Math.log(energyKeV / e[lo]) / Math.log(e[hi] / e[lo]);
        return Math.exp(Math.log(mu[lo]) + f * Math.log(mu[hi] / mu[lo]));
    }

    /**
     * @return density of the pure element at room temperature, g/cm^3 (xraylib ElementDensity)
     * @throws IllegalArgumentException for an element outside the table
     */
    public double density(String element) {
        rows(element);
        return density.get(element);
    }

    private double[][] rows(String element) {
        double[][] t = table.get(element);
        if (t == null) {
            throw new IllegalArgumentException("No mass attenuation data for element '" + element + "' (Li to U only).");
        }
        return t;
    }

    private static MassAttenuation load() {
        Map<String, double[][]> table = new HashMap<>();
        Map<String, Double> density = new HashMap<>();
        try (InputStream in = MassAttenuation.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled mass attenuation table " + RESOURCE + " is missing.");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String symbol = null;
            List<double[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\\s+");
                if (f[0].equals("element")) {
                    put(table, symbol, rows);
                    symbol = f[1];
                    density.put(symbol, Double.parseDouble(f[3]));
                    rows = new ArrayList<>();
                } else {
                    rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
                }
            }
            put(table, symbol, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled mass attenuation table " + RESOURCE + ".", e);
        }
        return new MassAttenuation(Map.copyOf(table), Map.copyOf(density));
    }

    private static void put(Map<String, double[][]> table, String symbol, List<double[]> rows) {
        if (symbol == null) {
            return;
        }
        double[][] t = new double[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            t[0][i] = rows.get(i)[0];
            t[1][i] = rows.get(i)[1];
        }
        table.put(symbol, t);
    }
}
