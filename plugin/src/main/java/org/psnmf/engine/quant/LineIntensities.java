package org.psnmf.engine.quant;

import java.util.List;

/**
 * Measured line intensities of one spectrum, one entry per element of the {@link LinePlan} (excluded elements
 * included), in plan order.
 *
 * @param counts     net counts in each element's quantified line family (fit: the fitted family area; window: net
 *                   counts in the integration window); &gt;= 0
 * @param covariance their covariance matrix from counting statistics (m x m; diagonal for the window method)
 * @param warnings   human-readable notes (overlaps inside windows, clamped negative intensities)
 * @param families   per-family intensities of the family fit (every family of every plan element in the fit range);
 *                   empty for the window method and the per-pixel fits of composition maps
 * @param response   the detector response refined by the fit, or null where it was not refined
 */
public record LineIntensities(double[] counts, double[][] covariance, List<String> warnings,
        List<FamilyIntensity> families, DetectorResponse response) {

    public LineIntensities {
        warnings = List.copyOf(warnings);
        families = List.copyOf(families);
    }

    /** Intensities without per-family detail or refined response. */
    public LineIntensities(double[] counts, double[][] covariance, List<String> warnings) {
        this(counts, covariance, warnings, List.of(), null);
    }

    /** @return standard deviation of {@code counts[i]} */
    public double sigma(int i) {
        return Math.sqrt(Math.max(0, covariance[i][i]));
    }
}
