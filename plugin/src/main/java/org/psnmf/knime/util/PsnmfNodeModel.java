package org.psnmf.knime.util;

import java.io.File;
import java.io.IOException;
import java.util.function.Supplier;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.knime.settings.ParamSettings;

/**
 * The KNIME glue shared by all PSNMF nodes: settings handling through a {@link ParamSettings} class (strict load in
 * the model, validation on a throw-away instance), no internals, and translation of engine exceptions:
 * IllegalArgumentException at configure time becomes InvalidSettingsException with the same one-line message, the
 * engine's CancelledException becomes CanceledExecutionException. Subclasses implement {@link #configure(Object,
 * PortObjectSpec[])} and {@link #execute(Object, PortObject[], ExecutionContext)} against their runner.
 *
 * @param <S> the node's settings class
 */
public abstract class PsnmfNodeModel<S extends ParamSettings> extends NodeModel {

    private final Supplier<S> factory;
    private S settings;

    protected PsnmfNodeModel(PortType[] in, PortType[] out, Supplier<S> factory) {
        super(in, out);
        this.factory = factory;
        this.settings = factory.get();
    }

    /** @return the output specs (elements may be null when unknown before execution) */
    protected abstract PortObjectSpec[] configure(S s, PortObjectSpec[] inSpecs) throws InvalidSettingsException;

    /** Runs the node. */
    protected abstract PortObject[] execute(S s, PortObject[] in, ExecutionContext exec) throws Exception;

    @Override
    protected final PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        try {
            settings.checkReady();
            settings.validate();
            return configure(settings, inSpecs);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected final PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        try {
            return execute(settings, inObjects, exec);
        } catch (CancelledException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
    }

    @Override
    protected final void saveSettingsTo(NodeSettingsWO s) {
        settings.save(s);
    }

    @Override
    protected final void validateSettings(NodeSettingsRO s) throws InvalidSettingsException {
        factory.get().loadStrict(s);
    }

    @Override
    protected final void loadValidatedSettingsFrom(NodeSettingsRO s) throws InvalidSettingsException {
        S fresh = factory.get();
        fresh.loadStrict(s);
        settings = fresh;
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        // no internals: results live in the output ports
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        // no internals: results live in the output ports
    }

    @Override
    protected void reset() {
        // nothing cached between executions
    }

    /** Shows each warning of the engine result on the node (joined). */
    protected final void warn(java.util.List<String> warnings) {
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", warnings));
        }
    }
}
