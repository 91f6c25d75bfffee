package org.psnmf.knime.nodes.reconstruction;

import java.util.ArrayList;
import java.util.List;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.knime.port.Decomposition;
import org.psnmf.knime.port.DecompositionSpec;
import org.psnmf.knime.port.SpectrumImageSpec;

/** The Reconstruction node's work without KNIME: W·H as a factored image, optionally a subset of components. */
public final class ReconstructionRunner {

    private ReconstructionRunner() {
    }

    /** @return indices of the selected components (all if none listed) */
    static int[] select(ReconstructionSettings s, List<String> names) {
        List<String> wanted = s.components();
        if (wanted.isEmpty()) {
            return java.util.stream.IntStream.range(0, names.size()).toArray();
        }
        int[] idx = new int[wanted.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = names.indexOf(wanted.get(i));
            if (idx[i] < 0) {
                throw new IllegalArgumentException("'" + ReconstructionSettings.COMPONENTS.label() + "': no component \""
                        + wanted.get(i) + "\" in the decomposition (it has " + String.join(", ", names) + ").");
            }
        }
        return idx;
    }

    /** @param original spec of the original image (may be null): its metadata are carried over */
    public static SpectrumImageSpec outputSpec(ReconstructionSettings s, DecompositionSpec d, SpectrumImageSpec original) {
        int k = select(s, d.names()).length;
        return new SpectrumImageSpec(d.width(), d.height(), d.energyAxis(), info(d.info(), original == null ? null
                : original.info()), false, k);
    }

    /** @param originalInfo metadata of the original image, or null */
    public static FactoredSpectrumImage run(ReconstructionSettings s, Decomposition d, AcquisitionInfo originalInfo) {
        int[] idx = select(s, d.names());
        List<double[]> w = new ArrayList<>();
        List<double[]> h = new ArrayList<>();
        for (int i : idx) {
            w.add(d.spectra()[i]);
            h.add(d.maps()[i]);
        }
        return new FactoredSpectrumImage(d.width(), d.height(), d.axis(), info(d.info(), originalInfo),
                w.toArray(new double[0][]), h.toArray(new double[0][]));
    }

    private static AcquisitionInfo info(AcquisitionInfo decomposition, AcquisitionInfo original) {
        AcquisitionInfo base = original != null ? original : decomposition;
        String title = base.title().isEmpty() ? "reconstruction" : base.title() + " (reconstruction)";
        return base.withTitle(title);
    }
}
