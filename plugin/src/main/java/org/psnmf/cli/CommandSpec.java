package org.psnmf.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declaration of one sub-command: name, one-line summary, description, positional argument and {@link Option}s.
 * It is the single source of both the parser ({@link #parse}) and the usage text ({@link #usage}): an option a
 * command reads but does not declare fails the first test that runs the command, and an undeclared option on the
 * command line is refused before anything runs. {@code --help} and {@code --debug} are declared for every command.
 *
 * <pre>
 * static final CommandSpec SPEC = new CommandSpec("bin", "sum b x b pixels of a count image")
 *         .option(Option.path("input", "FILE", "spectrum image").required())
 *         .option(Option.integer("factor", "B", "spatial bin factor").required())
 *         .option(Option.FORCE);
 * </pre>
 */
final class CommandSpec {

    /** Printed by every command's help: where the help of the option column starts. */
    private static final int HELP_COLUMN = 24;
    /** Usage lines are wrapped to this width (a terminal of 120 columns keeps them on one line each). */
    private static final int WIDTH = 112;

    static final Option HELP = Option.flag("help", "print this help and exit");
    static final Option DEBUG = Option.flag("debug", "print the stack trace of an error");

    private final String name;
    private final String summary;
    private final Map<String, Option> options = new LinkedHashMap<>();
    private String description = "";
    private String footer = "";
    private String positionalLabel;
    private String positionalHelp;

    CommandSpec(String name, String summary) {
        this.name = name;
        this.summary = summary;
    }

    /** @param text paragraphs printed under the synopsis, as written (a text block) */
    CommandSpec description(String text) {
        this.description = text.strip();
        return this;
    }

    /** @param text paragraphs printed after the option list, as written */
    CommandSpec footer(String text) {
        this.footer = text.strip();
        return this;
    }

    /** Declares an optional positional argument (at most one); without it, positional words are refused. */
    CommandSpec positional(String label, String help) {
        this.positionalLabel = label;
        this.positionalHelp = help;
        return this;
    }

    CommandSpec option(Option... opts) {
        for (Option o : opts) {
            if (options.putIfAbsent(o.name(), o) != null || o.name().equals(HELP.name())
                    || o.name().equals(DEBUG.name())) {
                throw new IllegalStateException("psnmf " + name + ": option --" + o.name() + " declared twice");
            }
        }
        return this;
    }

    CommandSpec options(List<Option> opts) {
        return option(opts.toArray(new Option[0]));
    }

    String name() {
        return name;
    }

    String summary() {
        return summary;
    }

    /** @return the declared option, or null */
    Option find(String optionName) {
        return options.get(optionName);
    }

    /** @return true if the raw arguments ask for help ({@code --help} or {@code -h} anywhere) */
    static boolean wantsHelp(List<String> argv) {
        return argv.contains("--" + HELP.name()) || argv.contains("-h");
    }

    /**
     * Parses and validates the arguments after the command name: unknown options, missing values, wrong types,
     * choices outside their set, repeated options and missing required options all fail here, before the command
     * reads any data or creates any file.
     *
     * @throws UsageException naming the option and what would be valid
     */
    Args parse(List<String> argv) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String s = argv.get(i);
            if (!(s.startsWith("--") && s.length() > 2)) {
                if (positionalLabel == null) {
                    throw new UsageException("Unexpected argument '" + s + "'; options start with -- (see psnmf "
                            + name + " --help).");
                }
                positional.add(s);
                continue;
            }
            String key = s.substring(2);
            String inline = null;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                inline = key.substring(eq + 1);
                key = key.substring(0, eq);
            }
            if (key.equals(DEBUG.name()) || key.equals(HELP.name())) {
                continue; // read by Main
            }
            Option o = options.get(key);
            Option negated = key.startsWith("no-") ? options.get(key.substring(3)) : null;
            Object value;
            if (o == null && negated != null && negated.type() == Option.Type.NEGATABLE) {
                o = negated;
                if (inline != null) {
                    throw new UsageException("Option --" + key + " takes no value (got '" + inline + "').");
                }
                value = false;
            } else if (o == null) {
                throw new UsageException(unknown(key));
            } else if (!o.takesValue()) {
                value = o.parse(inline == null ? "true" : inline);
            } else {
                if (inline == null) {
                    if (i + 1 >= argv.size() || isOption(argv.get(i + 1))) {
                        throw new UsageException("Option --" + key + " needs a value" + (i + 1 < argv.size()
                                ? " (got the option " + argv.get(i + 1) + " instead)." : "."));
                    }
                    inline = argv.get(++i);
                }
                value = o.parse(inline);
            }
            if (values.containsKey(o.name())) {
                throw new UsageException(o.type() == Option.Type.NEGATABLE && !values.get(o.name()).equals(value)
                        ? "Give either --" + o.name() + " or --no-" + o.name() + ", not both."
                        : "Option --" + key + " is given twice.");
            }
            values.put(o.name(), value);
        }
        if (positional.size() > 1) {
            throw new UsageException("Give at most one " + positionalLabel + " (got " + positional.size() + ": "
                    + String.join(" ", positional) + ").");
        }
        for (Option o : options.values()) {
            if (o.isRequired() && !values.containsKey(o.name())) {
                throw new UsageException("Missing required option --" + o.name() + ".");
            }
        }
        return new Args(this, values, positional);
    }

    /** A word starting with "--" followed by a letter; "-5" and "-0.2" are values. */
    private static boolean isOption(String s) {
        return s.length() > 2 && s.startsWith("--") && Character.isLetter(s.charAt(2));
    }

    private String unknown(String key) {
        String best = null;
        int bestDistance = 3; // suggest only close misspellings (at most two edits)
        for (String candidate : options.keySet()) {
            int d = editDistance(key, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return "Unknown option --" + key + (best == null ? "" : "; did you mean --" + best + "?") + " (see psnmf "
                + name + " --help).";
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** @return the text of {@code psnmf NAME --help}: synopsis, description, every declared option, footer */
    String usage() {
        StringBuilder sb = new StringBuilder("Usage: psnmf ").append(name);
        if (positionalLabel != null) {
            sb.append(' ').append(positionalLabel);
        }
        boolean optional = false;
        for (Option o : options.values()) {
            if (o.isRequired()) {
                sb.append(' ').append(o.syntax());
            } else {
                optional = true;
            }
        }
        sb.append(optional ? " [options]" : "").append("\n\n");
        if (!description.isEmpty()) {
            sb.append(description).append("\n\n");
        }
        if (positionalLabel != null) {
            sb.append("Arguments:\n");
            line(sb, positionalLabel, positionalHelp);
            sb.append('\n');
        }
        sb.append("Options:\n");
        for (Option o : options.values()) {
            line(sb, o.syntax(), o.helpText());
        }
        line(sb, HELP.syntax(), HELP.helpText());
        line(sb, DEBUG.syntax(), DEBUG.helpText());
        if (!footer.isEmpty()) {
            sb.append('\n').append(footer).append('\n');
        }
        return sb.toString();
    }

    /** Appends "  SYNTAX   help..." with the help word-wrapped in its column (own line if SYNTAX is long). */
    private static void line(StringBuilder sb, String syntax, String help) {
        String head = "  " + syntax;
        String indent = " ".repeat(HELP_COLUMN);
        StringBuilder row = new StringBuilder(head);
        if (head.length() > HELP_COLUMN - 2) {
            sb.append(head).append('\n');
            row.setLength(0);
            row.append(indent);
        } else {
            row.append(" ".repeat(HELP_COLUMN - head.length()));
        }
        int start = row.length();
        for (String word : help.split(" +")) {
            if (row.length() > start && row.length() + 1 + word.length() > WIDTH) {
                sb.append(row).append('\n');
                row.setLength(0);
                row.append(indent);
                start = row.length();
            }
            if (row.length() > start) {
                row.append(' ');
            }
            row.append(word);
        }
        sb.append(row).append('\n');
    }
}
