package org.psnmf.knime.settings;

import java.util.List;
import java.util.Locale;

/**
 * One node setting, declared once: its config key (as stored in the workflow's settings.xml), the dialog label (also
 * the option name in the node description), the default, and the allowed values. The settings classes, the dialogs,
 * the node descriptions' tests and the workflow generator all read the same declarations, so keys, labels and defaults
 * cannot drift apart.
 *
 * @param <T> value type: Integer, Double, Boolean or String
 */
public abstract sealed class Param<T> permits Param.IntParam, Param.DoubleParam, Param.BoolParam, Param.ChoiceParam,
        Param.TextParam {

    private final String key;
    private final String label;
    private final T defaultValue;

    Param(String key, String label, T defaultValue) {
        this.key = key;
        this.label = label;
        this.defaultValue = defaultValue;
    }

    /** @return the config key, e.g. "components" */
    public String key() {
        return key;
    }

    /** @return the dialog label and description option name, e.g. "Components" */
    public String label() {
        return label;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** @return null if {@code value} is allowed, else a one-line message naming the setting, the value and the range */
    public abstract String check(T value);

    /**
     * Whether the node can run with {@code value}: checked when the node is configured, not when settings are
     * loaded, so that a new node (no file chosen yet) has valid settings and a dialog that can be confirmed, and the
     * node shows what is missing, as KNIME's own readers and writers do.
     *
     * @return null if the node can run with {@code value}, else a one-line message saying what to enter
     */
    public String checkReady(T value) {
        return null;
    }

    /** @return the settings.xml entry type of this parameter: xint, xdouble, xboolean or xstring */
    public abstract String xmlType();

    /** @return {@code value} as it is written to settings.xml (Java's canonical text of the value) */
    public String format(T value) {
        return String.valueOf(value);
    }

    /** Integer setting within [min, max]. */
    public static final class IntParam extends Param<Integer> {
        private final int min;
        private final int max;

        public IntParam(String key, String label, int def, int min, int max) {
            super(key, label, def);
            this.min = min;
            this.max = max;
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }

        @Override
        public String check(Integer v) {
            return v >= min && v <= max ? null
                    : "'" + label() + "' = " + v + " is outside the allowed range [" + min + ", " + max + "].";
        }

        @Override
        public String xmlType() {
            return "xint";
        }
    }

    /** Finite double setting within [min, max]. */
    public static final class DoubleParam extends Param<Double> {
        private final double min;
        private final double max;
        private final double step;

        public DoubleParam(String key, String label, double def, double min, double max, double step) {
            super(key, label, def);
            this.min = min;
            this.max = max;
            this.step = step;
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }

        /** @return the dialog spinner step */
        public double step() {
            return step;
        }

        @Override
        public String check(Double v) {
            return Double.isFinite(v) && v >= min && v <= max ? null
                    : "'" + label() + "' = " + v + " is outside the allowed range [" + min + ", " + max + "].";
        }

        @Override
        public String xmlType() {
            return "xdouble";
        }
    }

    /** Boolean setting (a check box). */
    public static final class BoolParam extends Param<Boolean> {
        public BoolParam(String key, String label, boolean def) {
            super(key, label, def);
        }

        @Override
        public String check(Boolean v) {
            return null;
        }

        @Override
        public String xmlType() {
            return "xboolean";
        }
    }

    /** One of a fixed list of strings (a drop-down). */
    public static final class ChoiceParam extends Param<String> {
        private final List<String> choices;

        public ChoiceParam(String key, String label, String def, String... choices) {
            super(key, label, def);
            this.choices = List.of(choices);
            if (!this.choices.contains(def)) {
                throw new IllegalArgumentException("default " + def + " not in " + this.choices);
            }
        }

        public List<String> choices() {
            return choices;
        }

        @Override
        public String check(String v) {
            return v != null && choices.contains(v) ? null
                    : "'" + label() + "' = \"" + v + "\" is not one of " + String.join(", ", choices) + ".";
        }

        @Override
        public String xmlType() {
            return "xstring";
        }
    }

    /** Free text (optionally a file path). */
    public static final class TextParam extends Param<String> {

        /** What the text is, for the dialog component. */
        public enum Kind {
            /** plain text */
            TEXT,
            /** a file to read */
            OPEN_FILE,
            /** a file to write */
            SAVE_FILE
        }

        private final Kind kind;
        private final boolean allowEmpty;
        private final List<String> extensions;

        public TextParam(String key, String label, String def, Kind kind, boolean allowEmpty, String... extensions) {
            super(key, label, def);
            this.kind = kind;
            this.allowEmpty = allowEmpty;
            this.extensions = List.of(extensions);
        }

        public Kind kind() {
            return kind;
        }

        public boolean allowEmpty() {
            return allowEmpty;
        }

        /** @return file extensions offered by the file chooser, e.g. ".rpl" */
        public List<String> extensions() {
            return extensions;
        }

        @Override
        public String check(String v) {
            return v == null ? "'" + label() + "' is missing." : null;
        }

        @Override
        public String checkReady(String v) {
            if (!allowEmpty && v.isBlank()) {
                return "'" + label() + "' is empty; " + (kind == Kind.TEXT ? "enter a value." : "choose a file.");
            }
            return null;
        }

        @Override
        public String xmlType() {
            return "xstring";
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT) + " " + key;
    }
}
