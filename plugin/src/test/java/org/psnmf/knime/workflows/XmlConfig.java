package org.psnmf.knime.workflows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * In-memory form of one KNIME XMLConfig element ({@code <config key=..>}): an ordered list of typed entries and
 * nested configs, exactly what {@code workflow.knime} and {@code settings.xml} are made of (see
 * {@code shared/notes/knime.md} section 5). Insertion order is kept because KNIME writes keys in the order they
 * were added and our files must regenerate byte-identically.
 *
 * <p>Types are KNIME's names ({@code xstring xint xlong xdouble xboolean ...}); values are kept as the string
 * KNIME writes ({@code Integer.toString}, {@code Double.toString}, {@code Boolean.toString}); a {@code null}
 * value is a null string ({@code isnull="true"}). Arrays are configs with {@code array-size} and entries
 * {@code 0, 1, ...}, as KNIME's {@code addDoubleArray} etc. write them.
 *
 * <p>Test-tree only: this is authoring and checking infrastructure for the example workflows, never shipped.
 */
public final class XmlConfig {

    /** One {@code <entry key type value [isnull]>}; {@code value == null} means a null string. */
    public record Entry(String key, String type, String value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(type, "type");
        }
    }

    private final String key;
    /** Children in insertion order: {@link Entry} or {@link XmlConfig}. Keys are unique (as in KNIME). */
    private final LinkedHashMap<String, Object> children = new LinkedHashMap<>();

    public XmlConfig(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public String key() {
        return key;
    }

    // ---------------------------------------------------------------- writing

    private void put(String k, Object child) {
        if (children.containsKey(k)) {
            throw new IllegalArgumentException("Duplicate key '" + k + "' in config '" + key + "'");
        }
        children.put(k, child);
    }

    public XmlConfig addEntry(String k, String type, String value) {
        put(k, new Entry(k, type, value));
        return this;
    }

    public XmlConfig addString(String k, String v) {
        return addEntry(k, "xstring", v);
    }

    public XmlConfig addInt(String k, int v) {
        return addEntry(k, "xint", Integer.toString(v));
    }

    public XmlConfig addLong(String k, long v) {
        return addEntry(k, "xlong", Long.toString(v));
    }

    public XmlConfig addDouble(String k, double v) {
        return addEntry(k, "xdouble", Double.toString(v));
    }

    public XmlConfig addBoolean(String k, boolean v) {
        return addEntry(k, "xboolean", Boolean.toString(v));
    }

    /** Adds (and returns) an empty sub-config. */
    public XmlConfig addConfig(String k) {
        XmlConfig c = new XmlConfig(k);
        put(k, c);
        return c;
    }

    /** Adds an existing config (its key must equal {@code c.key()}). */
    public XmlConfig addConfig(XmlConfig c) {
        put(c.key(), c);
        return this;
    }

    public XmlConfig addIntArray(String k, int... values) {
        XmlConfig a = addConfig(k);
        a.addInt("array-size", values.length);
        for (int i = 0; i < values.length; i++) {
            a.addInt(Integer.toString(i), values[i]);
        }
        return this;
    }

    public XmlConfig addDoubleArray(String k, double... values) {
        XmlConfig a = addConfig(k);
        a.addInt("array-size", values.length);
        for (int i = 0; i < values.length; i++) {
            a.addDouble(Integer.toString(i), values[i]);
        }
        return this;
    }

    public XmlConfig addStringArray(String k, String... values) {
        XmlConfig a = addConfig(k);
        a.addInt("array-size", values.length);
        for (int i = 0; i < values.length; i++) {
            a.addString(Integer.toString(i), values[i]);
        }
        return this;
    }

    /** Replaces the value of an existing entry, keeping its type and position (used for workflow overrides). */
    public XmlConfig replaceValue(String k, String value) {
        Object old = children.get(k);
        if (!(old instanceof Entry e)) {
            throw new IllegalArgumentException("No entry '" + k + "' in config '" + key + "' to override; keys: "
                    + keys());
        }
        children.put(k, new Entry(k, e.type(), value));
        return this;
    }

    // ---------------------------------------------------------------- reading

    /** Keys of all children (entries and configs) in order. */
    public List<String> keys() {
        return List.copyOf(children.keySet());
    }

    /** Children in order ({@link Entry} or {@link XmlConfig}). */
    public List<Object> children() {
        return Collections.unmodifiableList(new ArrayList<>(children.values()));
    }

    public boolean containsKey(String k) {
        return children.containsKey(k);
    }

    public Entry entry(String k) {
        Object o = children.get(k);
        if (o instanceof Entry e) {
            return e;
        }
        throw new IllegalArgumentException("Config '" + key + "' has no entry '" + k + "'"
                + (o != null ? " (it is a config)" : "") + "; keys: " + keys());
    }

    public XmlConfig config(String k) {
        Object o = children.get(k);
        if (o instanceof XmlConfig c) {
            return c;
        }
        throw new IllegalArgumentException("Config '" + key + "' has no sub-config '" + k + "'"
                + (o != null ? " (it is an entry)" : "") + "; keys: " + keys());
    }

    public boolean hasConfig(String k) {
        return children.get(k) instanceof XmlConfig;
    }

    private String typed(String k, String type) {
        Entry e = entry(k);
        if (!e.type().equals(type)) {
            throw new IllegalArgumentException("Entry '" + k + "' in '" + key + "' has type " + e.type()
                    + ", expected " + type);
        }
        return e.value();
    }

    public String getString(String k) {
        return typed(k, "xstring");
    }

    public int getInt(String k) {
        return Integer.parseInt(typed(k, "xint"));
    }

    public long getLong(String k) {
        return Long.parseLong(typed(k, "xlong"));
    }

    public double getDouble(String k) {
        return Double.parseDouble(typed(k, "xdouble"));
    }

    public boolean getBoolean(String k) {
        return Boolean.parseBoolean(typed(k, "xboolean"));
    }

    public int[] getIntArray(String k) {
        XmlConfig a = config(k);
        int[] v = new int[a.getInt("array-size")];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.getInt(Integer.toString(i));
        }
        return v;
    }

    /** Flattened view: {@code "a/b/c" -> Entry} for every entry in this tree (handy for diffs in tests). */
    public Map<String, Entry> flatten() {
        Map<String, Entry> out = new LinkedHashMap<>();
        flatten("", out);
        return out;
    }

    private void flatten(String prefix, Map<String, Entry> out) {
        for (Object o : children.values()) {
            if (o instanceof Entry e) {
                out.put(prefix + e.key(), e);
            } else {
                XmlConfig c = (XmlConfig) o;
                c.flatten(prefix + c.key() + "/", out);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XmlConfig c && c.key.equals(key) && c.children.equals(children)
                && List.copyOf(c.children.keySet()).equals(List.copyOf(children.keySet()));
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + children.hashCode();
    }

    @Override
    public String toString() {
        return new String(XmlConfigIO.write(this), java.nio.charset.StandardCharsets.UTF_8);
    }
}
