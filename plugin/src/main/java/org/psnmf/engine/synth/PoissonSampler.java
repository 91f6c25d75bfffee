package org.psnmf.engine.synth;

import java.util.SplittableRandom;

/**
 * Poisson random numbers from a caller-supplied {@link SplittableRandom} (so that each image row can own a
 * generator and the result never depends on thread scheduling).
 *
 * <p>λ &lt; 30: inversion by sequential search (exact, O(λ)). λ ≥ 30: Hörmann's transformed rejection with squeeze,
 * PTRS (W. Hörmann, "The transformed rejection method for generating Poisson random variables", Insurance: Mathematics
 * and Economics 12 (1993) 39–45), exact and O(1).
 */
public final class PoissonSampler {

    private PoissonSampler() {
    }

    /** @return one Poisson(lambda) variate; 0 for lambda ≤ 0 */
    public static long sample(double lambda, SplittableRandom rnd) {
        if (!(lambda > 0)) {
            return 0;
        }
        if (lambda < 30) {
            double p = Math.exp(-lambda);
            double f = p;
            double u = rnd.nextDouble();
            long k = 0;
            while (u > f) {
                k++;
                p *= lambda / k;
                f += p;
                if (p < 1e-300 && f < u) {
                    // u fell in the last ulp of rounding; restart rather than loop forever
                    u = rnd.nextDouble();
                    p = Math.exp(-lambda);
                    f = p;
                    k = 0;
                }
            }
            return k;
        }
        double slam = Math.sqrt(lambda);
        double loglam = Math.log(lambda);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = rnd.nextDouble() - 0.5;
            double v = rnd.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam
                    - logGamma(k + 1.0)) {
                return k;
            }
        }
    }

    /** ln Γ(x) for x ≥ 1 (Lanczos approximation, g = 7, 9 terms; relative error ~1e-15). */
    static double logGamma(double x) {
        final double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        double xm = x - 1;
        double s = c[0];
        for (int i = 1; i < 9; i++) {
            s += c[i] / (xm + i);
        }
        double t = xm + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(s);
    }
}
