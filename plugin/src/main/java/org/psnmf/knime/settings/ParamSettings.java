package org.psnmf.knime.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.psnmf.knime.settings.Param.BoolParam;
import org.psnmf.knime.settings.Param.DoubleParam;
import org.psnmf.knime.settings.Param.IntParam;

/**
 * Base of every node's settings: the values of a fixed list of {@link Param}s, with the three ways KNIME uses them
 * (the EqualSizeSampling pattern of knime-base): {@link #save} writes every value, {@link #loadStrict} (the node model)
 * requires every key and rejects invalid values with a message naming the setting, {@link #loadLenient} (dialogs,
 * old workflows) falls back to the default for anything missing or invalid.
 *
 * <p>This is the one persisted form of a node's settings: plain entries ({@code addInt/addDouble/addBoolean/addString}
 * under the param's key), no SettingsModel {@code _Internals}. The node model saves it, {@link ParamDialog} reads and
 * writes it, and the example workflows' {@code settings.xml} files are generated from it. Checks come in two stages:
 * {@link #validate()} (each value in range, the combination consistent) whenever settings are loaded, and
 * {@link #checkReady()} (e.g. a file chosen) when the node is configured.
 */
public abstract class ParamSettings {

    private final List<Param<?>> params;
    private final Map<Param<?>, Object> values = new LinkedHashMap<>();

    protected ParamSettings(List<Param<?>> params) {
        this.params = List.copyOf(params);
        for (Param<?> p : params) {
            values.put(p, p.defaultValue());
        }
    }

    /** @return the declared settings, in dialog order */
    public final List<Param<?>> params() {
        return params;
    }

    /** @return the current value of {@code p} */
    @SuppressWarnings("unchecked")
    public final <T> T get(Param<T> p) {
        if (!values.containsKey(p)) {
            throw new IllegalArgumentException(p + " is not a setting of " + getClass().getSimpleName());
        }
        return (T) values.get(p);
    }

    /** Sets a value without checking it (see {@link #validate()}); returns this for chaining. */
    public final <T> ParamSettings set(Param<T> p, T value) {
        if (!values.containsKey(p)) {
            throw new IllegalArgumentException(p + " is not a setting of " + getClass().getSimpleName());
        }
        values.put(p, value);
        return this;
    }

    /** Writes every value under its key. */
    public final void save(NodeSettingsWO s) {
        for (Param<?> p : params) {
            Object v = values.get(p);
            if (p instanceof IntParam) {
                s.addInt(p.key(), (Integer) v);
            } else if (p instanceof DoubleParam) {
                s.addDouble(p.key(), (Double) v);
            } else if (p instanceof BoolParam) {
                s.addBoolean(p.key(), (Boolean) v);
            } else {
                s.addString(p.key(), (String) v);
            }
        }
    }

    /**
     * Loads every value; each key must be present with the right type and an allowed value.
     *
     * @throws InvalidSettingsException naming the first missing or invalid setting
     */
    public final void loadStrict(NodeSettingsRO s) throws InvalidSettingsException {
        for (Param<?> p : params) {
            values.put(p, read(s, p));
        }
        validate();
    }

    /** Loads what is there and valid; everything else keeps its default. Never throws. */
    public final void loadLenient(NodeSettingsRO s) {
        for (Param<?> p : params) {
            try {
                Object v = read(s, p);
                if (checkRaw(p, v) == null) {
                    values.put(p, v);
                }
            } catch (InvalidSettingsException e) {
                // keep the default: lenient loading is for dialogs and old workflows
            }
        }
    }

    /**
     * Checks every value against its range, then the combination ({@link #checkCombination()}).
     *
     * @throws InvalidSettingsException with a one-line message naming the setting, the value and what is allowed
     */
    public final void validate() throws InvalidSettingsException {
        for (Param<?> p : params) {
            String msg = checkRaw(p, values.get(p));
            if (msg != null) {
                throw new InvalidSettingsException(msg);
            }
        }
        checkCombination();
    }

    /**
     * Checks that the node can run: every value {@linkplain Param#checkReady ready} (e.g. a file chosen). Called at
     * configure time; loading accepts settings that are valid but not ready yet.
     *
     * @throws InvalidSettingsException with a one-line message saying what to enter
     */
    public final void checkReady() throws InvalidSettingsException {
        for (Param<?> p : params) {
            String msg = readyRaw(p, values.get(p));
            if (msg != null) {
                throw new InvalidSettingsException(msg);
            }
        }
    }

    /** Cross-setting checks of a node (override); single values are already checked. */
    protected void checkCombination() throws InvalidSettingsException {
        // no cross-setting rules by default
    }

    @SuppressWarnings("unchecked")
    private static <T> String checkRaw(Param<T> p, Object v) {
        return p.check((T) v);
    }

    @SuppressWarnings("unchecked")
    private static <T> String readyRaw(Param<T> p, Object v) {
        return p.checkReady((T) v);
    }

    private static Object read(NodeSettingsRO s, Param<?> p) throws InvalidSettingsException {
        if (!s.containsKey(p.key())) {
            throw new InvalidSettingsException("Setting '" + p.label() + "' (key \"" + p.key()
                    + "\") is missing; open the node dialog and confirm it with OK.");
        }
        try {
            if (p instanceof IntParam) {
                return s.getInt(p.key());
            } else if (p instanceof DoubleParam) {
                return s.getDouble(p.key());
            } else if (p instanceof BoolParam) {
                return s.getBoolean(p.key());
            }
            return s.getString(p.key());
        } catch (InvalidSettingsException e) {
            throw new InvalidSettingsException("Setting '" + p.label() + "' (key \"" + p.key()
                    + "\") is not of type " + p.xmlType().substring(1) + "; open the node dialog and confirm it.", e);
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(getClass().getSimpleName()).append('{');
        values.forEach((p, v) -> b.append(p.key()).append('=').append(v).append(", "));
        return b.append('}').toString();
    }
}
