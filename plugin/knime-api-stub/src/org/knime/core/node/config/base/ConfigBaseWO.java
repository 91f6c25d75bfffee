/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-shared tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core.util/src/main/java/org/knime/core/node/config/base/ConfigBaseWO.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node.config.base;



public interface ConfigBaseWO {

    public void addInt(final String key, final int value);

    public void addDouble(final String key, final double value);

    public void addLong(final String key, final long value);

    public void addString(final String key, final String value);

    public void addBoolean(final String key, final boolean value);

}
