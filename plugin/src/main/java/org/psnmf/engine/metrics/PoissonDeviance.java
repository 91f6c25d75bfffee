package org.psnmf.engine.metrics;

import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;

/**
 * Poisson deviance of a factored model on counts: {@code 2 · sum_{p,c} ( y log(y/m) − y + m )}, computed from the
 * non-zeros plus the model total, O(nnz·k + (pixels + channels)·k). Lower is better; for a correct model it is about
 * the number of (pixel, channel) cells with non-negligible mean.
 */
public final class PoissonDeviance {

    private PoissonDeviance() {
    }

    /**
     * @param data  counts; Not modified
     * @param model model with the same shape; Not modified. A non-zero count where the model is 0 gives +infinity
     */
    public static double of(SparseSpectrumImage data, FactoredSpectrumImage model) {
        if (data.width() != model.width() || data.height() != model.height() || data.channels() != model.channels()) {
            throw new IllegalArgumentException("Model is " + model.width() + " x " + model.height() + " x "
                    + model.channels() + ", data " + data.width() + " x " + data.height() + " x " + data.channels()
                    + ".");
        }
        int k = model.components();
        double s = 0;
        SparseSpectrumImage.Cursor cur = data.cursor();
        for (int p = 0, pixels = data.pixels(); p < pixels; p++) {
            for (int i = 0, n = cur.moveTo(p); i < n; i++) {
                int c = cur.channel(i);
                int y = cur.count(i);
                double m = 0;
                for (int j = 0; j < k; j++) {
                    m += model.map(j)[p] * model.spectrum(j)[c];
                }
                s += y * Math.log(y / m) - y;
            }
        }
        s += model.totalCounts();
        return 2 * s;
    }
}
