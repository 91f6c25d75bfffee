/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-shared tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core.util/src/main/java/org/knime/core/node/config/base/ConfigBase.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node.config.base;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.knime.core.node.InvalidSettingsException;

public abstract class ConfigBase extends AbstractConfigEntry implements ConfigBaseRO, ConfigBaseWO {

    public ConfigBase(final String key) {
        super(key);
    }

    public abstract ConfigBase getInstance(final String key);

    public void addInt(final String key, final int value) {
        m_stubValues.put(key, value);
    }

    public int getInt(final String key) throws InvalidSettingsException {
        Object o = m_stubValues.get(key);
        if (!(o instanceof Integer)) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        return (Integer)o;
    }

    public void addDouble(final String key, final double value) {
        m_stubValues.put(key, value);
    }

    public double getDouble(final String key) throws InvalidSettingsException {
        Object o = m_stubValues.get(key);
        if (!(o instanceof Double)) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        return (Double)o;
    }

    public void addLong(final String key, final long value) {
        m_stubValues.put(key, value);
    }

    public long getLong(final String key) throws InvalidSettingsException {
        Object o = m_stubValues.get(key);
        if (!(o instanceof Long)) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        return (Long)o;
    }

    public void addString(final String key, final String value) {
        m_stubValues.put(key, value);
    }

    public String getString(final String key) throws InvalidSettingsException {
        Object o = m_stubValues.get(key);
        if (!(o instanceof String || (o == null && m_stubValues.containsKey(key)))) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        return (String)o;
    }

    public Set<String> keySet() {
        return Collections.unmodifiableSet(m_stubValues.keySet());
    }

    public boolean containsKey(final String key) {
        return m_stubValues.containsKey(key);
    }

    public boolean getBoolean(final String key) throws InvalidSettingsException {
        Object o = m_stubValues.get(key);
        if (!(o instanceof Boolean)) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        return (Boolean)o;
    }

    public void addBoolean(final String key, final boolean value) {
        m_stubValues.put(key, value);
    }

    public int getInt(final String key, final int def) {
        Object o = m_stubValues.get(key);
        return Integer.class.isInstance(o) ? (Integer)o : def;
    }

    public double getDouble(final String key, final double def) {
        Object o = m_stubValues.get(key);
        return Double.class.isInstance(o) ? (Double)o : def;
    }

    public long getLong(final String key, final long def) {
        Object o = m_stubValues.get(key);
        return Long.class.isInstance(o) ? (Long)o : def;
    }

    public boolean getBoolean(final String key, final boolean def) {
        Object o = m_stubValues.get(key);
        return Boolean.class.isInstance(o) ? (Boolean)o : def;
    }

    public String getString(final String key, final String def) {
        return m_stubValues.containsKey(key) && (m_stubValues.get(key) == null || m_stubValues.get(key) instanceof String) ? (String)m_stubValues.get(key) : def;
    }

    public final Iterator<String> iterator() {
        return keySet().iterator();
    }

    /** Stub storage: key to boxed value (Integer, Double, Long, String or Boolean), in insertion order. */
    private final Map<String, Object> m_stubValues = new LinkedHashMap<>();

}
