/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/node/port/PortObjectSpec.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node.port;

import java.io.IOException;
import javax.swing.JComponent;
import org.knime.core.internal.SerializerMethodLoader.Serializer;

public interface PortObjectSpec {

    public JComponent[] getViews();

    /** Serializer of port object specs; register it with the port type in plugin.xml. */
    abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> implements Serializer<T> {

        public abstract void savePortObjectSpec(final T portObjectSpec, final PortObjectSpecZipOutputStream out)
            throws IOException;

        public abstract T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException;
    }

}
