package org.psnmf.knime.nodes.elementalmaps;

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

final class ElementalMapsNodeModel extends PsnmfNodeModel<ElementalMapsSettings> {

    ElementalMapsNodeModel() {
        super(new PortType[] {PsnmfPortTypes.SPECTRUM_IMAGE}, new PortType[] {PsnmfPortTypes.TABLE},
                ElementalMapsSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(ElementalMapsSettings s, PortObjectSpec[] inSpecs)
            throws InvalidSettingsException {
        SpectrumImageSpec in = Inputs.image(inSpecs, 0);
        if (in != null) {
            double beam = Double.isFinite(in.info().beamEnergyKv()) ? in.info().beamEnergyKv() : 300;
            for (ElementalMapsSettings.ElementLine e : s.elements()) {
                ElementalMapsRunner.line(e, in.energyAxis(), beam); // fails early if a line is out of range
            }
        }
        return new PortObjectSpec[] {KnimeTables.spec(ElementalMapsRunner.columns())};
    }

    @Override
    protected PortObject[] execute(ElementalMapsSettings s, PortObject[] in, ExecutionContext exec) throws Exception {
        var r = ElementalMapsRunner.run(s, ((SpectrumImagePortObject) in[0]).image(), new KnimeProgress(exec));
        return new PortObject[] {KnimeTables.toTable(r.table(), exec)};
    }
}
