package org.psnmf.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The parsed, validated arguments of one command line (made by {@link CommandSpec#parse}). Values are typed by their
 * {@link Option} declaration; an option not given yields its declared default. Reading an option the command did
 * not declare is a programming error ({@link IllegalStateException}), so code and help cannot drift apart.
 */
public final class Args {

    private final CommandSpec spec;
    private final Map<String, Object> given;
    private final List<String> positional;

    Args(CommandSpec spec, Map<String, Object> given, List<String> positional) {
        this.spec = spec;
        this.given = given;
        this.positional = List.copyOf(positional);
    }

    /** @return true if the option was given on the command line (not just defaulted) */
    public boolean has(String key) {
        declared(key);
        return given.containsKey(key);
    }

    /** @return a FLAG or NEGATABLE option's value */
    public boolean flag(String key) {
        return (Boolean) value(key, Option.Type.FLAG, Option.Type.NEGATABLE);
    }

    /** @return a STRING or CHOICE option's value (a choice in its declared spelling), or null without default */
    public String string(String key) {
        return (String) value(key, Option.Type.STRING, Option.Type.CHOICE);
    }

    /** @return a PATH option's value, or null if absent without default */
    public Path path(String key) {
        return (Path) value(key, Option.Type.PATH);
    }

    public int integer(String key) {
        return (Integer) present(key, Option.Type.INT);
    }

    public long longValue(String key) {
        return (Long) present(key, Option.Type.LONG);
    }

    /** @return a NUMBER option's value; NaN if absent without a declared default */
    public double number(String key) {
        Object v = value(key, Option.Type.NUMBER);
        return v == null ? Double.NaN : (Double) v;
    }

    /** @return a LIST option's items, empty if absent */
    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object v = value(key, Option.Type.LIST);
        return v == null ? List.of() : (List<String>) v;
    }

    public List<String> positional() {
        return positional;
    }

    private Option declared(String key) {
        Option o = spec.find(key);
        if (o == null) {
            throw new IllegalStateException("psnmf " + spec.name() + " reads --" + key + " but does not declare it");
        }
        return o;
    }

    private Object value(String key, Option.Type... types) {
        Option o = declared(key);
        if (!List.of(types).contains(o.type())) {
            throw new IllegalStateException("psnmf " + spec.name() + ": --" + key + " is declared " + o.type()
                    + ", read as " + List.of(types));
        }
        if (given.containsKey(key)) {
            return given.get(key);
        }
        return o.defaultValue() == null ? null : o.parse(o.defaultValue());
    }

    private Object present(String key, Option.Type type) {
        Object v = value(key, type);
        if (v == null) {
            throw new IllegalStateException("psnmf " + spec.name() + ": --" + key
                    + " has no declared default; check has() first");
        }
        return v;
    }
}
