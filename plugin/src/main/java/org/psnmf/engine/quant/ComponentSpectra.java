package org.psnmf.engine.quant;

/**
 * Decomposition spectra are per unit abundance (with sum-to-one: the counts of one pixel of a pure phase), often far
 * below one count per channel. The quantification's Poisson weights and uncertainties assume counts, so each component
 * spectrum is first scaled to the counts that component represents in the whole image: spectrum x summed abundance.
 * The composition does not depend on that scale; only the uncertainties do.
 */
public final class ComponentSpectra {

    private ComponentSpectra() {
    }

    /**
     * @param spectra k spectra (W columns); Not modified
     * @param maps    k abundance maps (H rows), same order; Not modified
     * @return new arrays: spectra[j] x sum(maps[j])
     * @throws IllegalArgumentException if the counts of spectra and maps differ
     */
    public static double[][] scaledToCounts(double[][] spectra, double[][] maps) {
        if (spectra.length != maps.length) {
            throw new IllegalArgumentException(spectra.length + " component spectra but " + maps.length + " maps.");
        }
        double[][] out = new double[spectra.length][];
        for (int j = 0; j < spectra.length; j++) {
            double total = 0;
            for (double h : maps[j]) {
                total += h;
            }
            out[j] = spectra[j].clone();
            for (int c = 0; c < out[j].length; c++) {
                out[j][c] *= total;
            }
        }
        return out;
    }
}
