/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/data/def/DefaultRow.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.data.def;

import java.util.Iterator;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

public class DefaultRow implements DataRow {

    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public final int getNumCells() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public final RowKey getKey() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public final DataCell getCell(final int index) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public Iterator<DataCell> iterator() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

}
