package org.psnmf.knime.nodes.pca;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.psnmf.knime.port.PsnmfPortTypes;
import org.psnmf.knime.port.SpectrumImagePortObject;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.table.KnimeTables;
import org.psnmf.knime.util.Inputs;
import org.psnmf.knime.util.KnimeProgress;
import org.psnmf.knime.util.PsnmfNodeModel;

final class PcaNodeModel extends PsnmfNodeModel<PcaSettings> {

    PcaNodeModel() {
        super(new PortType[] {PsnmfPortTypes.SPECTRUM_IMAGE},
                new PortType[] {PsnmfPortTypes.TABLE, PsnmfPortTypes.SPECTRUM_IMAGE}, PcaSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(PcaSettings s, PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        SpectrumImageSpec in = Inputs.image(inSpecs, 0);
        return new PortObjectSpec[] {KnimeTables.spec(PcaRunner.screeColumns()),
            in == null ? null : PcaRunner.outputSpec(s, in)};
    }

    @Override
    protected PortObject[] execute(PcaSettings s, PortObject[] in, ExecutionContext exec) throws Exception {
        PcaRunner.Result r = PcaRunner.run(s, ((SpectrumImagePortObject) in[0]).image(),
                new KnimeProgress(exec.createSubProgress(0.9)));
        return new PortObject[] {KnimeTables.toTable(r.scree(), exec),
            SpectrumImagePortObject.create(r.denoised(), exec, new KnimeProgress(exec.createSubProgress(0.1)))};
    }
}
