package org.psnmf.engine.render;

import java.awt.image.BufferedImage;

/**
 * Turns a map (one value per pixel, row-major {@code p = y * width + x}) into a colour image, scaled between a lower
 * and an upper value, optionally enlarged by an integer factor (nearest neighbour, so pixels stay visible).
 */
public final class MapImage {

    private MapImage() {
    }

    /**
     * @param map    values, length width*height; Not modified
     * @param lo     value drawn with the first colour
     * @param hi     value drawn with the last colour (if hi &lt;= lo, a flat map is drawn with the first colour)
     * @param zoom   integer enlargement &gt;= 1
     */
    public static BufferedImage render(double[] map, int width, int height, double lo, double hi, Colormap cmap,
            int zoom) {
        if (map.length != width * height) {
            throw new IllegalArgumentException("Map has " + map.length + " values, expected " + width + " x " + height
                    + ".");
        }
        if (zoom < 1) {
            throw new IllegalArgumentException("Zoom must be >= 1, got " + zoom + ".");
        }
        BufferedImage img = new BufferedImage(width * zoom, height * zoom, BufferedImage.TYPE_INT_RGB);
        double range = hi - lo;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = map[y * width + x];
                int rgb = cmap.rgb(range > 0 ? (v - lo) / range : 0);
                for (int dy = 0; dy < zoom; dy++) {
                    for (int dx = 0; dx < zoom; dx++) {
                        img.setRGB(x * zoom + dx, y * zoom + dy, rgb);
                    }
                }
            }
        }
        return img;
    }

    /** Renders with the map's own robust range (0.5th to 99.5th percentile), so single hot pixels do not dominate. */
    public static BufferedImage autoScaled(double[] map, int width, int height, Colormap cmap, int zoom) {
        double[] range = robustRange(map);
        return render(map, width, height, range[0], range[1], cmap, zoom);
    }

    /** @return {lo, hi}: the 0.5th and 99.5th percentiles of the finite values (min/max for tiny maps) */
    public static double[] robustRange(double[] map) {
        double[] v = java.util.Arrays.stream(map).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return new double[] {0, 1};
        }
        int a = (int) Math.floor(0.005 * (v.length - 1));
        int b = (int) Math.ceil(0.995 * (v.length - 1));
        return new double[] {v[a], v[b]};
    }

    /** @return a zoom so that the longer side is about {@code targetPixels} (at least 1) */
    public static int zoomFor(int width, int height, int targetPixels) {
        return Math.max(1, targetPixels / Math.max(width, height));
    }
}
