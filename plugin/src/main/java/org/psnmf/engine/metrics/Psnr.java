package org.psnmf.engine.metrics;

/**
 * Peak signal-to-noise ratio of a map against a reference: {@code 10 log10(max(ref)² / MSE)} in dB, the usual image
 * fidelity measure for elemental maps (higher is better).
 */
public final class Psnr {

    private Psnr() {
    }

    /**
     * @param map       test map (e.g. an elemental map of a denoised cube); Not modified
     * @param reference ground-truth map, same size; Not modified
     * @return PSNR in dB; +infinity for identical maps
     * @throws IllegalArgumentException if the reference is all zero (no peak to compare with)
     */
    public static double db(double[] map, double[] reference) {
        double peak = 0;
        for (double v : reference) {
            peak = Math.max(peak, Math.abs(v));
        }
        if (peak == 0) {
            throw new IllegalArgumentException("Reference map is all zero; PSNR is undefined.");
        }
        double mse = MapError.mse(map, reference);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(peak * peak / mse);
    }
}
