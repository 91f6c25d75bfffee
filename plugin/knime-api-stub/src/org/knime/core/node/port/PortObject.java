/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/node/port/PortObject.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node.port;

import java.io.IOException;
import javax.swing.JComponent;
import org.knime.core.internal.SerializerMethodLoader.Serializer;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

public interface PortObject {

    String getSummary();

    PortObjectSpec getSpec();

    public JComponent[] getViews();

    /** Serializer of port objects; register it with the port type in plugin.xml. */
    abstract static class PortObjectSerializer<T extends PortObject> implements Serializer<T> {

        public abstract void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException;

        public abstract T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException;
    }

}
