/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/node/port/PortUtil.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node.port;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

public final class PortUtil {

    public static PortObjectSpecZipOutputStream getPortObjectSpecZipOutputStream(final OutputStream in) throws IOException {
        return new PortObjectSpecZipOutputStream(in); // stub: no leading entry
    }

    public static PortObjectZipOutputStream getPortObjectZipOutputStream(final OutputStream in) throws IOException {
        return new PortObjectZipOutputStream(in); // stub: no leading entry
    }

    public static PortObjectSpecZipInputStream getPortObjectSpecZipInputStream(final InputStream in) throws IOException {
        return new PortObjectSpecZipInputStream(in); // stub: no leading entry
    }

    public static PortObjectZipInputStream getPortObjectZipInputStream(final InputStream in) throws IOException {
        return new PortObjectZipInputStream(in); // stub: no leading entry
    }

    private PortUtil() {
    }

}
