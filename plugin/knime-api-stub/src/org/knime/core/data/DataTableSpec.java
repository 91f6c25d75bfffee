/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/data/DataTableSpec.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.data;

import java.util.Iterator;
import javax.swing.JComponent;
import org.knime.core.node.port.PortObjectSpec;

public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public int findColumnIndex(final String columnName) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public DataColumnSpec getColumnSpec(final int index) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public int getNumColumns() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public Iterator<DataColumnSpec> iterator() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public JComponent[] getViews() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

}
