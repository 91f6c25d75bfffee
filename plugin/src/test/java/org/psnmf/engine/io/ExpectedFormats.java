package org.psnmf.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.json.MiniJson;
import org.psnmf.testutil.SharedData;

/**
 * Compares a spectrum image with the values HyperSpy 1.7.3 extracted from the same sample file
 * ({@code shared/data/formats/expected.json}): dims, energy axis, exact integer totals and selected pixel values.
 */
public final class ExpectedFormats {

    private ExpectedFormats() {
    }

    public static Path sample(String name) {
        return SharedData.require("formats/" + name);
    }

    /** @return the expected-values entry of the last 3-D signal of {@code fileName} (the EDS cube) */
    public static Map<?, ?> cube(String fileName) throws IOException {
        Object root = MiniJson.parse(Files.readString(SharedData.require("formats/expected.json")));
        List<?> signals = (List<?>) MiniJson.at(root, fileName, "signals");
        Map<?, ?> found = null;
        for (Object s : signals) {
            Map<?, ?> m = (Map<?, ?>) s;
            if (((List<?>) m.get("shape_numpy")).size() == 3) {
                found = m;
            }
        }
        return found;
    }

    public static int i(Object o) {
        return ((Double) o).intValue();
    }

    public static long l(Object o) {
        return ((Double) o).longValue();
    }

    /** Asserts everything expected.json records for a cube. */
    public static void assertMatches(Map<?, ?> exp, SparseSpectrumImage img) {
        List<?> wh = (List<?>) exp.get("width_height_channels");
        assertEquals(i(wh.get(0)), img.width(), "width");
        assertEquals(i(wh.get(1)), img.height(), "height");
        assertEquals(i(wh.get(2)), img.channels(), "channels");
        Map<?, ?> eAxis = (Map<?, ?>) ((List<?>) exp.get("axes_numpy_order")).get(2);
        // the calibration is stored as decimal text in the files; 1e-9 keV is far below any meaningful difference
        assertEquals((Double) eAxis.get("offset"), img.energyAxis().offsetKeV(), 1e-9, "energy offset");
        assertEquals((Double) eAxis.get("scale"), img.energyAxis().scaleKeV(), 1e-9, "energy scale");
        assertEquals(l(exp.get("total_sum")), img.totalCountsExact(), "total counts");
        assertEquals(l(exp.get("max")), img.maxCount(), "max count");
        double[] sum = img.sumSpectrum();
        int arg = 0;
        for (int c = 1; c < sum.length; c++) {
            if (sum[c] > sum[arg]) {
                arg = c;
            }
        }
        assertEquals(i(exp.get("sum_spectrum_argmax_channel")), arg, "sum spectrum argmax");
        assertEquals(l(exp.get("sum_spectrum_argmax_value")), (long) sum[arg], "sum spectrum max");
        checkPixel(img, 0, 0, (List<?>) exp.get("pixel_0_0_top3"), exp.get("pixel_0_0_sum"));
        if (exp.get("pixel_x2_y1_top3") != null) {
            checkPixel(img, 2, 1, (List<?>) exp.get("pixel_x2_y1_top3"), exp.get("pixel_x2_y1_sum"));
        }
        List<?> bright = (List<?>) exp.get("counts_per_pixel_argmax_numpy_index");
        double[] totals = img.totalMap();
        int best = 0;
        for (int p = 1; p < totals.length; p++) {
            if (totals[p] > totals[best]) {
                best = p;
            }
        }
        assertEquals(i(bright.get(0)) * img.width() + i(bright.get(1)), best, "brightest pixel");
        assertEquals(l(exp.get("counts_per_pixel_max")), (long) totals[best], "brightest pixel counts");
    }

    private static void checkPixel(SparseSpectrumImage img, int x, int y, List<?> top3, Object sum) {
        double[] s = img.spectrum(x, y);
        long total = 0;
        for (double v : s) {
            total += (long) v;
        }
        assertEquals(l(sum), total, "sum of pixel (" + x + "," + y + ")");
        for (Object o : top3) {
            List<?> cv = (List<?>) o;
            assertEquals(l(cv.get(1)), (long) s[i(cv.get(0))], "pixel (" + x + "," + y + ") channel " + cv.get(0));
        }
    }
}
