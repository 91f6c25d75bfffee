package org.psnmf.knime.nodes.seedednmf;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.psnmf.knime.port.DecompositionPortObject;
import org.psnmf.knime.port.DecompositionSpec;
import org.psnmf.knime.port.PsnmfPortTypes;
import org.psnmf.knime.port.SpectrumImagePortObject;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.table.KnimeTables;
import org.psnmf.knime.util.DecompositionTables;
import org.psnmf.knime.util.Inputs;
import org.psnmf.knime.util.KnimeProgress;
import org.psnmf.knime.util.PsnmfNodeModel;

final class SeededNmfNodeModel extends PsnmfNodeModel<SeededNmfSettings> {

    SeededNmfNodeModel() {
        super(new PortType[] {PsnmfPortTypes.SPECTRUM_IMAGE, PsnmfPortTypes.DECOMPOSITION},
                new PortType[] {PsnmfPortTypes.DECOMPOSITION, PsnmfPortTypes.TABLE, PsnmfPortTypes.TABLE},
                SeededNmfSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(SeededNmfSettings s, PortObjectSpec[] inSpecs)
            throws InvalidSettingsException {
        SpectrumImageSpec img = Inputs.image(inSpecs, 0);
        DecompositionSpec seed = Inputs.decomposition(inSpecs, 1);
        DecompositionSpec out = img == null || seed == null ? null : SeededNmfRunner.outputSpec(s, img, seed);
        return new PortObjectSpec[] {out,
            seed == null ? null : KnimeTables.spec(DecompositionTables.spectraColumns(seed.names())),
            KnimeTables.spec(DecompositionTables.mapsColumns())};
    }

    @Override
    protected PortObject[] execute(SeededNmfSettings s, PortObject[] in, ExecutionContext exec) throws Exception {
        SeededNmfRunner.Result r = SeededNmfRunner.run(s, ((SpectrumImagePortObject) in[0]).image(),
                ((DecompositionPortObject) in[1]).decomposition(), new KnimeProgress(exec.createSubProgress(0.95)));
        warn(r.warnings());
        return new PortObject[] {new DecompositionPortObject(r.decomposition()), KnimeTables.toTable(r.spectra(), exec),
            KnimeTables.toTable(r.maps(), exec)};
    }
}
