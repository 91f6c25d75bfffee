package org.psnmf.knime.nodes.binning;

import java.util.ArrayList;
import java.util.List;

import org.psnmf.engine.binning.Binning;
import org.psnmf.engine.binning.BinningResult;
import org.psnmf.engine.binning.EdgePolicy;
import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.SpectrumImageSpec;

/** The Spatial Binning node's work without KNIME (engine: {@link Binning}). */
public final class BinningRunner {

    /** @param image binned counts; @param warnings edge-policy notes for the user */
    public record Result(SparseSpectrumImage image, List<String> warnings) {
    }

    private BinningRunner() {
    }

    /**
     * @return the output spec for input {@code in}
     * @throws IllegalArgumentException if the input is not counts or b does not fit the image
     */
    public static SpectrumImageSpec outputSpec(BinningSettings s, SpectrumImageSpec in) {
        requireCounts(in.isCounts());
        int b = s.factor();
        if (b > in.width() || b > in.height()) {
            throw new IllegalArgumentException("'" + BinningSettings.FACTOR.label() + "' = " + b
                    + " is larger than the " + in.width() + " x " + in.height() + " image; use at most "
                    + Math.min(in.width(), in.height()) + ".");
        }
        boolean keep = s.edgePolicy() == EdgePolicy.KEEP;
        int w = keep ? (in.width() + b - 1) / b : in.width() / b;
        int h = keep ? (in.height() + b - 1) / b : in.height() / b;
        AcquisitionInfo i = in.info();
        AcquisitionInfo info = b == 1 ? i
                : i.withLiveTimePerPixelS(i.liveTimePerPixelS() * b * b).withPixelSize(i.pixelSize() * b,
                        i.pixelUnits());
        return new SpectrumImageSpec(w, h, in.energyAxis().binned(s.energyFactor()), info, true, 0);
    }

    public static Result run(BinningSettings s, SpectrumImage in, Progress progress) {
        requireCounts(in.isCounts() && in instanceof SparseSpectrumImage);
        List<String> warnings = new ArrayList<>();
        BinningResult r = Binning.spatial((SparseSpectrumImage) in, s.factor(), s.edgePolicy(), progress.sub(0, 0.8));
        warnings.addAll(r.warnings());
        SparseSpectrumImage img = r.image();
        if (s.energyFactor() > 1) {
            BinningResult e = Binning.energy(img, s.energyFactor(), progress.sub(0.8, 1));
            warnings.addAll(e.warnings());
            img = e.image();
        }
        return new Result(img, warnings);
    }

    private static void requireCounts(boolean counts) {
        if (!counts) {
            throw new IllegalArgumentException("Spatial Binning needs raw counts, but the input is a model "
                    + "(e.g. a reconstruction). Bin the image read from the file instead.");
        }
    }
}
