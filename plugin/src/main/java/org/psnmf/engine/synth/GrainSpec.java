package org.psnmf.engine.synth;

/**
 * How one non-matrix phase is distributed in a synthetic abundance map: {@code count} grains of mean radius
 * {@code radiusPx} (see {@link AbundanceMaps} for the grain model).
 *
 * @param count    number of grains, 0–10,000
 * @param radiusPx mean grain radius, pixels, 0.5–10,000
 */
public record GrainSpec(int count, double radiusPx) {

    public GrainSpec {
        if (count < 0 || count > 10_000) {
            throw new IllegalArgumentException("Grain count must be between 0 and 10000, got " + count + ".");
        }
        if (!(radiusPx >= 0.5 && radiusPx <= 10_000)) {
            throw new IllegalArgumentException("Grain radius must be between 0.5 and 10000 pixels, got " + radiusPx + ".");
        }
    }
}
