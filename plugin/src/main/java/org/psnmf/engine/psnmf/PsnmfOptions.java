package org.psnmf.engine.psnmf;

import java.util.List;

import org.psnmf.engine.nmf.NmfOptions;

/**
 * Settings of the PSNMF pipeline ({@link Psnmf#run}), built by name with {@link #builder(int, int)}; ranges are
 * checked once by {@link Builder#build()}.
 *
 * <ul>
 * <li>{@code bin}: b, the image is summed in b x b blocks for the first NMF, at least 1, or {@link #AUTO}: chosen
 * from the data among the {@code ladder} entries ({@link BinChoice})</li>
 * <li>{@code ladder}: bin factors, coarse to fine: the candidates of {@code b = auto}, and with {@code multiscale} the
 * coarser steps that seed the binned fit at b ({@link BinLadder})</li>
 * <li>{@code multiscale}: with a fixed b, reach the binned fit at b coarse to fine through the ladder entries above b
 * instead of starting it from the initialisation (b = auto always runs its candidates coarse to fine)</li>
 * <li>{@code purePixels}: pure-pixel refinement of the binned-stage spectra before the full-resolution stage
 * ({@link PurePixels}), the remedy for the rotational ambiguity of NMF</li>
 * <li>{@code upsampling}: how the binned abundances seed the full-resolution stage</li>
 * <li>{@code binned}: settings of the first NMF on the binned image (components, sum-to-one, init, restarts,
 * iterations, tolerance, seed, threads, smoothness); its spectra mode must be FREE</li>
 * <li>{@code full}: the full-resolution stage ({@link FullStage})</li>
 * </ul>
 */
public final class PsnmfOptions {

    /**
     * The full-resolution (seeded) stage.
     *
     * @param maxIterations iteration limit, at least 1
     * @param tolerance     relative objective decrease to stop, ≥ 0
     * @param smoothness    smoothness of the full-resolution abundances (see {@link NmfOptions#smoothness()}), ≥ 0
     * @param spectraMode   FIXED (default; the paper's step 4 keeps the binned-stage spectra) or FREE (the spectra are
     *                      refined on the full-resolution data; the reported spectra remain the binned-stage ones)
     */
    public record FullStage(int maxIterations, double tolerance, double smoothness, NmfOptions.SpectraMode spectraMode) {

        public FullStage {
            if (maxIterations < 1) {
                throw new IllegalArgumentException("Full-resolution max iterations must be at least 1, got "
                        + maxIterations + ".");
            }
            if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
                throw new IllegalArgumentException("Full-resolution tolerance must be >= 0, got " + tolerance + ".");
            }
            if (!(smoothness >= 0) || !Double.isFinite(smoothness)) {
                throw new IllegalArgumentException("Full-resolution smoothness must be >= 0, got " + smoothness
                        + ".");
            }
            if (spectraMode == null) {
                throw new IllegalArgumentException("The full-resolution spectra mode must be given.");
            }
        }
    }

    /**
     * Default smoothness of the full-resolution abundances: on the mantle data it lowers the map MSE from 0.0277 to
     * 0.0130 at 18 counts/px and from 0.0037 to 0.0025 at 147 counts/px, and makes the result independent of the
     * iteration count (docs/nmf-evaluation.md).
     */
    public static final double DEFAULT_FULL_SMOOTHNESS = 0.1;
    /** Default iteration limit of the full-resolution stage. */
    public static final int DEFAULT_FULL_MAX_ITERATIONS = 200;
    /** Default tolerance of the full-resolution stage. */
    public static final double DEFAULT_FULL_TOLERANCE = 1e-5;

    /** {@code bin} value meaning "choose b from the data" ({@link BinChoice}). */
    public static final int AUTO = 0;
    /** Default bin factor: chosen from the data (docs/nmf-evaluation.md, robustness matrix). */
    public static final int DEFAULT_BIN = AUTO;
    /** Default ladder: candidates of b = auto, coarse to fine. */
    public static final List<Integer> DEFAULT_LADDER = List.of(16, 12, 8, 6, 4, 3, 2);

    private final int bin;
    private final List<Integer> ladder;
    private final boolean multiscale;
    private final boolean purePixels;
    private final Upsampling upsampling;
    private final NmfOptions binned;
    private final FullStage full;

    private PsnmfOptions(Builder b) {
        if (b.bin < 0) {
            throw new IllegalArgumentException("Bin factor must be at least 1 (or auto), got " + b.bin + ".");
        }
        if (b.ladder == null || b.ladder.isEmpty()) {
            throw new IllegalArgumentException("The bin ladder must list at least one bin factor.");
        }
        for (int i = 0; i < b.ladder.size(); i++) {
            if (b.ladder.get(i) < 1 || (i > 0 && b.ladder.get(i) >= b.ladder.get(i - 1))) {
                throw new IllegalArgumentException("The bin ladder must be bin factors >= 1 from coarse to fine "
                        + "(strictly decreasing), got " + b.ladder + ".");
            }
        }
        if (b.upsampling == null || b.binned == null) {
            throw new IllegalArgumentException("Upsampling and binned-stage options must be given.");
        }
        if (b.binned.spectraMode() != NmfOptions.SpectraMode.FREE) {
            throw new IllegalArgumentException("The binned stage must fit its spectra (spectra mode FREE).");
        }
        bin = b.bin;
        ladder = List.copyOf(b.ladder);
        multiscale = b.multiscale;
        purePixels = b.purePixels;
        upsampling = b.upsampling;
        binned = b.binned;
        full = new FullStage(b.fullMaxIterations, b.fullTolerance, b.fullSmoothness, b.fullSpectraMode);
    }

    /**
     * The defaults chosen from the evaluation on the synthetic mantle data (docs/nmf-evaluation.md): NNDSVDa on the
     * binned image, bilinear upsampling, spectra fixed in the full-resolution stage with smoothness 0.1, at most 200
     * iterations there, tolerance 1e-5.
     *
     * @return a builder holding the defaults for k components and bin factor b
     */
    public static Builder builder(int components, int bin) {
        return new Builder(components, bin);
    }

    /** @return {@code builder(components, bin).build()} */
    public static PsnmfOptions defaults(int components, int bin) {
        return builder(components, bin).build();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder(binned.components(), bin);
        b.upsampling = upsampling;
        b.binned = binned;
        b.ladder = ladder;
        b.multiscale = multiscale;
        b.purePixels = purePixels;
        b.fullMaxIterations = full.maxIterations();
        b.fullTolerance = full.tolerance();
        b.fullSmoothness = full.smoothness();
        b.fullSpectraMode = full.spectraMode();
        return b;
    }

    public int bin() {
        return bin;
    }

    /** @return true when b is chosen from the data */
    public boolean autoBin() {
        return bin == AUTO;
    }

    public List<Integer> ladder() {
        return ladder;
    }

    public boolean multiscale() {
        return multiscale;
    }

    public boolean purePixels() {
        return purePixels;
    }

    public Upsampling upsampling() {
        return upsampling;
    }

    public NmfOptions binned() {
        return binned;
    }

    public FullStage full() {
        return full;
    }

    /** Collects the settings by name; {@link #build()} validates them. */
    public static final class Builder {
        private int bin;
        private List<Integer> ladder = DEFAULT_LADDER;
        private boolean multiscale;
        private boolean purePixels;
        private Upsampling upsampling = Upsampling.BILINEAR;
        private NmfOptions binned;
        private int fullMaxIterations = DEFAULT_FULL_MAX_ITERATIONS;
        private double fullTolerance = DEFAULT_FULL_TOLERANCE;
        private double fullSmoothness = DEFAULT_FULL_SMOOTHNESS;
        private NmfOptions.SpectraMode fullSpectraMode = NmfOptions.SpectraMode.FIXED;

        private Builder(int components, int bin) {
            this.bin = bin;
            this.binned = NmfOptions.defaults(components);
        }

        public Builder bin(int v) {
            bin = v;
            return this;
        }

        /** @param v bin factors, coarse to fine (strictly decreasing) */
        public Builder ladder(List<Integer> v) {
            ladder = v;
            return this;
        }

        public Builder multiscale(boolean v) {
            multiscale = v;
            return this;
        }

        public Builder purePixels(boolean v) {
            purePixels = v;
            return this;
        }

        public Builder upsampling(Upsampling v) {
            upsampling = v;
            return this;
        }

        /** Settings of the binned-stage NMF (their component count is the pipeline's). */
        public Builder binned(NmfOptions v) {
            binned = v;
            return this;
        }

        public Builder fullMaxIterations(int v) {
            fullMaxIterations = v;
            return this;
        }

        public Builder fullTolerance(double v) {
            fullTolerance = v;
            return this;
        }

        public Builder fullSmoothness(double v) {
            fullSmoothness = v;
            return this;
        }

        public Builder fullSpectraMode(NmfOptions.SpectraMode v) {
            fullSpectraMode = v;
            return this;
        }

        /** @throws IllegalArgumentException naming the first setting out of range */
        public PsnmfOptions build() {
            return new PsnmfOptions(this);
        }
    }
}
