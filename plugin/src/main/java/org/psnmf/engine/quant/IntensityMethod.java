package org.psnmf.engine.quant;

import java.util.Locale;

/** How line intensities are measured from a spectrum. */
public enum IntensityMethod {
    /**
     * Non-negative least-squares fit of one template per element (all its lines) plus a smooth bremsstrahlung basis;
     * separates overlapping line families. The default.
     */
    FIT,
    /**
     * Classic window integration (as HyperSpy/exSpy {@code get_lines_intensity}): sum over line ± FWHM minus a linear
     * background from two side windows. Biased where lines of different elements overlap.
     */
    WINDOW;

    /** @throws IllegalArgumentException naming the valid values */
    public static IntensityMethod parse(String s) {
        for (IntensityMethod m : values()) {
            if (m.name().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown intensity method '" + s + "' (valid: fit, window).");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
