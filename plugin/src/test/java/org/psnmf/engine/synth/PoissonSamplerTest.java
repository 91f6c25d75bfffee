package org.psnmf.engine.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PoissonSamplerTest {

    @Test
    void meanAndVariance_matchLambda_bothBranches() {
        SplittableRandom rnd = new SplittableRandom(42);
        int n = 200_000;
        for (double lambda : new double[] {0.05, 0.7, 4, 29.5, 30, 147, 5000}) {
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < n; i++) {
                long k = PoissonSampler.sample(lambda, rnd);
                s += k;
                s2 += (double) k * k;
            }
            double mean = s / n;
            double var = s2 / n - mean * mean;
            // standard error of the mean sqrt(lambda/n); 5 standard errors
            assertEquals(lambda, mean, 5 * Math.sqrt(lambda / n), "mean at lambda " + lambda);
            // standard error of the variance ~ lambda * sqrt(2/n) (+ excess kurtosis 1/lambda); 6 %
            assertEquals(lambda, var, 0.06 * lambda + 5 * Math.sqrt(lambda / n), "variance at lambda " + lambda);
        }
        assertEquals(0, PoissonSampler.sample(0, rnd));
        assertEquals(0, PoissonSampler.sample(-1, rnd));
    }

    @Test
    void probabilityOfZero_isExpMinusLambda() {
        // P(0) = e^-lambda checks the shape, not only the moments: lambda = 2 -> 0.1353; at n = 1e5, sd = 0.0011
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 100_000;
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            if (PoissonSampler.sample(2, rnd) == 0) {
                zeros++;
            }
        }
        assertEquals(Math.exp(-2), (double) zeros / n, 0.005);
        // and P(k = lambda) for the rejection branch: lambda = 100, P(100) = 0.03986 (sd 0.0006 at n = 1e5)
        int at = 0;
        for (int i = 0; i < n; i++) {
            if (PoissonSampler.sample(100, rnd) == 100) {
                at++;
            }
        }
        assertEquals(0.03986, (double) at / n, 0.003);
    }

    @Test
    void logGamma_matchesFactorials() {
        assertEquals(0, PoissonSampler.logGamma(1), 1e-13);
        assertEquals(Math.log(120), PoissonSampler.logGamma(6), 1e-12);
        assertEquals(Math.log(3628800), PoissonSampler.logGamma(11), 1e-11);
    }
}
