package org.psnmf.knime.nodes.quantification;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.psnmf.engine.quant.KFactorTable;
import org.psnmf.knime.port.DecompositionPortObject;
import org.psnmf.knime.port.DecompositionSpec;
import org.psnmf.knime.port.PsnmfPortTypes;
import org.psnmf.knime.port.SpectrumImagePortObject;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.table.KnimeTables;
import org.psnmf.knime.util.Inputs;
import org.psnmf.knime.util.KnimeProgress;
import org.psnmf.knime.util.PsnmfNodeModel;

final class QuantificationNodeModel extends PsnmfNodeModel<QuantificationSettings> {

    QuantificationNodeModel() {
        super(new PortType[] {PsnmfPortTypes.DECOMPOSITION_OPTIONAL, PsnmfPortTypes.SPECTRUM_IMAGE_OPTIONAL,
            PsnmfPortTypes.TABLE_OPTIONAL}, new PortType[] {PsnmfPortTypes.TABLE, PsnmfPortTypes.TABLE,
            PsnmfPortTypes.TABLE},
                QuantificationSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(QuantificationSettings s, PortObjectSpec[] inSpecs)
            throws InvalidSettingsException {
        DecompositionSpec d = Inputs.decomposition(inSpecs, 0);
        SpectrumImageSpec i = Inputs.image(inSpecs, 1);
        boolean dConnected = inSpecs[0] != null;
        boolean iConnected = inSpecs.length > 1 && inSpecs[1] != null;
        if (!dConnected && !iConnected && d == null && i == null) {
            // both may simply be unknown before upstream execution; KNIME passes null for unconnected optional ports
            setWarningMessage("Connect a Decomposition and/or a Spectrum Image to quantify.");
        }
        if (inSpecs.length > 2 && inSpecs[2] instanceof DataTableSpec t) {
            for (String c : QuantificationRunner.KFACTOR_COLUMNS) {
                if (t.findColumnIndex(c) < 0) {
                    throw new InvalidSettingsException("The k-factor table has no column \"" + c + "\"; it needs "
                            + String.join(", ", QuantificationRunner.KFACTOR_COLUMNS) + ".");
                }
            }
        }
        return new PortObjectSpec[] {KnimeTables.spec(QuantificationRunner.columns()),
            KnimeTables.spec(QuantificationRunner.mapColumns()), KnimeTables.spec(QuantificationRunner.familyColumns())};
    }

    @Override
    protected PortObject[] execute(QuantificationSettings s, PortObject[] in, ExecutionContext exec)
            throws Exception {
        var d = in[0] instanceof DecompositionPortObject p ? p.decomposition() : null;
        var img = in[1] instanceof SpectrumImagePortObject p ? p.image() : null;
        KFactorTable k = in[2] instanceof BufferedDataTable t
                ? QuantificationRunner.kFactors(KnimeTables.readText(t, QuantificationRunner.KFACTOR_COLUMNS),
                        "weight".equals(s.get(QuantificationSettings.KFACTOR_BASIS))) : null;
        QuantificationRunner.Result r = QuantificationRunner.run(s, d, img, k,
                new KnimeProgress(exec.createSubProgress(0.9)));
        warn(r.warnings());
        return new PortObject[] {KnimeTables.toTable(r.table(), exec), KnimeTables.toTable(r.maps(), exec),
            KnimeTables.toTable(r.families(), exec)};
    }
}
