/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/data/filestore/FileStore.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.data.filestore;

import java.io.File;

public final class FileStore {

    public File getFile() {
        return m_stubFile;
    }

    /** Stub only: a file store on a given file, package-private (KNIME creates file stores via ExecutionContext). */
    FileStore(final java.io.File file) {
        m_stubFile = file;
    }

    private final java.io.File m_stubFile;

}
