package org.psnmf.knime.nodes.binning;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.psnmf.knime.port.PsnmfPortTypes;
import org.psnmf.knime.port.SpectrumImagePortObject;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.util.Inputs;
import org.psnmf.knime.util.KnimeProgress;
import org.psnmf.knime.util.PsnmfNodeModel;

final class BinningNodeModel extends PsnmfNodeModel<BinningSettings> {

    BinningNodeModel() {
        super(new PortType[] {PsnmfPortTypes.SPECTRUM_IMAGE}, new PortType[] {PsnmfPortTypes.SPECTRUM_IMAGE},
                BinningSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(BinningSettings s, PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        SpectrumImageSpec in = Inputs.image(inSpecs, 0);
        return new PortObjectSpec[] {in == null ? null : BinningRunner.outputSpec(s, in)};
    }

    @Override
    protected PortObject[] execute(BinningSettings s, PortObject[] in, ExecutionContext exec) throws Exception {
        BinningRunner.Result r = BinningRunner.run(s, ((SpectrumImagePortObject) in[0]).image(),
                new KnimeProgress(exec.createSubProgress(0.8)));
        warn(r.warnings());
        return new PortObject[] {SpectrumImagePortObject.create(r.image(), exec,
                new KnimeProgress(exec.createSubProgress(0.2)))};
    }
}
