package org.psnmf.engine.metrics;

/** Spectral angle between two spectra, the paper's eq. (1): {@code α = arccos(v1·v2 / (|v1| |v2|))}, in degrees. */
public final class SpectralAngle {

    private SpectralAngle() {
    }

    /**
     * @param a spectrum; Not modified
     * @param b spectrum of the same length; Not modified
     * @return angle in degrees, 0 (same shape) to 180; 90 if either vector is all zero (no similarity)
     */
    public static double degrees(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("Spectra have different lengths: " + a.length + " and " + b.length + ".");
        }
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        if (aa == 0 || bb == 0) {
            return 90;
        }
        double cos = Math.max(-1, Math.min(1, ab / Math.sqrt(aa * bb)));
        return Math.toDegrees(Math.acos(cos));
    }
}
