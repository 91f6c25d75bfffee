package org.psnmf.engine.metrics;

/** Mean squared error between two maps, the paper's eq. (2): {@code MSE = ||M1 − M2||² / (Px · Py)}. */
public final class MapError {

    private MapError() {
    }

    /**
     * @param a map (any pixel order, same as b); Not modified. For abundance maps in [0, 1] the MSE lies in [0, 1]
     * @param b map; Not modified
     */
    public static double mse(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("Maps must be non-empty and the same size, got " + a.length + " and "
                    + b.length + " pixels.");
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s / a.length;
    }
}
