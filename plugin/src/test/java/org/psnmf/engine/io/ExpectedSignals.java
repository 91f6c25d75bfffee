package org.psnmf.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.json.MiniJson;
import org.psnmf.testutil.SharedData;

/**
 * Compares a spectrum, line profile or spectrum image with one signal of {@code shared/data/formats/expected.json}
 * (the values HyperSpy 1.7.3 reads): the general form of {@link ExpectedFormats#assertMatches} for signals of one,
 * two or three array dimensions and energy axes in eV or keV.
 */
public final class ExpectedSignals {

    private ExpectedSignals() {
    }

    /** @return signal {@code index} (in HyperSpy's load order) of the expected-values entry of {@code fileName} */
    public static Map<?, ?> signal(String fileName, int index) throws IOException {
        Object root = MiniJson.parse(Files.readString(SharedData.require("formats/expected.json")));
        List<?> signals = (List<?>) MiniJson.at(root, fileName, "signals");
        assertNotNull(signals, "expected.json has no entry " + fileName);
        return (Map<?, ?>) signals.get(index);
    }

    /** @return the metadata value {@code key} of an expected signal as a double (NaN if absent) */
    public static double metadata(Map<?, ?> exp, String key) {
        Object v = ((Map<?, ?>) exp.get("metadata")).get(key);
        return v instanceof Double d ? d : Double.NaN;
    }

    /** Asserts dims, energy axis (keV), exact totals, max, sum-spectrum argmax and the listed pixels. */
    public static void assertMatches(Map<?, ?> exp, SparseSpectrumImage img) {
        List<?> wh = (List<?>) exp.get("width_height_channels");
        assertEquals(ExpectedFormats.i(wh.get(0)), img.width(), "width");
        assertEquals(ExpectedFormats.i(wh.get(1)), img.height(), "height");
        assertEquals(ExpectedFormats.i(wh.get(2)), img.channels(), "channels");
        List<?> axes = (List<?>) exp.get("axes_numpy_order");
        Map<?, ?> e = (Map<?, ?>) axes.get(axes.size() - 1);
        double toKeV = "eV".equals(e.get("units")) ? 1e-3 : 1.0;
        // calibrations are stored as float64 (or decimal text); 1e-9 keV is far below any meaningful difference
        assertEquals((Double) e.get("offset") * toKeV, img.energyAxis().offsetKeV(), 1e-9, "energy offset");
        assertEquals((Double) e.get("scale") * toKeV, img.energyAxis().scaleKeV(), 1e-9, "energy scale");
        assertEquals(ExpectedFormats.l(exp.get("total_sum")), img.totalCountsExact(), "total counts");
        assertEquals(ExpectedFormats.l(exp.get("max")), img.maxCount(), "max count");
        double[] sum = img.sumSpectrum();
        int arg = 0;
        for (int c = 1; c < sum.length; c++) {
            if (sum[c] > sum[arg]) {
                arg = c;
            }
        }
        assertEquals(ExpectedFormats.i(exp.get("sum_spectrum_argmax_channel")), arg, "sum spectrum argmax");
        assertEquals(ExpectedFormats.l(exp.get("sum_spectrum_argmax_value")), (long) sum[arg], "sum spectrum max");
        pixel(img, 0, 0, (List<?>) exp.get("pixel_0_0_top3"), exp.get("pixel_0_0_sum"));
        if (exp.get("pixel_x2_y1_top3") != null) {
            pixel(img, 2, 1, (List<?>) exp.get("pixel_x2_y1_top3"), exp.get("pixel_x2_y1_sum"));
        }
        List<?> bright = (List<?>) exp.get("counts_per_pixel_argmax_numpy_index");
        if (bright != null) {
            double[] totals = img.totalMap();
            int best = 0;
            for (int p = 1; p < totals.length; p++) {
                if (totals[p] > totals[best]) {
                    best = p;
                }
            }
            int want = bright.size() == 1 ? ExpectedFormats.i(bright.get(0)) : ExpectedFormats.i(bright.get(0))
                    * img.width() + ExpectedFormats.i(bright.get(1));
            assertEquals(want, best, "brightest pixel");
            assertEquals(ExpectedFormats.l(exp.get("counts_per_pixel_max")), (long) totals[best],
                    "brightest pixel counts");
        }
    }

    private static void pixel(SparseSpectrumImage img, int x, int y, List<?> top3, Object sum) {
        double[] s = img.spectrum(x, y);
        long total = 0;
        for (double v : s) {
            total += (long) v;
        }
        assertEquals(ExpectedFormats.l(sum), total, "sum of pixel (" + x + "," + y + ")");
        for (Object o : top3) {
            List<?> cv = (List<?>) o;
            assertEquals(ExpectedFormats.l(cv.get(1)), (long) s[ExpectedFormats.i(cv.get(0))], "pixel (" + x + ","
                    + y + ") channel " + cv.get(0));
        }
    }
}
