package org.psnmf.knime.nodes.reconstruction;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.knime.port.DecompositionPortObject;
import org.psnmf.knime.port.DecompositionSpec;
import org.psnmf.knime.port.PsnmfPortTypes;
import org.psnmf.knime.port.SpectrumImagePortObject;
import org.psnmf.knime.util.Inputs;
import org.psnmf.knime.util.KnimeProgress;
import org.psnmf.knime.util.PsnmfNodeModel;

final class ReconstructionNodeModel extends PsnmfNodeModel<ReconstructionSettings> {

    ReconstructionNodeModel() {
        super(new PortType[] {PsnmfPortTypes.DECOMPOSITION, PsnmfPortTypes.SPECTRUM_IMAGE_OPTIONAL},
                new PortType[] {PsnmfPortTypes.SPECTRUM_IMAGE}, ReconstructionSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(ReconstructionSettings s, PortObjectSpec[] inSpecs)
            throws InvalidSettingsException {
        DecompositionSpec d = Inputs.decomposition(inSpecs, 0);
        return new PortObjectSpec[] {d == null ? null : ReconstructionRunner.outputSpec(s, d, Inputs.image(inSpecs, 1))};
    }

    @Override
    protected PortObject[] execute(ReconstructionSettings s, PortObject[] in, ExecutionContext exec) throws Exception {
        AcquisitionInfo original = in.length > 1 && in[1] instanceof SpectrumImagePortObject o
                ? o.getSpec().info() : null;
        var model = ReconstructionRunner.run(s, ((DecompositionPortObject) in[0]).decomposition(), original);
        return new PortObject[] {SpectrumImagePortObject.create(model, exec, new KnimeProgress(exec))};
    }
}
