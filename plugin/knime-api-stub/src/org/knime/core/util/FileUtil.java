/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/util/FileUtil.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.util;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

public final class FileUtil {

    public static Path resolveToPath(final URL url) throws IOException, URISyntaxException {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public static URL toURL(final String path) throws MalformedURLException, InvalidPathException {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    private FileUtil() {
    }

}
