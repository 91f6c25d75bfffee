/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-shared tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core.util/src/main/java/org/knime/core/node/config/base/AbstractConfigEntry.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node.config.base;

import java.io.Serializable;
import java.util.Enumeration;
import javax.swing.tree.TreeNode;

public abstract class AbstractConfigEntry implements Serializable, TreeNode {

    public TreeNode getChildAt(final int childIndex) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public int getChildCount() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public final TreeNode getParent() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public int getIndex(final TreeNode node) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public final boolean getAllowsChildren() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public boolean isLeaf() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    public Enumeration<TreeNode> children() {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

    /** Stub only (the real constructor takes a ConfigEntries type); package-private, so no client can call it. */
    AbstractConfigEntry(final String key) {
        m_stubKey = key;
    }

    /** Stub storage of the key. */
    final String m_stubKey;

}
