package org.psnmf.engine.psnmf;

/**
 * Upsampling of a binned abundance map (one value per b x b bin) back to the original pixel grid, used to seed the
 * full-resolution stage of PSNMF.
 */
public enum Upsampling {
    /** Each pixel takes its bin's value (pixels beyond the last full bin take the nearest edge bin). */
    NEAREST,
    /**
     * Bilinear interpolation between bin centres (bin i is centred at pixel {@code (i + 0.5) b − 0.5}), clamped at the
     * edges. Convex weights, so abundances that sum to one still do.
     */
    BILINEAR;

    /**
     * @param binned map of {@code bw x bh} bins, row-major; Not modified
     * @param b      bin size
     * @return map of {@code width x height} pixels, row-major
     */
    public double[] apply(double[] binned, int bw, int bh, int b, int width, int height) {
        double[] out = new double[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v;
                if (this == NEAREST) {
                    v = binned[Math.min(y / b, bh - 1) * bw + Math.min(x / b, bw - 1)];
                } else {
                    double fx = Math.max(0, Math.min(bw - 1, (x + 0.5) / b - 0.5));
                    double fy = Math.max(0, Math.min(bh - 1, (y + 0.5) / b - 0.5));
                    int x0 = (int) fx;
                    int y0 = (int) fy;
                    int x1 = Math.min(x0 + 1, bw - 1);
                    int y1 = Math.min(y0 + 1, bh - 1);
                    double tx = fx - x0;
                    double ty = fy - y0;
                    v = (1 - ty) * ((1 - tx) * binned[y0 * bw + x0] + tx * binned[y0 * bw + x1])
                            + ty * ((1 - tx) * binned[y1 * bw + x0] + tx * binned[y1 * bw + x1]);
                }
                out[y * width + x] = v;
            }
        }
        return out;
    }
}
