/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/data/filestore/FileStorePortObject.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.data.filestore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.knime.core.data.filestore.internal.FileStoreProxy.FlushCallback;
import org.knime.core.node.port.PortObject;

public abstract class FileStorePortObject implements PortObject, FlushCallback {

    protected FileStorePortObject(final List<FileStore> fileStores) {
        m_stubFileStores = new ArrayList<>(fileStores);
    }

    protected FileStorePortObject() {
        m_stubFileStores = new ArrayList<>();
    }

    protected void postConstruct() throws IOException {
        // stub: nothing to do
    }

    protected void flushToFileStore() throws IOException {
        // stub: nothing to do
    }

    protected int getFileStoreCount() {
        return m_stubFileStores.size();
    }

    protected FileStore getFileStore(final int index) {
        return m_stubFileStores.get(index);
    }

    /** Stub storage of the file stores (the real class keeps proxies that KNIME relocates on save). */
    private final List<FileStore> m_stubFileStores;

}
