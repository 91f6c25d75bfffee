/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/node/NodeModel.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import org.knime.core.node.AbstractNodeView.ViewableModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

public abstract class NodeModel implements ViewableModel {

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) throws IOException, CanceledExecutionException;

    protected abstract void saveSettingsTo(final NodeSettingsWO settings);

    protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    protected abstract void reset();

    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    protected final void setWarningMessage(final String warningMessage) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

}
