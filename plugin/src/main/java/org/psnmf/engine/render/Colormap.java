package org.psnmf.engine.render;

/**
 * Perceptually ordered colour maps for abundance and elemental maps. {@link #VIRIDIS} is a piecewise-linear
 * approximation of matplotlib's viridis through 9 anchor colours (enough for figures; not a colorimetric copy).
 */
public enum Colormap {

    VIRIDIS(new int[] {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725}),
    GRAY(new int[] {0x000000, 0xffffff}),
    INFERNO(new int[] {0x000004, 0x1b0c41, 0x4a0c6b, 0x781c6d, 0xa52c60, 0xcf4446, 0xed6925, 0xfb9b06, 0xfcffa4});

    private final int[] anchors;

    Colormap(int[] anchors) {
        this.anchors = anchors;
    }

    /**
     * @param t position in [0, 1] (clamped; NaN maps to 0)
     * @return 0xRRGGBB
     */
    public int rgb(double t) {
        if (!(t > 0)) {
            return anchors[0];
        }
        if (t >= 1) {
            return anchors[anchors.length - 1];
        }
        double f = t * (anchors.length - 1);
        int i = (int) f;
        double u = f - i;
        int a = anchors[i];
        int b = anchors[i + 1];
        int r = (int) Math.round(((a >> 16) & 255) * (1 - u) + ((b >> 16) & 255) * u);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - u) + ((b >> 8) & 255) * u);
        int bl = (int) Math.round((a & 255) * (1 - u) + (b & 255) * u);
        return (r << 16) | (g << 8) | bl;
    }
}
