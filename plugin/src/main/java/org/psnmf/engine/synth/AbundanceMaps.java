package org.psnmf.engine.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic abundance maps: a matrix phase with embedded grains of the other phases, abundances summing to one in
 * every pixel.
 *
 * <p><b>Grain model.</b> The specimen is a thin film seen along the beam. Each grain is an ellipsoid whose footprint is
 * an ellipse (mean radius R × U(0.6, 1.4), aspect ratio U(0.75, 1.25), random orientation, centre uniform over the
 * image, so grains may be cut by the border). At a pixel at normalised elliptical distance ρ &lt; 1 from the centre the
 * grain fills the fraction t = min(1, d·√(1 − ρ²)) of the film thickness, with a depth factor d ~ U(0.5, 2): grains
 * with d ≥ 1 go through the whole film in their core (pure pixels), thinner or buried grains (d &lt; 1) and every grain
 * rim share the column with the matrix. These are the zones where phases overlap along the beam and the
 * abundances are partial, as in the paper's ground truth.
 *
 * <p><b>Combination.</b> Per grain phase j, T_j = the largest t over its grains at the pixel. If Σ_j T_j &gt; 1 (grains of
 * different phases stacked in one column) they are scaled to sum 1; the matrix gets 1 − Σ_j a_j. Hence every pixel sums
 * to 1 (up to rounding, 1e-15) and all abundances lie in [0, 1].
 *
 * <p>Deterministic: the same sizes, specs and seed give the same maps.
 */
public final class AbundanceMaps {

    private AbundanceMaps() {
    }

    /**
     * @param width  image width, pixels
     * @param height image height, pixels
     * @param grains one spec per non-matrix phase (phase j + 1 of the result)
     * @param seed   geometry seed
     * @return abundances, shape (1 + grains.size()) x (width * height), row-major pixels p = y * width + x; row 0 is
     *         the matrix
     */
    public static double[][] grains(int width, int height, List<GrainSpec> grains, long seed) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("Map size must be at least 1 x 1, got " + width + " x " + height + ".");
        }
        int k = 1 + grains.size();
        int n = width * height;
        double[][] maps = new double[k][n];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int j = 1; j < k; j++) {
            GrainSpec spec = grains.get(j - 1);
            double[] t = maps[j];
            for (int g = 0; g < spec.count(); g++) {
                addGrain(t, width, height, spec.radiusPx(), rnd);
            }
        }
        for (int p = 0; p < n; p++) {
            double sum = 0;
            for (int j = 1; j < k; j++) {
                sum += maps[j][p];
            }
            if (sum > 1) {
                for (int j = 1; j < k; j++) {
                    maps[j][p] /= sum;
                }
                sum = 1;
            }
            maps[0][p] = Math.max(0, 1 - sum);
        }
        return maps;
    }

    /** Draws one grain and raises {@code t} (the phase's thickness fraction map) to the grain's profile. */
    private static void addGrain(double[] t, int width, int height, double meanRadius, SplittableRandom rnd) {
        double cx = rnd.nextDouble() * width;
        double cy = rnd.nextDouble() * height;
        double r = meanRadius * (0.6 + 0.8 * rnd.nextDouble());
        double aspect = 0.75 + 0.5 * rnd.nextDouble();
        double ax = r * aspect;
        double ay = r / aspect;
        double theta = Math.PI * rnd.nextDouble();
        double depth = 0.5 + 1.5 * rnd.nextDouble();
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        double reach = Math.max(ax, ay);
        int x0 = Math.max(0, (int) Math.floor(cx - reach));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + reach));
        int y0 = Math.max(0, (int) Math.floor(cy - reach));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + reach));
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double u = (dx * cos + dy * sin) / ax;
                double v = (-dx * sin + dy * cos) / ay;
                double rho2 = u * u + v * v;
                if (rho2 < 1) {
                    double f = Math.min(1, depth * Math.sqrt(1 - rho2));
                    int p = y * width + x;
                    if (f > t[p]) {
                        t[p] = f;
                    }
                }
            }
        }
    }

    /** @return the mean of each map over all pixels (the phases' volume fractions), length k */
    public static double[] volumeFractions(double[][] maps) {
        double[] f = new double[maps.length];
        for (int j = 0; j < maps.length; j++) {
            double s = 0;
            for (double v : maps[j]) {
                s += v;
            }
            f[j] = s / maps[j].length;
        }
        return f;
    }
}
