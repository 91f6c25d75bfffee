package org.psnmf.knime.nodes;

import java.util.List;
import java.util.function.Supplier;

import org.psnmf.knime.nodes.binning.BinningSettings;
import org.psnmf.knime.nodes.choosebinning.ChooseBinningSettings;
import org.psnmf.knime.nodes.compare.CompareComponentsSettings;
import org.psnmf.knime.nodes.elementalmaps.ElementalMapsSettings;
import org.psnmf.knime.nodes.nmf.NmfSettings;
import org.psnmf.knime.nodes.pca.PcaSettings;
import org.psnmf.knime.nodes.quantification.QuantificationSettings;
import org.psnmf.knime.nodes.reader.ReaderSettings;
import org.psnmf.knime.nodes.reconstruction.ReconstructionSettings;
import org.psnmf.knime.nodes.seedednmf.SeededNmfSettings;
import org.psnmf.knime.nodes.synthetic.SyntheticSettings;
import org.psnmf.knime.nodes.writer.WriterSettings;
import org.psnmf.knime.settings.ParamSettings;

/**
 * The registered PSNMF nodes with their settings, in plain Java (no KNIME class is loaded): used by the plugin.xml
 * and description tests and by the workflow generator, so that a node added here is checked everywhere.
 */
public final class NodeCatalog {

    /**
     * @param name         node name (as in the description XML)
     * @param factoryClass fully qualified factory class name (as in plugin.xml)
     * @param settings     creates the node's settings with defaults
     * @param inPorts      input port count
     * @param outPorts     output port count
     */
    public record Entry(String name, String factoryClass, Supplier<? extends ParamSettings> settings, int inPorts,
            int outPorts) {
    }

    private static final String P = "org.psnmf.knime.nodes.";

    /** All registered nodes, in node-repository order. */
    public static final List<Entry> NODES = List.of(
            new Entry("EDX Spectrum Image Reader", P + "reader.ReaderNodeFactory", ReaderSettings::new, 0, 2),
            new Entry("Synthetic EDX Spectrum Image", P + "synthetic.SyntheticNodeFactory", SyntheticSettings::new,
                    1, 3),
            new Entry("Spatial Binning", P + "binning.BinningNodeFactory", BinningSettings::new, 1, 1),
            new Entry("PCA (Poisson-scaled)", P + "pca.PcaNodeFactory", PcaSettings::new, 1, 2),
            new Entry("NMF", P + "nmf.NmfNodeFactory", NmfSettings::new, 1, 3),
            new Entry("Seeded NMF", P + "seedednmf.SeededNmfNodeFactory", SeededNmfSettings::new, 2, 3),
            new Entry("Reconstruction", P + "reconstruction.ReconstructionNodeFactory", ReconstructionSettings::new,
                    2, 1),
            new Entry("Elemental Maps", P + "elementalmaps.ElementalMapsNodeFactory", ElementalMapsSettings::new, 1,
                    1),
            new Entry("Quantification", P + "quantification.QuantificationNodeFactory",
                    QuantificationSettings::new, 3, 3),
            new Entry("Compare Components", P + "compare.CompareComponentsNodeFactory",
                    CompareComponentsSettings::new, 2, 1),
            new Entry("Spectrum Image Writer", P + "writer.WriterNodeFactory", WriterSettings::new, 1, 0),
            new Entry("Choose Binning Factor", P + "choosebinning.ChooseBinningNodeFactory",
                    ChooseBinningSettings::new, 1, 1));

    private NodeCatalog() {
    }

    /** @return the entry of the node named {@code name} */
    public static Entry byName(String name) {
        return NODES.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No PSNMF node named " + name));
    }
}
