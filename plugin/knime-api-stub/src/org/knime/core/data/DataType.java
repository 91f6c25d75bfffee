/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (5.3.0 lacks the interface IdentifiableType /
 * MessageAwareException this type implements in 5.5.0; our code does not use it, so this compiles for both),
 * org.knime.core/src/eclipse/org/knime/core/data/DataType.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.data;

import org.knime.core.data.convert.map.IdentifiableType;

public final class DataType implements IdentifiableType {

    public static DataCell getMissingCell() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public static DataType getType(final Class<? extends DataCell> cell) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    private DataType() {
    }

}
