/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/node/ExecutionContext.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node;

import java.io.IOException;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.filestore.FileStore;

public class ExecutionContext extends ExecutionMonitor {

    public FileStore createFileStore(final String relativePath) throws IOException {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    /** Stub only: the real constructors need a running node; package-private, so no client can call it. */
    ExecutionContext() {
    }

}
