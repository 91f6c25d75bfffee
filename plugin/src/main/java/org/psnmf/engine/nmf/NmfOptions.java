package org.psnmf.engine.nmf;

/**
 * Settings of one Poisson NMF fit ({@link PoissonNmf#fit}), built by name with {@link #builder(int)} (so that no
 * two same-typed values can be swapped silently). Ranges are checked once, by {@link Builder#build()}; checks that
 * need the data (components against the image size, custom factor shapes) are done by {@link PoissonNmf#fit}.
 *
 * <p>Settings:
 * <ul>
 * <li>{@code components}: number of components k, at least 1 (and at most min(pixels, channels), checked on the data)
 * <li>{@code sumToOne}: true: abundances sum to one in every pixel (the paper's constraint, enforced exactly by a
 * Lagrange multiplier in each abundance update, see {@link PoissonNmf}); false: free abundances
 * <li>{@code init}: how the first run starts, see {@link Init}
 * <li>{@code restarts}: number of runs, at least 1; run 0 uses {@code init}, runs 1.. use {@link Init#RANDOM} with
 * seed + r; the run with the lowest final objective is kept
 * <li>{@code maxIterations}: iteration limit per run, at least 1
 * <li>{@code tolerance}: stop when the relative objective decrease over the last {@code checkInterval} iterations,
 * (previous − current) / current, falls below this; 0 runs exactly {@code maxIterations}
 * <li>{@code checkInterval}: iterations between objective evaluations (each costs one log per non-zero), at least 1
 * <li>{@code seed}: seed of every random choice (random init, restarts, subspace iteration)
 * <li>{@code threads}: worker threads, at least 1; results do not depend on it (fixed block partition, partial
 * sums combined in block order)
 * <li>{@code wallTimeSeconds}: wall-clock budget per fit in seconds, &gt; 0; {@code Double.POSITIVE_INFINITY} for
 * none. When it runs out the fit stops with {@code converged = false}
 * <li>{@code spectraMode}: {@link SpectraMode#FREE}: W is updated; {@link SpectraMode#FIXED}: W stays exactly the
 * initial W (bit-identical) and only H is fitted
 * <li>{@code smoothness}: dimensionless weight s ≥ 0 of the spatial smoothness penalty (μ/2)·Σ over 4-neighbour
 * pixel pairs of ||H[:,p] − H[:,q]||² (espm's Laplacian regulariser), with
 * μ = s · mean counts per pixel so that the same s suits any count level; 0 = off
 * <li>{@code initialSpectra}: custom W, k arrays of length channels (used when {@code init == CUSTOM}); may be
 * null when {@code initialMaps} is given. Not modified
 * <li>{@code initialMaps}: custom H, k arrays of length pixels (used when {@code init == CUSTOM}); may be null. Not
 * modified</li>
 * </ul>
 */
public final class NmfOptions {

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
    /** Default iteration limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    private final int components;
    private final boolean sumToOne;
    private final Init init;
    private final int restarts;
    private final int maxIterations;
    private final double tolerance;
    private final int checkInterval;
    private final long seed;
    private final int threads;
    private final double wallTimeSeconds;
    private final SpectraMode spectraMode;
    private final double smoothness;
    private final double[][] initialSpectra;
    private final double[][] initialMaps;

    private NmfOptions(Builder b) {
        components = b.components;
        sumToOne = b.sumToOne;
        init = b.init;
        restarts = b.restarts;
        maxIterations = b.maxIterations;
        tolerance = b.tolerance;
        checkInterval = b.checkInterval;
        seed = b.seed;
        threads = b.threads;
        wallTimeSeconds = b.wallTimeSeconds;
        spectraMode = b.spectraMode;
        smoothness = b.smoothness;
        initialSpectra = b.initialSpectra;
        initialMaps = b.initialMaps;
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
     * Defaults: sum-to-one, NNDSVDa init (lowest spectral angles in the mantle evaluation, docs/nmf-evaluation.md),
     * 1 restart, 1000 iterations, tolerance 1e-6 checked every 10 iterations, seed 0, all processors, no wall-time
     * limit, free spectra, no smoothness.
     *
     * @return a builder holding the defaults for k components
     */
    public static Builder builder(int components) {
        return new Builder(components);
    }

    /** @return the defaults for k components ({@code builder(k).build()}) */
    public static NmfOptions defaults(int components) {
        return builder(components).build();
    }

    /** @return a builder holding these options, to change some of them */
    public Builder toBuilder() {
        Builder b = new Builder(components);
        b.sumToOne = sumToOne;
        b.init = init;
        b.restarts = restarts;
        b.maxIterations = maxIterations;
        b.tolerance = tolerance;
        b.checkInterval = checkInterval;
        b.seed = seed;
        b.threads = threads;
        b.wallTimeSeconds = wallTimeSeconds;
        b.spectraMode = spectraMode;
        b.smoothness = smoothness;
        b.initialSpectra = initialSpectra;
        b.initialMaps = initialMaps;
        return b;
    }

    public int components() {
        return components;
    }

    public boolean sumToOne() {
        return sumToOne;
    }

    public Init init() {
        return init;
    }

    public int restarts() {
        return restarts;
    }

    public int maxIterations() {
        return maxIterations;
    }

    public double tolerance() {
        return tolerance;
    }

    public int checkInterval() {
        return checkInterval;
    }

    public long seed() {
        return seed;
    }

    public int threads() {
        return threads;
    }

    public double wallTimeSeconds() {
        return wallTimeSeconds;
    }

    public SpectraMode spectraMode() {
        return spectraMode;
    }

    public double smoothness() {
        return smoothness;
    }

    /** @return the custom W (shared, do not modify), or null */
    public double[][] initialSpectra() {
        return initialSpectra;
    }

    /** @return the custom H (shared, do not modify), or null */
    public double[][] initialMaps() {
        return initialMaps;
    }

    /** Collects settings by name; {@link #build()} validates them all at once and names the bad value. */
    public static final class Builder {
        private final int components;
        private boolean sumToOne = true;
        private Init init = Init.NNDSVDA;
        private int restarts = 1;
        private int maxIterations = DEFAULT_MAX_ITERATIONS;
        private double tolerance = DEFAULT_TOLERANCE;
        private int checkInterval = 10;
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private double wallTimeSeconds = Double.POSITIVE_INFINITY;
        private SpectraMode spectraMode = SpectraMode.FREE;
        private double smoothness;
        private double[][] initialSpectra;
        private double[][] initialMaps;

        private Builder(int components) {
            this.components = components;
        }

        public Builder sumToOne(boolean v) {
            sumToOne = v;
            return this;
        }

        public Builder init(Init v) {
            init = v;
            return this;
        }

        public Builder restarts(int v) {
            restarts = v;
            return this;
        }

        public Builder maxIterations(int v) {
            maxIterations = v;
            return this;
        }

        public Builder tolerance(double v) {
            tolerance = v;
            return this;
        }

        public Builder checkInterval(int v) {
            checkInterval = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder threads(int v) {
            threads = v;
            return this;
        }

        public Builder wallTimeSeconds(double v) {
            wallTimeSeconds = v;
            return this;
        }

        public Builder spectraMode(SpectraMode v) {
            spectraMode = v;
            return this;
        }

        public Builder smoothness(double v) {
            smoothness = v;
            return this;
        }

        /** A custom start: init becomes CUSTOM; either array may be null. Not copied (do not modify). */
        public Builder initial(double[][] spectra, double[][] maps) {
            init = Init.CUSTOM;
            initialSpectra = spectra;
            initialMaps = maps;
            return this;
        }

        /** @throws IllegalArgumentException naming the first setting out of range */
        public NmfOptions build() {
            return new NmfOptions(this);
        }
    }
}
