package org.psnmf.knime.nodes.writer;

import java.nio.file.Path;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.knime.port.PsnmfPortTypes;
import org.psnmf.knime.port.SpectrumImagePortObject;
import org.psnmf.knime.util.Inputs;
import org.psnmf.knime.util.KnimeProgress;
import org.psnmf.knime.util.PsnmfNodeModel;

final class WriterNodeModel extends PsnmfNodeModel<WriterSettings> {

    WriterNodeModel() {
        super(new PortType[] {PsnmfPortTypes.SPECTRUM_IMAGE}, new PortType[0], WriterSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(WriterSettings s, PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        Inputs.image(inSpecs, 0);
        Path file = Inputs.path(s.get(WriterSettings.FILE), WriterSettings.FILE.label());
        try {
            WriterRunner.checkTarget(s, file);
        } catch (SpectrumFileException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new InvalidSettingsException("Cannot check " + file + ": " + e.getMessage(), e);
        }
        return new PortObjectSpec[0];
    }

    @Override
    protected PortObject[] execute(WriterSettings s, PortObject[] in, ExecutionContext exec) throws Exception {
        Path file = Inputs.path(s.get(WriterSettings.FILE), WriterSettings.FILE.label());
        WriterRunner.run(s, ((SpectrumImagePortObject) in[0]).image(), file, new KnimeProgress(exec));
        return new PortObject[0];
    }
}
