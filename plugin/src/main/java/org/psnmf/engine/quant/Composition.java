package org.psnmf.engine.quant;

import java.util.List;

/**
 * The quantified composition of one spectrum. Arrays are indexed like {@link #elements()} (the composition
 * elements: the plan's elements minus the excluded ones, in settings order). Fractions are in [0, 1].
 *
 * @param name                 spectrum title or column name
 * @param elements             element symbols
 * @param lines                quantified line family per element (Ka, La, ...)
 * @param intensities          net counts in that family
 * @param sigmaIntensities     their 1-sigma counting uncertainty
 * @param atomicFraction       atomic fractions, summing to 1
 * @param sigmaAtomicFraction  1-sigma uncertainty propagated from counting statistics
 * @param weightFraction       weight fractions, summing to 1
 * @param sigmaWeightFraction  1-sigma uncertainty of the weight fractions
 * @param absorptionFactors    thin-film absorption factors A_i &gt;= 1 applied by {@link CliffLorimer} (all 1 when
 *                             the correction is off)
 * @param warnings             notes from the intensity method and the absorption correction
 * @param families             fitted intensity of every line family in the fit range (all plan elements, excluded
 *                             ones included); empty for the window method
 * @param response             the detector response refined by the fit (width law, energy correction), or null
 */
public record Composition(String name, List<String> elements, List<String> lines, double[] intensities,
        double[] sigmaIntensities, double[] atomicFraction, double[] sigmaAtomicFraction, double[] weightFraction,
        double[] sigmaWeightFraction, double[] absorptionFactors, List<String> warnings,
        List<FamilyIntensity> families, DetectorResponse response) {

    public Composition {
        elements = List.copyOf(elements);
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
        families = List.copyOf(families);
    }

    /** @return index of {@code element} in {@link #elements()} */
    public int indexOf(String element) {
        int i = elements.indexOf(element);
        if (i < 0) {
            throw new IllegalArgumentException("Element " + element + " is not part of the composition " + elements + ".");
        }
        return i;
    }

    /** @return atomic percent of {@code element} */
    public double atomicPercent(String element) {
        return 100 * atomicFraction[indexOf(element)];
    }

    /** @return 1-sigma of the atomic percent of {@code element} */
    public double sigmaAtomicPercent(String element) {
        return 100 * sigmaAtomicFraction[indexOf(element)];
    }

    /** @return weight percent of {@code element} */
    public double weightPercent(String element) {
        return 100 * weightFraction[indexOf(element)];
    }
}
