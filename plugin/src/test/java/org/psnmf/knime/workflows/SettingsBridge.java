package org.psnmf.knime.workflows;

import java.util.HashMap;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.ParamSettings;

/**
 * Moves node settings between the nodes' own settings classes ({@link ParamSettings}) and the {@code model}
 * config of a {@code settings.xml}.
 *
 * <p>{@link #model} calls the node's real {@link ParamSettings#save} into a {@link NodeSettings} (the offline
 * stub keeps the values in memory) and serialises exactly what was saved, reading it back only through KNIME API
 * getters; the entry type is what the typed getter accepts, cross-checked against the {@link Param}'s declared
 * XML type. So keys, types and defaults in the workflow files come from the same declarations the node model and
 * dialog use. {@link #load} goes the other way through the node's strict loader, as the node model does when
 * KNIME loads the workflow.
 */
public final class SettingsBridge {

    private SettingsBridge() {
    }

    /** The {@code model} config that {@code settings.save(..)} writes. */
    public static XmlConfig model(ParamSettings settings) {
        NodeSettings ns = new NodeSettings("model");
        settings.save(ns);
        Map<String, Param<?>> byKey = new HashMap<>();
        for (Param<?> p : settings.params()) {
            byKey.put(p.key(), p);
        }
        XmlConfig c = new XmlConfig("model");
        for (String key : ns.keySet()) {
            XmlConfig.Entry e = entry(ns, key);
            Param<?> p = byKey.get(key);
            if (p == null) {
                throw new IllegalStateException(settings.getClass().getSimpleName() + ".save wrote key '" + key
                        + "' that no declared Param has");
            }
            if (!p.xmlType().equals(e.type())) {
                throw new IllegalStateException(settings.getClass().getSimpleName() + ": key '" + key + "' saved as "
                        + e.type() + " but declared " + p.xmlType());
            }
            c.addEntry(key, e.type(), e.value());
        }
        if (c.keys().size() != settings.params().size()) {
            throw new IllegalStateException(settings.getClass().getSimpleName() + ".save wrote " + c.keys()
                    + " but declares " + settings.params().size() + " settings");
        }
        return c;
    }

    /** Type and KNIME string form of one saved value, found with the typed getters (each rejects other types). */
    private static XmlConfig.Entry entry(NodeSettings ns, String key) {
        try {
            return new XmlConfig.Entry(key, "xint", Integer.toString(ns.getInt(key)));
        } catch (InvalidSettingsException e) {
            // not an int
        }
        try {
            return new XmlConfig.Entry(key, "xlong", Long.toString(ns.getLong(key)));
        } catch (InvalidSettingsException e) {
            // not a long
        }
        try {
            return new XmlConfig.Entry(key, "xdouble", Double.toString(ns.getDouble(key)));
        } catch (InvalidSettingsException e) {
            // not a double
        }
        try {
            return new XmlConfig.Entry(key, "xboolean", Boolean.toString(ns.getBoolean(key)));
        } catch (InvalidSettingsException e) {
            // not a boolean
        }
        try {
            return new XmlConfig.Entry(key, "xstring", ns.getString(key));
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException("Saved key '" + key + "' has a type the workflow writer does not know", e);
        }
    }

    /** KNIME settings holding the entries of a stored {@code model} config (flat: our nodes save no sub-configs). */
    public static NodeSettings toNodeSettings(XmlConfig model) {
        NodeSettings ns = new NodeSettings(model.key());
        for (Object o : model.children()) {
            if (!(o instanceof XmlConfig.Entry e)) {
                throw new IllegalArgumentException("Nested config '" + ((XmlConfig) o).key()
                        + "' in a node model: our settings are flat");
            }
            switch (e.type()) {
                case "xint" -> ns.addInt(e.key(), Integer.parseInt(e.value()));
                case "xlong" -> ns.addLong(e.key(), Long.parseLong(e.value()));
                case "xdouble" -> ns.addDouble(e.key(), Double.parseDouble(e.value()));
                case "xboolean" -> ns.addBoolean(e.key(), Boolean.parseBoolean(e.value()));
                case "xstring" -> ns.addString(e.key(), e.value());
                default -> throw new IllegalArgumentException("Entry '" + e.key() + "' has unsupported type "
                        + e.type());
            }
        }
        return ns;
    }

    /** Loads {@code model} into {@code settings} with the node's strict loader (as the node model does). */
    public static <S extends ParamSettings> S load(XmlConfig model, S settings) throws InvalidSettingsException {
        settings.loadStrict(toNodeSettings(model));
        return settings;
    }
}
