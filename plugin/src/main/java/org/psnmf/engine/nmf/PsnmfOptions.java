package org.psnmf.engine.nmf;

/**
 * Settings of the PSNMF pipeline ({@link Psnmf#run}).
 *
 * @param bin                b: the image is summed in b x b blocks for the first NMF, at least 1
 * @param upsampling         how the binned abundances seed the full-resolution stage
 * @param binned             settings of the first NMF on the binned image (components, sum-to-one, init, restarts,
 *                           iterations, tolerance, seed, threads, smoothness); its spectra mode must be FREE
 * @param fullMaxIterations  iteration limit of the full-resolution stage, at least 1
 * @param fullTolerance      tolerance of the full-resolution stage (relative objective decrease), ≥ 0
 * @param fullSmoothness     smoothness of the full-resolution abundances (see {@link NmfOptions#smoothness()}), ≥ 0
 * @param fullSpectraMode    FIXED (default; the paper's step 4 keeps the binned-stage spectra) or FREE (the spectra are
 *                           refined on the full-resolution data; the reported spectra remain the binned-stage ones)
 */
public record PsnmfOptions(int bin, Upsampling upsampling, NmfOptions binned, int fullMaxIterations,
        double fullTolerance, double fullSmoothness, NmfOptions.SpectraMode fullSpectraMode) {

    public PsnmfOptions {
        if (bin < 1) {
            throw new IllegalArgumentException("Bin factor must be at least 1, got " + bin + ".");
        }
        if (upsampling == null || binned == null || fullSpectraMode == null) {
            throw new IllegalArgumentException("Upsampling, binned-stage options and spectra mode must be given.");
        }
        if (binned.spectraMode() != NmfOptions.SpectraMode.FREE) {
            throw new IllegalArgumentException("The binned stage must fit its spectra (spectra mode FREE).");
        }
        if (fullMaxIterations < 1) {
            throw new IllegalArgumentException("Full-resolution max iterations must be at least 1, got "
                    + fullMaxIterations + ".");
        }
        if (!(fullTolerance >= 0) || !Double.isFinite(fullTolerance)) {
            throw new IllegalArgumentException("Full-resolution tolerance must be >= 0, got " + fullTolerance + ".");
        }
        if (!(fullSmoothness >= 0) || !Double.isFinite(fullSmoothness)) {
            throw new IllegalArgumentException("Full-resolution smoothness must be >= 0, got " + fullSmoothness + ".");
        }
    }

    /**
     * Default smoothness of the full-resolution abundances: on the mantle data it lowers the map MSE from 0.0277 to
     * 0.0130 at 18 counts/px and from 0.0037 to 0.0025 at 147 counts/px, and makes the result independent of the
     * iteration count (docs/nmf-evaluation.md).
     */
    public static final double DEFAULT_FULL_SMOOTHNESS = 0.1;

    /**
     * The defaults chosen from the evaluation on the synthetic mantle data (docs/nmf-evaluation.md): NNDSVDa on the
     * binned image, bilinear upsampling, spectra fixed in the full-resolution stage with smoothness 0.1, at most 200
     * iterations there, tolerance 1e-5.
     */
    public static PsnmfOptions defaults(int components, int bin) {
        return new PsnmfOptions(bin, Upsampling.BILINEAR, NmfOptions.defaults(components), 200, 1e-5,
                DEFAULT_FULL_SMOOTHNESS, NmfOptions.SpectraMode.FIXED);
    }

    public PsnmfOptions withBin(int v) {
        return new PsnmfOptions(v, upsampling, binned, fullMaxIterations, fullTolerance, fullSmoothness,
                fullSpectraMode);
    }

    public PsnmfOptions withUpsampling(Upsampling v) {
        return new PsnmfOptions(bin, v, binned, fullMaxIterations, fullTolerance, fullSmoothness, fullSpectraMode);
    }

    public PsnmfOptions withBinned(NmfOptions v) {
        return new PsnmfOptions(bin, upsampling, v, fullMaxIterations, fullTolerance, fullSmoothness, fullSpectraMode);
    }

    public PsnmfOptions withFullMaxIterations(int v) {
        return new PsnmfOptions(bin, upsampling, binned, v, fullTolerance, fullSmoothness, fullSpectraMode);
    }

    public PsnmfOptions withFullTolerance(double v) {
        return new PsnmfOptions(bin, upsampling, binned, fullMaxIterations, v, fullSmoothness, fullSpectraMode);
    }

    public PsnmfOptions withFullSmoothness(double v) {
        return new PsnmfOptions(bin, upsampling, binned, fullMaxIterations, fullTolerance, v, fullSpectraMode);
    }

    public PsnmfOptions withFullSpectraMode(NmfOptions.SpectraMode v) {
        return new PsnmfOptions(bin, upsampling, binned, fullMaxIterations, fullTolerance, fullSmoothness, v);
    }
}
