package org.psnmf.knime.workflows;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.nodes.binning.BinningRunner;
import org.psnmf.knime.nodes.binning.BinningSettings;
import org.psnmf.knime.nodes.choosebinning.ChooseBinningRunner;
import org.psnmf.knime.nodes.choosebinning.ChooseBinningSettings;
import org.psnmf.knime.nodes.compare.CompareComponentsRunner;
import org.psnmf.knime.nodes.compare.CompareComponentsSettings;
import org.psnmf.knime.nodes.elementalmaps.ElementalMapsRunner;
import org.psnmf.knime.nodes.elementalmaps.ElementalMapsSettings;
import org.psnmf.knime.nodes.nmf.NmfRunner;
import org.psnmf.knime.nodes.nmf.NmfSettings;
import org.psnmf.knime.nodes.pca.PcaRunner;
import org.psnmf.knime.nodes.pca.PcaSettings;
import org.psnmf.knime.nodes.quantification.QuantificationRunner;
import org.psnmf.knime.nodes.quantification.QuantificationSettings;
import org.psnmf.knime.nodes.reader.ReaderRunner;
import org.psnmf.knime.nodes.reader.ReaderSettings;
import org.psnmf.knime.nodes.reconstruction.ReconstructionRunner;
import org.psnmf.knime.nodes.reconstruction.ReconstructionSettings;
import org.psnmf.knime.nodes.seedednmf.SeededNmfRunner;
import org.psnmf.knime.nodes.seedednmf.SeededNmfSettings;
import org.psnmf.knime.nodes.synthetic.SyntheticRunner;
import org.psnmf.knime.nodes.synthetic.SyntheticSettings;
import org.psnmf.knime.nodes.writer.WriterRunner;
import org.psnmf.knime.nodes.writer.WriterSettings;
import org.psnmf.knime.port.Decomposition;

/**
 * One {@link ChainRunner.NodeExecutor} per node factory: loads the stored {@code model} with the node's strict
 * settings loader ({@link SettingsBridge#load}) and calls the node's plain-Java runner, exactly the calls its
 * NodeModel makes between the KNIME glue (port-object wrapping, tables, file stores). Outputs are the runners'
 * values in output-port order.
 */
public final class NodeExecutors {

    private NodeExecutors() {
    }

    public static Map<String, ChainRunner.NodeExecutor> all() {
        Map<String, ChainRunner.NodeExecutor> m = new HashMap<>();
        m.put(factory("reader"), (model, in, ctx) -> {
            ReaderSettings s = SettingsBridge.load(model, new ReaderSettings());
            ReaderRunner.Result r = ReaderRunner.run(s, ctx.resolve(s.get(ReaderSettings.FILE)), Progress.NONE);
            return Arrays.asList(r.image(), r.sumSpectrum());
        });
        m.put(factory("binning"), (model, in, ctx) -> {
            BinningSettings s = SettingsBridge.load(model, new BinningSettings());
            return Arrays.asList(BinningRunner.run(s, (SpectrumImage) in.get(0), Progress.NONE).image());
        });
        m.put(factory("reconstruction"), (model, in, ctx) -> {
            ReconstructionSettings s = SettingsBridge.load(model, new ReconstructionSettings());
            SpectrumImage original = (SpectrumImage) in.get(1);
            return Arrays.asList(ReconstructionRunner.run(s, (Decomposition) in.get(0),
                    original == null ? null : original.info()));
        });
        m.put(factory("elementalmaps"), (model, in, ctx) -> {
            ElementalMapsSettings s = SettingsBridge.load(model, new ElementalMapsSettings());
            return Arrays.asList(ElementalMapsRunner.run(s, (SpectrumImage) in.get(0), Progress.NONE));
        });
        m.put(factory("compare"), (model, in, ctx) -> {
            CompareComponentsSettings s = SettingsBridge.load(model, new CompareComponentsSettings());
            return Arrays.asList(CompareComponentsRunner.run(s, (Decomposition) in.get(0), (Decomposition) in.get(1),
                    Progress.NONE));
        });
        m.put(factory("writer"), (model, in, ctx) -> {
            WriterSettings s = SettingsBridge.load(model, new WriterSettings());
            WriterRunner.run(s, (SpectrumImage) in.get(0), ctx.resolve(s.get(WriterSettings.FILE)), Progress.NONE);
            return Arrays.asList();
        });
        m.put(factory("pca"), (model, in, ctx) -> {
            PcaSettings s = SettingsBridge.load(model, new PcaSettings());
            PcaRunner.Result r = PcaRunner.run(s, (SpectrumImage) in.get(0), Progress.NONE);
            return Arrays.asList(r.scree(), r.denoised());
        });
        m.put(factory("nmf"), (model, in, ctx) -> {
            NmfSettings s = SettingsBridge.load(model, new NmfSettings());
            NmfRunner.Result r = NmfRunner.run(s, (SpectrumImage) in.get(0), Progress.NONE);
            return Arrays.asList(r.decomposition(), r.spectra(), r.maps());
        });
        m.put(factory("seeded"), (model, in, ctx) -> {
            SeededNmfSettings s = SettingsBridge.load(model, new SeededNmfSettings());
            SeededNmfRunner.Result r = SeededNmfRunner.run(s, (SpectrumImage) in.get(0), (Decomposition) in.get(1),
                    Progress.NONE);
            return Arrays.asList(r.decomposition(), r.spectra(), r.maps());
        });
        m.put(factory("choosebinning"), (model, in, ctx) -> {
            ChooseBinningSettings s = SettingsBridge.load(model, new ChooseBinningSettings());
            return Arrays.asList(ChooseBinningRunner.run(s, (SpectrumImage) in.get(0), Progress.NONE).table());
        });
        m.put(factory("synthetic"), (model, in, ctx) -> {
            SyntheticSettings s = SettingsBridge.load(model, new SyntheticSettings());
            if (in.get(0) != null) {
                throw new IllegalStateException("custom phase tables are not used by the example workflows");
            }
            SyntheticRunner.Result r = SyntheticRunner.run(s, null, Progress.NONE);
            return Arrays.asList(r.dataset().counts(), r.truth(), r.compositions());
        });
        m.put(factory("quantification"), (model, in, ctx) -> {
            QuantificationSettings s = SettingsBridge.load(model, new QuantificationSettings());
            if (in.get(2) != null) {
                throw new IllegalStateException("k-factor tables are not used by the example workflows");
            }
            QuantificationRunner.Result r = QuantificationRunner.run(s, (Decomposition) in.get(0),
                    (SpectrumImage) in.get(1), null, Progress.NONE);
            return Arrays.asList(r.table(), r.maps(), r.families());
        });
        return m;
    }

    private static String factory(String handle) {
        return PsnmfNodes.DECLS.get(handle).factory();
    }
}
