package org.psnmf.engine.synth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.psnmf.engine.xray.XrayDatabase;

/**
 * A phase (mineral, compound) of a synthetic sample: a name and its composition in atomic percent.
 *
 * <p>The percentages need not sum to exactly 100 (the paper's Table 1 rows sum to 100.0–100.4); the model uses
 * {@link #atomicFractions()}, the values normalised to sum 1, and the ground truth reports those normalised values
 * (×100), which is what a quantification returns.
 *
 * @param name          phase name, e.g. "Brg"; non-blank, no comma, quote or line break (it becomes a CSV header)
 * @param atomicPercent element symbol -&gt; atomic %, each finite and ≥ 0, at least one &gt; 0; symbols are checked
 *                      against the X-ray database and written in canonical case ("fe" -&gt; "Fe"); order kept
 */
public record Phase(String name, Map<String, Double> atomicPercent) {

    public Phase {
        if (name == null || name.isBlank() || name.matches(".*[,\"\\r\\n].*")) {
            throw new IllegalArgumentException("Phase name must be non-blank text without commas, quotes or line breaks, got '"
                    + name + "'.");
        }
        name = name.trim();
        if (atomicPercent == null || atomicPercent.isEmpty()) {
            throw new IllegalArgumentException("Phase " + name + " has no elements; give at least one element with its atomic %.");
        }
        XrayDatabase db = XrayDatabase.get();
        Map<String, Double> copy = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, Double> e : atomicPercent.entrySet()) {
            String symbol = db.symbol(db.atomicNumber(e.getKey()));
            Double v = e.getValue();
            if (v == null || !Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException("Phase " + name + ", element " + symbol
                        + ": atomic % must be a finite number >= 0, got " + v + ".");
            }
            if (copy.put(symbol, v) != null) {
                throw new IllegalArgumentException("Phase " + name + " lists element " + symbol + " twice.");
            }
            sum += v;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("Phase " + name + ": the atomic percentages sum to 0.");
        }
        atomicPercent = Collections.unmodifiableMap(copy);
    }

    /** @return element -&gt; atomic fraction, normalised to sum 1, same order as {@link #atomicPercent()} */
    public Map<String, Double> atomicFractions() {
        double sum = 0;
        for (double v : atomicPercent.values()) {
            sum += v;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : atomicPercent.entrySet()) {
            out.put(e.getKey(), e.getValue() / sum);
        }
        return Collections.unmodifiableMap(out);
    }

    /** @return mean atomic number Σ x_i Z_i over atomic fractions x_i (drives the bremsstrahlung level) */
    public double meanAtomicNumber() {
        XrayDatabase db = XrayDatabase.get();
        double z = 0;
        for (Map.Entry<String, Double> e : atomicFractions().entrySet()) {
            z += e.getValue() * db.atomicNumber(e.getKey());
        }
        return z;
    }
}
