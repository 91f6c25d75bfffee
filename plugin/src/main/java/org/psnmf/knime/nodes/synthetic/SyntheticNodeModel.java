package org.psnmf.knime.nodes.synthetic;

import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.psnmf.engine.synth.Phase;
import org.psnmf.engine.synth.SyntheticOptions;
import org.psnmf.knime.port.DecompositionPortObject;
import org.psnmf.knime.port.PsnmfPortTypes;
import org.psnmf.knime.port.SpectrumImagePortObject;
import org.psnmf.knime.table.KnimeTables;
import org.psnmf.knime.util.KnimeProgress;
import org.psnmf.knime.util.PsnmfNodeModel;

final class SyntheticNodeModel extends PsnmfNodeModel<SyntheticSettings> {

    SyntheticNodeModel() {
        super(new PortType[] {PsnmfPortTypes.TABLE_OPTIONAL},
                new PortType[] {PsnmfPortTypes.SPECTRUM_IMAGE, PsnmfPortTypes.DECOMPOSITION, PsnmfPortTypes.TABLE},
                SyntheticSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(SyntheticSettings s, PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        boolean table = inSpecs.length > 0 && inSpecs[0] != null;
        if (table) {
            DataTableSpec t = (DataTableSpec) inSpecs[0];
            for (String c : SyntheticRunner.PHASE_COLUMNS) {
                if (t.findColumnIndex(c) < 0) {
                    throw new InvalidSettingsException("The phases table has no column \"" + c + "\"; it needs "
                            + String.join(", ", SyntheticRunner.PHASE_COLUMNS) + ".");
                }
            }
            if (!s.get(SyntheticSettings.PRESET).equals(SyntheticSettings.CUSTOM)) {
                setWarningMessage("A phases table is connected but 'Preset' is not \"custom\": the table is ignored.");
            }
        }
        // with a custom phase table the phases are known only at execution
        boolean known = !table || !s.get(SyntheticSettings.PRESET).equals(SyntheticSettings.CUSTOM);
        SyntheticOptions o = SyntheticRunner.options(s, null);
        return new PortObjectSpec[] {SyntheticRunner.imageSpec(o), known ? SyntheticRunner.truthSpec(o) : null,
            KnimeTables.spec(SyntheticRunner.compositionColumns())};
    }

    @Override
    protected PortObject[] execute(SyntheticSettings s, PortObject[] in, ExecutionContext exec) throws Exception {
        List<Phase> phases = null;
        if (in.length > 0 && in[0] instanceof BufferedDataTable t) {
            phases = SyntheticRunner.phases(KnimeTables.readText(t, SyntheticRunner.PHASE_COLUMNS));
        }
        SyntheticRunner.Result r = SyntheticRunner.run(s, phases, new KnimeProgress(exec.createSubProgress(0.8)));
        return new PortObject[] {
            SpectrumImagePortObject.create(r.dataset().counts(), exec, new KnimeProgress(exec.createSubProgress(0.15))),
            new DecompositionPortObject(r.truth()), KnimeTables.toTable(r.compositions(), exec)};
    }
}
