/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-shared tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core.util/src/main/java/org/knime/core/node/config/base/ConfigBaseRO.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node.config.base;

import java.util.Set;
import org.knime.core.node.InvalidSettingsException;

public interface ConfigBaseRO extends Iterable<String> {

    public int getInt(final String key) throws InvalidSettingsException;

    public double getDouble(final String key) throws InvalidSettingsException;

    public long getLong(final String key) throws InvalidSettingsException;

    public String getString(final String key) throws InvalidSettingsException;

    public Set<String> keySet();

    public boolean containsKey(final String key);

    public boolean getBoolean(final String key) throws InvalidSettingsException;

    public int getInt(final String key, final int def);

    public double getDouble(final String key, final double def);

    public long getLong(final String key, final long def);

    public boolean getBoolean(final String key, final boolean def);

    public String getString(final String key, final String def);

}
