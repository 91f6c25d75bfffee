/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/data/image/png/PNGImageContent.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.data.image.png;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

public class PNGImageContent implements ImageContent {

    public static final DataType TYPE = null;

    public PNGImageContent(final byte[] imageBytes) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public DataCell toImageCell() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

}
