package org.psnmf.knime.nodes.choosebinning;

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

final class ChooseBinningNodeModel extends PsnmfNodeModel<ChooseBinningSettings> {

    ChooseBinningNodeModel() {
        super(new PortType[] {PsnmfPortTypes.SPECTRUM_IMAGE}, new PortType[] {PsnmfPortTypes.TABLE},
                ChooseBinningSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(ChooseBinningSettings s, PortObjectSpec[] inSpecs)
            throws InvalidSettingsException {
        SpectrumImageSpec in = Inputs.image(inSpecs, 0);
        if (in != null) {
            ChooseBinningRunner.check(s, in);
        }
        return new PortObjectSpec[] {KnimeTables.spec(ChooseBinningRunner.columns())};
    }

    @Override
    protected PortObject[] execute(ChooseBinningSettings s, PortObject[] in, ExecutionContext exec) throws Exception {
        ChooseBinningRunner.Result r = ChooseBinningRunner.run(s, ((SpectrumImagePortObject) in[0]).image(),
                new KnimeProgress(exec));
        warn(r.warnings());
        return new PortObject[] {KnimeTables.toTable(r.table(), exec)};
    }
}
