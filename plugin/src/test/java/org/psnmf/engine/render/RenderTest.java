package org.psnmf.engine.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTest {

    @Test
    void mapImage_usesColormapEndsAndZoom() {
        double[] map = {0, 1, 2, 3, 4, 5};
        BufferedImage img = MapImage.render(map, 3, 2, 0, 5, Colormap.GRAY, 4);
        assertEquals(12, img.getWidth());
        assertEquals(8, img.getHeight());
        assertEquals(0x000000, img.getRGB(0, 0) & 0xffffff); // value 0 -> first colour
        assertEquals(0xffffff, img.getRGB(11, 7) & 0xffffff); // value 5 at (2,1) -> last colour
        assertEquals(img.getRGB(4, 0), img.getRGB(7, 3)); // one source pixel = one 4x4 block
        assertThrows(IllegalArgumentException.class, () -> MapImage.render(map, 4, 2, 0, 1, Colormap.GRAY, 1));
    }

    @Test
    void robustRange_ignoresASingleHotPixel() {
        double[] map = new double[1000];
        for (int i = 0; i < map.length; i++) {
            map[i] = i % 10;
        }
        map[500] = 1e6;
        double[] r = MapImage.robustRange(map);
        assertEquals(0, r[0]);
        assertEquals(9, r[1]); // the 99.5th percentile is below the one outlier among 1000 values
    }

    @Test
    void colormap_isMonotoneInLuminance_forViridis() {
        double prev = -1;
        for (int i = 0; i <= 20; i++) {
            int c = Colormap.VIRIDIS.rgb(i / 20.0);
            double lum = 0.2126 * (c >> 16 & 255) + 0.7152 * (c >> 8 & 255) + 0.0722 * (c & 255);
            assertTrue(lum > prev, "luminance must increase at t=" + i / 20.0);
            prev = lum;
        }
    }

    @Test
    void linePlot_drawsSeriesAndRoundTripsThroughPng(@TempDir Path dir) throws Exception {
        double[] x = new double[200];
        double[] y = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 0.1;
            y[i] = 1 + 1000 * Math.exp(-0.5 * Math.pow((x[i] - 10) / 0.3, 2));
        }
        BufferedImage img = new LinePlot(x).title("spectrum").labels("Energy (keV)", "Counts").logY(true)
                .add("c1", y).render(400, 250);
        // some pixels must have the first series colour (blue), i.e. the line was drawn
        int blue = 0;
        for (int px = 0; px < img.getWidth(); px++) {
            for (int py = 0; py < img.getHeight(); py++) {
                int c = img.getRGB(px, py) & 0xffffff;
                if ((c & 255) > 150 && (c >> 16 & 255) < 80) {
                    blue++;
                }
            }
        }
        assertTrue(blue > 100, "line pixels drawn: " + blue);
        Path f = dir.resolve("plot.png");
        Png.write(img, f, false);
        BufferedImage back = ImageIO.read(f.toFile());
        assertEquals(400, back.getWidth());
        assertArrayEquals(img.getRGB(0, 0, 400, 250, null, 0, 400), back.getRGB(0, 0, 400, 250, null, 0, 400));
        // no overwrite without permission, and no temp file left behind
        assertThrows(java.io.IOException.class, () -> Png.write(img, f, false));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void figureGrid_placesPanelsInRows() throws Exception {
        BufferedImage a = MapImage.render(new double[] {0, 1, 1, 0}, 2, 2, 0, 1, Colormap.GRAY, 10);
        BufferedImage fig = new FigureGrid(2).title("maps").rowLabel(0, "truth").rowLabel(1, "PSNMF")
                .add("A", a).add("B", a).add("C", a).render();
        assertTrue(fig.getWidth() > 2 * 20 && fig.getHeight() > 2 * 20);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Png.bytes(fig)));
        assertEquals(fig.getWidth(), decoded.getWidth());
        assertNotEquals(0, Png.bytes(fig).length);
    }
}
