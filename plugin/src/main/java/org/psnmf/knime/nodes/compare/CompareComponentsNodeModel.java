package org.psnmf.knime.nodes.compare;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.psnmf.knime.port.DecompositionPortObject;
import org.psnmf.knime.port.DecompositionSpec;
import org.psnmf.knime.port.PsnmfPortTypes;
import org.psnmf.knime.table.KnimeTables;
import org.psnmf.knime.util.Inputs;
import org.psnmf.knime.util.KnimeProgress;
import org.psnmf.knime.util.PsnmfNodeModel;

final class CompareComponentsNodeModel extends PsnmfNodeModel<CompareComponentsSettings> {

    CompareComponentsNodeModel() {
        super(new PortType[] {PsnmfPortTypes.DECOMPOSITION, PsnmfPortTypes.DECOMPOSITION},
                new PortType[] {PsnmfPortTypes.TABLE}, CompareComponentsSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(CompareComponentsSettings s, PortObjectSpec[] inSpecs)
            throws InvalidSettingsException {
        DecompositionSpec d = Inputs.decomposition(inSpecs, 0);
        DecompositionSpec r = Inputs.decomposition(inSpecs, 1);
        if (d != null && r != null && d.energyAxis().channels() != r.energyAxis().channels()) {
            throw new InvalidSettingsException("The decomposition has " + d.energyAxis().channels()
                    + " channels, the reference " + r.energyAxis().channels()
                    + "; compare decompositions of the same energy range.");
        }
        return new PortObjectSpec[] {KnimeTables.spec(CompareComponentsRunner.columns())};
    }

    @Override
    protected PortObject[] execute(CompareComponentsSettings s, PortObject[] in, ExecutionContext exec)
            throws Exception {
        var r = CompareComponentsRunner.run(s, ((DecompositionPortObject) in[0]).decomposition(),
                ((DecompositionPortObject) in[1]).decomposition(), new KnimeProgress(exec));
        return new PortObject[] {KnimeTables.toTable(r.table(), exec)};
    }
}
