package org.psnmf.knime.nodes.nmf;

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

final class NmfNodeModel extends PsnmfNodeModel<NmfSettings> {

    NmfNodeModel() {
        super(new PortType[] {PsnmfPortTypes.SPECTRUM_IMAGE},
                new PortType[] {PsnmfPortTypes.DECOMPOSITION, PsnmfPortTypes.TABLE, PsnmfPortTypes.TABLE},
                NmfSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(NmfSettings s, PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        s.toOptions(); // engine range checks
        SpectrumImageSpec in = Inputs.image(inSpecs, 0);
        DecompositionSpec out = in == null ? null : NmfRunner.outputSpec(s, in);
        return new PortObjectSpec[] {out,
            KnimeTables.spec(DecompositionTables.spectraColumns(DecompositionTables.names(s.get(NmfSettings.COMPONENTS)))),
            KnimeTables.spec(DecompositionTables.mapsColumns())};
    }

    @Override
    protected PortObject[] execute(NmfSettings s, PortObject[] in, ExecutionContext exec) throws Exception {
        NmfRunner.Result r = NmfRunner.run(s, ((SpectrumImagePortObject) in[0]).image(),
                new KnimeProgress(exec.createSubProgress(0.95)));
        warn(r.warnings());
        return new PortObject[] {new DecompositionPortObject(r.decomposition()), KnimeTables.toTable(r.spectra(), exec),
            KnimeTables.toTable(r.maps(), exec)};
    }
}
