package org.psnmf.engine.quant;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.io.AtomicOutput;

/**
 * Writes compositions as CSV with the header {@code component,element,atomic_percent,sigma_atomic_percent,
 * weight_percent}: one row per spectrum and composition element, percentages with 6 decimals. Written atomically
 * (complete file or none).
 */
public final class QuantCsv {

    public static final String HEADER = "component,element,atomic_percent,sigma_atomic_percent,weight_percent";

    private QuantCsv() {
    }

    /** @throws org.psnmf.engine.io.SpectrumFileException if {@code file} exists and overwrite is false */
    public static void write(Path file, List<Composition> compositions, boolean overwrite) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(file, overwrite)) {
            Writer w = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8);
            w.write(HEADER);
            w.write('\n');
            for (Composition c : compositions) {
                for (int i = 0; i < c.elements().size(); i++) {
                    w.write(String.format(Locale.ROOT, "%s,%s,%.6f,%.6f,%.6f\n", quote(c.name()), c.elements().get(i),
                            100 * c.atomicFraction()[i], 100 * c.sigmaAtomicFraction()[i], 100 * c.weightFraction()[i]));
                }
            }
            w.flush();
            out.commit();
        }
    }

    /** Header of {@link #writeFamilies}. */
    public static final String FAMILY_HEADER = "component,element,family,energy_keV,counts,sigma_counts,free,quantified";

    /**
     * Writes the fitted line families: one row per spectrum, element and family ({@link FamilyIntensity}); counts
     * with 3 decimals, energy the tabulated energy of the family's strongest transition. Atomic like {@link #write}.
     */
    public static void writeFamilies(Path file, List<Composition> compositions, boolean overwrite) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(file, overwrite)) {
            Writer w = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8);
            w.write(FAMILY_HEADER);
            w.write('\n');
            for (Composition c : compositions) {
                for (FamilyIntensity f : c.families()) {
                    w.write(String.format(Locale.ROOT, "%s,%s,%s,%.4f,%.3f,%.3f,%b,%b\n", quote(c.name()), f.element(),
                            f.family(), f.energyKeV(), f.counts(), f.sigma(), f.free(), f.quantified()));
                }
            }
            w.flush();
            out.commit();
        }
    }

    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
