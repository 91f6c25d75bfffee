/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/node/BufferedDataTable.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node;

import javax.swing.JComponent;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;

public final class BufferedDataTable implements DataTable, PortObject {

    public static final PortType TYPE = null;

    public static final PortType TYPE_OPTIONAL = null;

    public DataTableSpec getDataTableSpec() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public DataTableSpec getSpec() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public String getSummary() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public CloseableRowIterator iterator() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public long size() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public JComponent[] getViews() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    /** Stub only: tables are created by the framework. */
    private BufferedDataTable() {
    }

}
