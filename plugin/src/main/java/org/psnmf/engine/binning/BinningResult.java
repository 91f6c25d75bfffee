package org.psnmf.engine.binning;

import java.util.List;

import org.psnmf.engine.data.SparseSpectrumImage;

/**
 * A binned image and the warnings a user should see (e.g. "dropped 3 columns and 1 row ...").
 *
 * @param image    the binned counts
 * @param warnings one-line messages, empty when nothing was dropped or approximated
 */
public record BinningResult(SparseSpectrumImage image, List<String> warnings) {
    public BinningResult {
        warnings = List.copyOf(warnings);
    }
}
