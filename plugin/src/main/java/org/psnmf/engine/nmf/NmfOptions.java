package org.psnmf.engine.nmf;

/**
 * Settings of one Poisson NMF fit ({@link PoissonNmf#fit}). Ranges are checked here, once; checks that need the data
 * (components against the image size, custom factor shapes) are done by {@link PoissonNmf#fit}.
 *
 * @param components      number of components k, at least 1 (and at most min(pixels, channels), checked on the data)
 * @param sumToOne        true: abundances sum to one in every pixel (the paper's constraint, enforced exactly by a
 *                        Lagrange multiplier in each abundance update, see {@link PoissonNmf}); false: free abundances
 * @param init            how the first run starts, see {@link Init}
 * @param restarts        number of runs, at least 1; run 0 uses {@code init}, runs 1.. use {@link Init#RANDOM} with
 *                        seed + r; the run with the lowest final objective is kept
 * @param maxIterations   iteration limit per run, at least 1
 * @param tolerance       stop when the relative objective decrease over the last {@code checkInterval} iterations,
 *                        (previous − current) / current, falls below this; 0 runs exactly {@code maxIterations}
 * @param checkInterval   iterations between objective evaluations (each costs one log per non-zero), at least 1
 * @param seed            seed of every random choice (random init, restarts, subspace iteration)
 * @param threads         worker threads, at least 1; results do not depend on it (fixed block partition, partial
 *                        sums combined in block order)
 * @param wallTimeSeconds wall-clock budget per fit in seconds, &gt; 0; {@code Double.POSITIVE_INFINITY} for none. When
 *                        it runs out the fit stops with {@code converged = false}
 * @param spectraMode     {@link SpectraMode#FREE}: W is updated; {@link SpectraMode#FIXED}: W stays exactly the
 *                        initial W (bit-identical) and only H is fitted
 * @param smoothness      dimensionless weight s ≥ 0 of the spatial smoothness penalty (μ/2)·Σ over 4-neighbour
 *                        pixel pairs of ||H[:,p] − H[:,q]||² (espm's Laplacian regulariser), with
 *                        μ = s · mean counts per pixel so that the same s suits any count level; 0 = off
 * @param initialSpectra  custom W, k arrays of length channels (used when {@code init == CUSTOM}); may be null when
 *                        {@code initialMaps} is given. Not modified
 * @param initialMaps     custom H, k arrays of length pixels (used when {@code init == CUSTOM}); may be null. Not
 *                        modified
 */
public record NmfOptions(int components, boolean sumToOne, Init init, int restarts, int maxIterations, double tolerance,
        int checkInterval, long seed, int threads, double wallTimeSeconds, SpectraMode spectraMode, double smoothness,
        double[][] initialSpectra, double[][] initialMaps) {

    /** How W and H start. */
    public enum Init {
        /**
         * Non-negative double SVD (Boutsidis &amp; Gallopoulos 2008) with zeros filled by the data mean ("a" variant);
         * the top-k singular vectors come from a seeded subspace iteration on the sparse data. Deterministic.
         */
        NNDSVDA,
        /** W = mean spectrum times uniform(0, 2) noise, H uniform random; seeded. */
        RANDOM,
        /**
         * Successive projection (pure-pixel search, Gillis &amp; Vavasis 2014) on the count-normalised pixel spectra
         * projected onto the top-k subspace; W = the spectra of the k selected pixels. Best on binned, high-count
         * data where pure pixels exist. Deterministic.
         */
        SPA,
        /** W and/or H given in {@code initialSpectra} / {@code initialMaps}. */
        CUSTOM
    }

    /** Whether the component spectra are fitted or held at their initial values. */
    public enum SpectraMode {
        FREE, FIXED
    }

    /** Default tolerance on the relative objective decrease. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    public NmfOptions {
        if (components < 1) {
            throw new IllegalArgumentException("Components must be at least 1, got " + components + ".");
        }
        if (init == null || spectraMode == null) {
            throw new IllegalArgumentException("Init and spectra mode must be given.");
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("Restarts must be at least 1, got " + restarts + ".");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("Max iterations must be at least 1, got " + maxIterations + ".");
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("Tolerance must be a finite number >= 0, got " + tolerance + ".");
        }
        if (checkInterval < 1) {
            throw new IllegalArgumentException("Check interval must be at least 1 iteration, got " + checkInterval
                    + ".");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("Threads must be at least 1, got " + threads + ".");
        }
        if (!(wallTimeSeconds > 0)) {
            throw new IllegalArgumentException("Wall time must be > 0 seconds (or infinite), got " + wallTimeSeconds
                    + ".");
        }
        if (!(smoothness >= 0) || !Double.isFinite(smoothness)) {
            throw new IllegalArgumentException("Smoothness must be a finite number >= 0, got " + smoothness + ".");
        }
        if (init == Init.CUSTOM && initialSpectra == null && initialMaps == null) {
            throw new IllegalArgumentException("Init CUSTOM needs initial spectra and/or initial maps.");
        }
        if (spectraMode == SpectraMode.FIXED && init != Init.CUSTOM) {
            // fixing an unfitted random/SVD start would silently return meaningless spectra
            throw new IllegalArgumentException("Spectra mode FIXED needs init CUSTOM with the spectra to keep.");
        }
        if (spectraMode == SpectraMode.FIXED && initialSpectra == null) {
            throw new IllegalArgumentException("Spectra mode FIXED needs initial spectra.");
        }
        checkShape("initial spectra", initialSpectra, components);
        checkShape("initial maps", initialMaps, components);
    }

    private static void checkShape(String what, double[][] a, int k) {
        if (a == null) {
            return;
        }
        if (a.length != k) {
            throw new IllegalArgumentException("The " + what + " have " + a.length + " components, expected " + k + ".");
        }
        for (int j = 0; j < k; j++) {
            if (a[j] == null || a[j].length != a[0].length) {
                throw new IllegalArgumentException("The " + what + " must all have the same length.");
            }
            for (double v : a[j]) {
                if (!(v >= 0) || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("The " + what + " must be finite and >= 0, found " + v
                            + " in component " + (j + 1) + ".");
                }
            }
        }
    }

    /**
     * Defaults: sum-to-one, NNDSVDa init (lowest spectral angles in the mantle evaluation, README), 1 restart, 1000 iterations, tolerance 1e-6 checked every 10 iterations, seed
     * 0, all processors, no wall-time limit, free spectra, no smoothness.
     */
    public static NmfOptions defaults(int components) {
        return new NmfOptions(components, true, Init.NNDSVDA, 1, 1000, DEFAULT_TOLERANCE, 10, 0L,
                Runtime.getRuntime().availableProcessors(), Double.POSITIVE_INFINITY, SpectraMode.FREE, 0.0, null, null);
    }

    public NmfOptions withSumToOne(boolean v) {
        return new NmfOptions(components, v, init, restarts, maxIterations, tolerance, checkInterval, seed, threads,
                wallTimeSeconds, spectraMode, smoothness, initialSpectra, initialMaps);
    }

    public NmfOptions withInit(Init v) {
        return new NmfOptions(components, sumToOne, v, restarts, maxIterations, tolerance, checkInterval, seed, threads,
                wallTimeSeconds, spectraMode, smoothness, initialSpectra, initialMaps);
    }

    public NmfOptions withRestarts(int v) {
        return new NmfOptions(components, sumToOne, init, v, maxIterations, tolerance, checkInterval, seed, threads,
                wallTimeSeconds, spectraMode, smoothness, initialSpectra, initialMaps);
    }

    public NmfOptions withMaxIterations(int v) {
        return new NmfOptions(components, sumToOne, init, restarts, v, tolerance, checkInterval, seed, threads,
                wallTimeSeconds, spectraMode, smoothness, initialSpectra, initialMaps);
    }

    public NmfOptions withTolerance(double v) {
        return new NmfOptions(components, sumToOne, init, restarts, maxIterations, v, checkInterval, seed, threads,
                wallTimeSeconds, spectraMode, smoothness, initialSpectra, initialMaps);
    }

    public NmfOptions withCheckInterval(int v) {
        return new NmfOptions(components, sumToOne, init, restarts, maxIterations, tolerance, v, seed, threads,
                wallTimeSeconds, spectraMode, smoothness, initialSpectra, initialMaps);
    }

    public NmfOptions withSeed(long v) {
        return new NmfOptions(components, sumToOne, init, restarts, maxIterations, tolerance, checkInterval, v, threads,
                wallTimeSeconds, spectraMode, smoothness, initialSpectra, initialMaps);
    }

    public NmfOptions withThreads(int v) {
        return new NmfOptions(components, sumToOne, init, restarts, maxIterations, tolerance, checkInterval, seed, v,
                wallTimeSeconds, spectraMode, smoothness, initialSpectra, initialMaps);
    }

    public NmfOptions withWallTimeSeconds(double v) {
        return new NmfOptions(components, sumToOne, init, restarts, maxIterations, tolerance, checkInterval, seed,
                threads, v, spectraMode, smoothness, initialSpectra, initialMaps);
    }

    public NmfOptions withSpectraMode(SpectraMode v) {
        return new NmfOptions(components, sumToOne, init, restarts, maxIterations, tolerance, checkInterval, seed,
                threads, wallTimeSeconds, v, smoothness, initialSpectra, initialMaps);
    }

    public NmfOptions withSmoothness(double v) {
        return new NmfOptions(components, sumToOne, init, restarts, maxIterations, tolerance, checkInterval, seed,
                threads, wallTimeSeconds, spectraMode, v, initialSpectra, initialMaps);
    }

    /** @return options with a custom start (init becomes CUSTOM); either array may be null */
    public NmfOptions withInitial(double[][] spectra, double[][] maps) {
        return new NmfOptions(components, sumToOne, Init.CUSTOM, restarts, maxIterations, tolerance, checkInterval,
                seed, threads, wallTimeSeconds, spectraMode, smoothness, spectra, maps);
    }
}
