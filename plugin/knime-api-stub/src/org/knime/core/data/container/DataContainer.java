/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/data/container/DataContainer.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

public class DataContainer implements RowAppender, RowFlushable {

    public DataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public void close() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

}
