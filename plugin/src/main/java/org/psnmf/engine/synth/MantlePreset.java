package org.psnmf.engine.synth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paper's validation sample (Chen, Alexander, Hébert, arXiv:2405.14649, Table 1 and Figure 2): a lower-mantle
 * assemblage solidified at high pressure, with bridgmanite (Brg, (Mg,Fe)SiO3, the matrix, carrying trace Nd and Sm),
 * ferropericlase (Fp, (Mg,Fe)O, grains) and calcium perovskite (CaPv, CaSiO3, the smallest volume fraction, host of
 * the rare earths and U). The compositions are Table 1's "Phase" rows (atomic %), including Cu 1 % in Fp.
 *
 * <p>The paper simulated 180 × 180 pixels with espm and Poisson-sampled two noise levels: 147 counts/pixel (medium SNR)
 * and 18 counts/pixel (low SNR). Our maps follow the description (Brg matrix, Fp grains, fewer and smaller CaPv grains,
 * zones where phases overlap along the beam), not the paper's exact picture, which is not published as data.
 */
public final class MantlePreset {

    /** Preset name used on the command line. */
    public static final String NAME = "mantle";
    /** Image size of the paper's synthetic data, pixels. */
    public static final int SIZE = 180;
    /** Mean counts per pixel of the paper's medium-SNR dataset. */
    public static final double MEDIUM_COUNTS = 147;
    /** Mean counts per pixel of the paper's low-SNR dataset. */
    public static final double LOW_COUNTS = 18;
    /** Fp grains at 180 px. */
    public static final int FP_GRAINS = 14;
    /** Mean Fp grain radius as a fraction of the image size (18 px at 180 px). */
    public static final double FP_RADIUS_FRACTION = 18.0 / 180;
    /** CaPv grains at 180 px: fewer than Fp. */
    public static final int CAPV_GRAINS = 8;
    /** Mean CaPv grain radius as a fraction of the image size (9.5 px at 180 px): smaller than Fp. */
    public static final double CAPV_RADIUS_FRACTION = 9.5 / 180;

    private MantlePreset() {
    }

    /** @return Brg (matrix), Fp, CaPv with the paper's Table 1 compositions, atomic % */
    public static List<Phase> phases() {
        return List.of(
                new Phase("Brg", composition("Mg", 18.50, "Si", 18.20, "Al", 1.50, "Ca", 1.00, "Fe", 1.00, "Nd", 0.10,
                        "Sm", 0.10, "O", 60.00)),
                new Phase("Fp", composition("Mg", 39.00, "Fe", 10.00, "O", 50.00, "Cu", 1.00)),
                new Phase("CaPv", composition("Si", 17.50, "Al", 2.50, "Ca", 16.20, "Fe", 1.00, "Nd", 1.00, "Sm", 1.00,
                        "U", 1.00, "O", 60.00)));
    }

    /**
     * @param size image width = height, pixels; radii scale with the size and the grain numbers stay, so the volume
     *             fractions and the look of the picture do not depend on the size
     * @return grain specifications for Fp and CaPv (the phases after the matrix)
     */
    public static List<GrainSpec> grains(int size) {
        // at least half a pixel (the smallest grain a spec accepts) for tiny test images
        return List.of(new GrainSpec(FP_GRAINS, Math.max(0.5, FP_RADIUS_FRACTION * size)),
                new GrainSpec(CAPV_GRAINS, Math.max(0.5, CAPV_RADIUS_FRACTION * size)));
    }

    private static Map<String, Double> composition(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return m;
    }
}
