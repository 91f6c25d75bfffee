package org.psnmf.knime.nodes.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

final class ReaderNodeModel extends PsnmfNodeModel<ReaderSettings> {

    ReaderNodeModel() {
        super(new PortType[0], new PortType[] {PsnmfPortTypes.SPECTRUM_IMAGE, PsnmfPortTypes.TABLE},
                ReaderSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(ReaderSettings s, PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        Path file = Inputs.path(s.get(ReaderSettings.FILE), ReaderSettings.FILE.label());
        if (!Files.isRegularFile(file)) {
            throw new InvalidSettingsException("'" + ReaderSettings.FILE.label() + "': " + file
                    + " does not exist or is not a file.");
        }
        // from the file header where the format allows (RIPPLE integer data); otherwise known after execution
        SpectrumImageSpec spec;
        try {
            spec = ReaderRunner.configureSpec(s, file).orElse(null);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        return new PortObjectSpec[] {spec, KnimeTables.spec(ReaderRunner.sumSpectrumColumns())};
    }

    @Override
    protected PortObject[] execute(ReaderSettings s, PortObject[] in, ExecutionContext exec) throws Exception {
        Path file = Inputs.path(s.get(ReaderSettings.FILE), ReaderSettings.FILE.label());
        ReaderRunner.Result r = ReaderRunner.run(s, file, new KnimeProgress(exec.createSubProgress(0.8)));
        return new PortObject[] {
            SpectrumImagePortObject.create(r.image(), exec, new KnimeProgress(exec.createSubProgress(0.15))),
            KnimeTables.toTable(r.sumSpectrum(), exec)};
    }
}
