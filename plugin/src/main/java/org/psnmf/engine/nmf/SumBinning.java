package org.psnmf.engine.nmf;

import org.psnmf.engine.data.SparseSpectrumImage;

/**
 * TEMPORARY b x b spatial sum used until org.psnmf.engine.binning.Binning lands on main; bins only full b x b blocks
 * (the remainder rows and columns are left out of the binned image).
 */
final class SumBinning {

    private SumBinning() {
    }

    static SparseSpectrumImage bin(SparseSpectrumImage img, int b) {
        int bw = img.width() / b;
        int bh = img.height() / b;
        int channels = img.channels();
        SparseSpectrumImage.Builder out = new SparseSpectrumImage.Builder(bw, bh, img.energyAxis(), img.info());
        int[] dense = new int[bw * channels];
        for (int by = 0; by < bh; by++) {
            java.util.Arrays.fill(dense, 0);
            for (int y = by * b; y < (by + 1) * b; y++) {
                int[] ptr = img.rowPointers(y);
                char[] ch = img.rowChannels(y);
                int[] cnt = img.rowCounts(y);
                for (int x = 0; x < bw * b; x++) {
                    int base = (x / b) * channels;
                    for (int i = ptr[x]; i < ptr[x + 1]; i++) {
                        dense[base + ch[i]] += cnt[i];
                    }
                }
            }
            out.setRowDense(by, dense);
        }
        return out.build();
    }
}
