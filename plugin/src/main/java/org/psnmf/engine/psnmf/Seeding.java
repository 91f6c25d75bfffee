package org.psnmf.engine.psnmf;

import org.psnmf.engine.nmf.NmfOptions;

/**
 * Step 3 of PSNMF, the one place where a decomposition of the b x b binned image seeds the fit of the original image
 * (used by {@link Psnmf} and by the Seeded NMF node): the binned spectra divided by b² (a bin holds b² pixels, so W/b²
 * is the count level of one original pixel) and the binned abundance maps upsampled to the full grid.
 */
public final class Seeding {

    /**
     * The seed of the full-resolution stage.
     *
     * @param spectra W / b², k x channels (new arrays)
     * @param maps    upsampled H, k x (width·height) (new arrays)
     */
    public record Seed(double[][] spectra, double[][] maps) {
    }

    private Seeding() {
    }

    /**
     * @param binnedSpectra W of the binned image, k x channels; Not modified
     * @param binnedMaps    H of the binned image, k x (binnedWidth·binnedHeight); Not modified
     * @param b             bin factor that produced the binned image (drop edge policy)
     * @param width         original width, pixels
     * @param height        original height, pixels
     * @param upsampling    how the binned maps reach the full grid
     */
    public static Seed fromBinned(double[][] binnedSpectra, double[][] binnedMaps, int binnedWidth, int binnedHeight,
            int b, int width, int height, Upsampling upsampling) {
        int k = binnedSpectra.length;
        double scale = 1.0 / ((double) b * b);
        double[][] w = new double[k][];
        double[][] h0 = new double[k][];
        for (int j = 0; j < k; j++) {
            w[j] = binnedSpectra[j].clone();
            for (int c = 0; c < w[j].length; c++) {
                w[j][c] *= scale;
            }
            h0[j] = upsampling.apply(binnedMaps[j], binnedWidth, binnedHeight, b, width, height);
        }
        return new Seed(w, h0);
    }

    /**
     * @param base    solver settings kept from it: sum-to-one, check interval, seed, threads, wall time
     * @param seed    the start
     * @param stage   iteration limit, tolerance, smoothness and spectra mode of the full-resolution stage
     * @return options of the full-resolution fit: one run from the seed
     */
    public static NmfOptions fullStageOptions(NmfOptions base, Seed seed, PsnmfOptions.FullStage stage) {
        return base.toBuilder().initial(seed.spectra(), seed.maps()).restarts(1).spectraMode(stage.spectraMode())
                .maxIterations(stage.maxIterations()).tolerance(stage.tolerance()).smoothness(stage.smoothness())
                .build();
    }
}
