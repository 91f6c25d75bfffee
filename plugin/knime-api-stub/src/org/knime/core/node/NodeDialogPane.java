/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/node/NodeDialogPane.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node;

import java.awt.Component;

import org.knime.core.node.port.PortObjectSpec;

public abstract class NodeDialogPane {

    protected NodeDialogPane() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs) throws NotConfigurableException {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    protected abstract void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException;

    protected final void addTab(final String title, final Component comp) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

}
