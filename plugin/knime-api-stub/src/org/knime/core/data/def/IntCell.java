/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/data/def/IntCell.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.data.def;

import org.knime.core.data.BoundedValue;
import org.knime.core.data.ComplexNumberValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.FuzzyIntervalValue;
import org.knime.core.data.FuzzyNumberValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;

public class IntCell extends DataCell implements IntValue, LongValue, DoubleValue, ComplexNumberValue, FuzzyNumberValue, FuzzyIntervalValue, BoundedValue {

    public static final DataType TYPE = null;

    public IntCell(final int i) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public double getDoubleValue() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public int hashCode() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public String toString() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

}
