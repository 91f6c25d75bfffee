package org.psnmf.engine.quant;

import java.util.List;

/**
 * Per-pixel compositions of a spectrum image. Maps are row-major ({@code p = y * width + x}), one per composition
 * element, in percent. Pixels without signal of any composition element (vacuum, or an all-zero pixel) are NaN in
 * every map.
 *
 * @param width              image width
 * @param height             image height
 * @param elements           composition elements (excluded ones left out)
 * @param atomicPercent      {@code [element][pixel]}
 * @param sigmaAtomicPercent {@code [element][pixel]}, 1 sigma from counting statistics
 * @param weightPercent      {@code [element][pixel]}
 */
public record CompositionMaps(int width, int height, List<String> elements, float[][] atomicPercent,
        float[][] sigmaAtomicPercent, float[][] weightPercent) {

    public CompositionMaps {
        elements = List.copyOf(elements);
    }

    /** @return the atomic-percent map of {@code element} (not a copy) */
    public float[] atomicPercent(String element) {
        int i = elements.indexOf(element);
        if (i < 0) {
            throw new IllegalArgumentException("Element " + element + " is not part of the composition " + elements + ".");
        }
        return atomicPercent[i];
    }
}
