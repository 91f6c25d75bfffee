package org.psnmf.cli;

import java.math.BigDecimal;
import java.util.List;

/**
 * One declared command-line option: its name, value type, value label, help text and default. A command lists its
 * options once in its {@link CommandSpec}; the same declaration parses and validates the value (before the command
 * runs) and writes the option's line of the usage text, so the help cannot drift from what the command reads.
 * Instances are immutable; the {@code with...} methods return modified copies.
 */
final class Option {

    /** What kind of value an option takes. */
    enum Type {
        /** {@code --name}: true when given. */
        FLAG,
        /** {@code --name} / {@code --no-name}: a boolean with a declared default. */
        NEGATABLE,
        STRING,
        PATH,
        INT,
        LONG,
        /** a finite double */
        NUMBER,
        /** comma-separated, blank items dropped */
        LIST,
        /** one of a declared set of words, case-insensitive; parsed to its declared spelling */
        CHOICE
    }

    /** {@code --force}: shared by every command that refuses to replace its outputs by default. */
    static final Option FORCE = flag("force", "overwrite existing output files");

    /** {@code --quiet}: shared by every command that prints progress lines on stderr. */
    static final Option QUIET = flag("quiet", "no progress lines on stderr");

    private final String name;
    private final Type type;
    private final String label;
    private final String help;
    private final List<String> choices;
    private final String defaultValue;
    private final String defaultText;
    private final boolean required;

    private Option(String name, Type type, String label, String help, List<String> choices, String defaultValue,
            String defaultText, boolean required) {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("option name '" + name + "' must be lower-case words joined by '-'");
        }
        this.name = name;
        this.type = type;
        this.label = label;
        this.help = help;
        this.choices = choices;
        this.defaultValue = defaultValue;
        this.defaultText = defaultText;
        this.required = required;
    }

    static Option flag(String name, String help) {
        return new Option(name, Type.FLAG, "", help, List.of(), "false", null, false).withDefaultText("");
    }

    /** {@code --name} sets true, {@code --no-name} false; the help line shows both forms. */
    static Option negatable(String name, boolean defaultValue, String help) {
        return new Option(name, Type.NEGATABLE, "", help, List.of(), Boolean.toString(defaultValue), null, false);
    }

    static Option string(String name, String label, String help) {
        return new Option(name, Type.STRING, label, help, List.of(), null, null, false);
    }

    static Option path(String name, String label, String help) {
        return new Option(name, Type.PATH, label, help, List.of(), null, null, false);
    }

    static Option integer(String name, String label, String help) {
        return new Option(name, Type.INT, label, help, List.of(), null, null, false);
    }

    static Option longValue(String name, String label, String help) {
        return new Option(name, Type.LONG, label, help, List.of(), null, null, false);
    }

    static Option number(String name, String label, String help) {
        return new Option(name, Type.NUMBER, label, help, List.of(), null, null, false);
    }

    static Option list(String name, String label, String help) {
        return new Option(name, Type.LIST, label, help, List.of(), null, null, false);
    }

    /** @param choices the accepted words; the first one is the default unless {@link #withDefault} says otherwise */
    static Option choice(String name, String label, String help, String... choices) {
        return new Option(name, Type.CHOICE, label, help, List.of(choices), choices[0], null, false);
    }

    /** @return a copy that the parser requires on every command line */
    Option required() {
        return new Option(name, type, label, help, choices, null, null, true);
    }

    /** @return a copy with this default (parsed like a command-line value, shown in the help) */
    Option withDefault(String value) {
        return new Option(name, type, label, help, choices, value, defaultText, false);
    }

    Option withDefault(long value) {
        return withDefault(Long.toString(value));
    }

    /** @return a copy with this default, shown in its shortest decimal form (0.2, 147, 1e-6) */
    Option withDefault(double value) {
        return withDefault(shortDecimal(value));
    }

    /**
     * @param text how the help shows the default when it is not the literal value ("all processors"); "" shows
     *             nothing (the help sentence then says it)
     */
    Option withDefaultText(String text) {
        return new Option(name, type, label, help, choices, defaultValue, text, required);
    }

    /** @return a copy with another help text (an option shared by commands that describe it differently) */
    Option withHelp(String text) {
        return new Option(name, type, label, text, choices, defaultValue, defaultText, required);
    }

    String name() {
        return name;
    }

    Type type() {
        return type;
    }

    String label() {
        return label;
    }

    List<String> choices() {
        return choices;
    }

    boolean isRequired() {
        return required;
    }

    /** @return the declared default as it would be typed, or null */
    String defaultValue() {
        return defaultValue;
    }

    boolean takesValue() {
        return type != Type.FLAG && type != Type.NEGATABLE;
    }

    /** @return how the option is written in the synopsis and the option list, e.g. {@code --bin B} */
    String syntax() {
        if (type == Type.NEGATABLE) {
            return "--" + name + " / --no-" + name;
        }
        return "--" + name + (label.isEmpty() ? "" : " " + label);
    }

    /** @return the help sentence with "(required)" or "(default ...)" appended from the declaration */
    String helpText() {
        if (required) {
            return help + " (required)";
        }
        String shown = defaultText != null ? defaultText : defaultValue;
        if (shown == null || shown.isEmpty()) {
            return help;
        }
        if (type == Type.NEGATABLE) {
            shown = Boolean.parseBoolean(shown) ? "--" + name : "--no-" + name;
        }
        return help + " (default " + shown + ")";
    }

    /**
     * Parses and validates one value as typed on the command line (or a declared default).
     *
     * @return Boolean, String, java.nio.file.Path, Integer, Long, Double or List&lt;String&gt; by {@link #type()}
     * @throws UsageException naming the option, the value and what is valid
     */
    Object parse(String raw) {
        String v = raw.trim();
        switch (type) {
            case FLAG, NEGATABLE -> {
                if (v.equals("true") || v.equals("false")) {
                    return Boolean.parseBoolean(v);
                }
                throw new UsageException("Option --" + name + " takes no value (got '" + raw + "').");
            }
            case STRING -> {
                return raw;
            }
            case PATH -> {
                if (v.isEmpty()) {
                    throw new UsageException("Option --" + name + " needs a file or folder name, got ''.");
                }
                try {
                    return java.nio.file.Path.of(raw);
                } catch (java.nio.file.InvalidPathException e) {
                    throw new UsageException("Option --" + name + ": '" + raw + "' is not a valid path ("
                            + e.getReason() + ").");
                }
            }
            case INT -> {
                try {
                    return Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new UsageException("Option --" + name + " must be an integer, got '" + raw + "'.");
                }
            }
            case LONG -> {
                try {
                    return Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw new UsageException("Option --" + name + " must be an integer, got '" + raw + "'.");
                }
            }
            case NUMBER -> {
                try {
                    double d = Double.parseDouble(v);
                    if (Double.isFinite(d)) {
                        return d;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new UsageException("Option --" + name + " must be a finite number, got '" + raw + "'.");
            }
            case LIST -> {
                List<String> items = new java.util.ArrayList<>();
                for (String s : raw.split(",")) {
                    if (!s.isBlank()) {
                        items.add(s.trim());
                    }
                }
                return List.copyOf(items);
            }
            case CHOICE -> {
                for (String c : choices) {
                    if (c.equalsIgnoreCase(v)) {
                        return c;
                    }
                }
                throw new UsageException("--" + name + " must be " + oneOf(choices) + ", got '" + raw + "'.");
            }
            default -> throw new IllegalStateException(type.toString());
        }
    }

    /** @return "a, b or c" */
    static String oneOf(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    static String shortDecimal(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal b = BigDecimal.valueOf(v).stripTrailingZeros();
        if (Math.abs(v) >= 1e-3) {
            return b.toPlainString();
        }
        String digits = b.unscaledValue().abs().toString();
        int exponent = b.precision() - b.scale() - 1;
        return (v < 0 ? "-" : "") + digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "") + "e"
                + exponent;
    }
}
