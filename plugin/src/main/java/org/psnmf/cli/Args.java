package org.psnmf.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parsed {@code --key value} / {@code --flag} options and positional arguments. Every option a command reads is
 * marked as used; {@link #checkAllUsed()} then rejects typos such as {@code --componets}.
 */
public final class Args {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> used = new TreeSet<>();

    private Args() {
    }

    /**
     * @param argv  raw arguments after the command name
     * @param flags names (without dashes) of options that take no value
     */
    public static Args parse(List<String> argv, Set<String> flags) {
        Args a = new Args();
        for (int i = 0; i < argv.size(); i++) {
            String s = argv.get(i);
            if (s.startsWith("--") && s.length() > 2) {
                String key = s.substring(2);
                String value;
                int eq = key.indexOf('=');
                if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                } else if (flags.contains(key)) {
                    value = "true";
                } else {
                    if (i + 1 >= argv.size()) {
                        throw new UsageException("Option --" + key + " needs a value.");
                    }
                    value = argv.get(++i);
                }
                if (a.options.put(key, value) != null) {
                    throw new UsageException("Option --" + key + " is given twice.");
                }
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    public boolean has(String key) {
        used.add(key);
        return options.containsKey(key);
    }

    public boolean flag(String key) {
        used.add(key);
        String v = options.get(key);
        if (v == null) {
            return false;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new UsageException("Option --" + key + " takes no value (got '" + v + "').");
    }

    public String string(String key, String def) {
        used.add(key);
        return options.getOrDefault(key, def);
    }

    public String required(String key) {
        used.add(key);
        String v = options.get(key);
        if (v == null) {
            throw new UsageException("Missing required option --" + key + ".");
        }
        return v;
    }

    public Path path(String key) {
        return Path.of(required(key));
    }

    public int integer(String key, int def) {
        used.add(key);
        String v = options.get(key);
        if (v == null) {
            return def;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("Option --" + key + " must be an integer, got '" + v + "'.");
        }
    }

    public long longValue(String key, long def) {
        used.add(key);
        String v = options.get(key);
        if (v == null) {
            return def;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("Option --" + key + " must be an integer, got '" + v + "'.");
        }
    }

    public double number(String key, double def) {
        used.add(key);
        String v = options.get(key);
        if (v == null) {
            return def;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException("Option --" + key + " must be a finite number, got '" + v + "'.");
        }
    }

    /** @return comma-separated list, empty if absent */
    public List<String> list(String key) {
        used.add(key);
        String v = options.get(key);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    public List<String> positional() {
        return positional;
    }

    /** @throws UsageException naming the first option that no code read */
    public void checkAllUsed() {
        for (String k : options.keySet()) {
            if (!used.contains(k)) {
                throw new UsageException("Unknown option --" + k + " (see --help).");
            }
        }
    }
}
