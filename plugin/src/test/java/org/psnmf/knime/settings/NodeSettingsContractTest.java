package org.psnmf.knime.settings;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.psnmf.knime.nodes.NodeCatalog;
import org.psnmf.knime.settings.Param.BoolParam;
import org.psnmf.knime.settings.Param.ChoiceParam;
import org.psnmf.knime.settings.Param.DoubleParam;
import org.psnmf.knime.settings.Param.IntParam;
import org.psnmf.knime.settings.Param.TextParam;

/**
 * The settings contract, checked for every registered node: defaults are consistent, save → load round-trips every
 * value, strict loading rejects every missing key and every invalid value with a message naming the setting, lenient
 * loading falls back to defaults. Runs against the stub's NodeSettings (a plain key → value map).
 */
class NodeSettingsContractTest {

    static Stream<Arguments> nodes() {
        return NodeCatalog.NODES.stream().map(e -> Arguments.of(e.name(), e));
    }

    /** A valid value different from the default (so a round trip that ignores the value fails). */
    @SuppressWarnings("unchecked")
    private static <T> T otherValid(Param<T> p) {
        if (p instanceof IntParam ip) {
            return (T) (Integer) (ip.defaultValue() == ip.max() ? ip.min() : ip.max());
        } else if (p instanceof DoubleParam dp) {
            return (T) (Double) (dp.defaultValue() == dp.max() ? dp.min() : dp.max());
        } else if (p instanceof BoolParam bp) {
            return (T) (Boolean) !bp.defaultValue();
        } else if (p instanceof ChoiceParam cp) {
            return (T) cp.choices().stream().filter(c -> !c.equals(cp.defaultValue())).findFirst()
                    .orElse(cp.defaultValue());
        }
        return (T) (p.defaultValue() + "x");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void keysAndLabels_areUnique(String name, NodeCatalog.Entry e) {
        Set<String> keys = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Param<?> p : e.settings().get().params()) {
            assertTrue(keys.add(p.key()), "duplicate key " + p.key());
            assertTrue(labels.add(p.label()), "duplicate label " + p.label());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void saveThenLoadStrict_roundTripsEveryValue(String name, NodeCatalog.Entry e) throws Exception {
        ParamSettings s = e.settings().get();
        for (Param<?> p : s.params()) {
            setOther(s, p);
        }
        NodeSettings stored = new NodeSettings("model");
        s.save(stored);
        ParamSettings loaded = e.settings().get();
        try {
            loaded.loadStrict(stored);
        } catch (InvalidSettingsException ex) {
            // non-default values may violate a cross-setting rule: then round-trip the defaults with one change each
            loaded = null;
        }
        if (loaded != null) {
            for (Param<?> p : s.params()) {
                assertEquals(s.get(p), loaded.get(p), p.key());
                assertNotEquals(p.defaultValue(), loaded.get(p), p.key() + " kept its default");
            }
        }
        for (Param<?> p : s.params()) {
            ParamSettings one = e.settings().get();
            setOther(one, p);
            NodeSettings st = new NodeSettings("model");
            one.save(st);
            ParamSettings back = e.settings().get();
            back.loadLenient(st);
            assertEquals(one.get(p), back.get(p), p.key());
        }
    }

    private static <T> void setOther(ParamSettings s, Param<T> p) {
        s.set(p, otherValid(p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void defaults_saveAndLoadStrictly(String name, NodeCatalog.Entry e) throws Exception {
        ParamSettings s = e.settings().get();
        NodeSettings stored = new NodeSettings("model");
        s.save(stored);
        assertEquals(s.params().size(), stored.keySet().size());
        ParamSettings loaded = e.settings().get();
        // a new node's settings are valid (KNIME creates it with them, its dialog can be confirmed unchanged) ...
        assertDoesNotThrow(() -> loaded.loadStrict(stored));
        // ... and a required text without a default (a file to choose) keeps it from running, naming the setting
        for (Param<?> p : s.params()) {
            if (p instanceof TextParam tp && !tp.allowEmpty() && tp.defaultValue().isBlank()) {
                InvalidSettingsException ex = assertThrows(InvalidSettingsException.class, loaded::checkReady);
                assertTrue(ex.getMessage().contains(tp.label()), ex.getMessage());
                return;
            }
        }
        assertDoesNotThrow(loaded::checkReady);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void loadStrict_rejectsMissingKey_namingTheSetting(String name, NodeCatalog.Entry e) {
        for (Param<?> missing : e.settings().get().params()) {
            ParamSettings s = e.settings().get();
            NodeSettings full = new NodeSettings("model");
            s.save(full);
            NodeSettings partial = new NodeSettings("model");
            for (Param<?> p : s.params()) {
                if (p != missing) {
                    copy(full, partial, p);
                }
            }
            InvalidSettingsException ex = assertThrows(InvalidSettingsException.class,
                    () -> e.settings().get().loadStrict(partial));
            assertTrue(ex.getMessage().contains(missing.label()), ex.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void loadStrict_rejectsEachInvalidValue_namingTheSetting(String name, NodeCatalog.Entry e) {
        for (Param<?> p : e.settings().get().params()) {
            NodeSettings bad = validDefaults(e);
            boolean hasInvalid = true;
            if (p instanceof IntParam ip && ip.min() == Integer.MIN_VALUE && ip.max() == Integer.MAX_VALUE) {
                bad.addString(p.key(), "1"); // every int is valid (a seed): check the type instead
            } else if (p instanceof IntParam ip) {
                bad.addInt(p.key(), ip.max() == Integer.MAX_VALUE ? ip.min() - 1 : ip.max() + 1);
            } else if (p instanceof DoubleParam) {
                bad.addDouble(p.key(), Double.NaN);
            } else if (p instanceof ChoiceParam) {
                bad.addString(p.key(), "no-such-choice");
            } else if (p instanceof TextParam tp && !tp.allowEmpty()) {
                // blank: refused when loading (a cross-setting rule) or else when the node is configured
                bad.addString(p.key(), "  ");
                ParamSettings blank = e.settings().get();
                InvalidSettingsException ex = assertThrows(InvalidSettingsException.class, () -> {
                    blank.loadStrict(bad);
                    blank.checkReady();
                }, p.key());
                assertTrue(ex.getMessage().contains(p.label()), ex.getMessage());
                hasInvalid = false;
            } else if (p instanceof BoolParam) {
                bad.addString(p.key(), "true"); // wrong type
            } else {
                hasInvalid = false;
            }
            if (hasInvalid) {
                InvalidSettingsException ex = assertThrows(InvalidSettingsException.class,
                        () -> e.settings().get().loadStrict(bad), p.key());
                assertTrue(ex.getMessage().contains(p.label()), ex.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void loadLenient_keepsDefaultsForMissingAndInvalidValues(String name, NodeCatalog.Entry e) {
        ParamSettings s = e.settings().get();
        NodeSettings junk = new NodeSettings("model");
        for (Param<?> p : s.params()) {
            junk.addString(p.key() + "-other", "x");
            if (p instanceof ChoiceParam) {
                junk.addString(p.key(), "no-such-choice");
            }
        }
        s.loadLenient(junk);
        for (Param<?> p : s.params()) {
            assertEquals(p.defaultValue(), s.get(p), p.key());
        }
    }

    /** Defaults, with a placeholder for required file names. */
    private static NodeSettings validDefaults(NodeCatalog.Entry e) {
        NodeSettings st = new NodeSettings("model");
        ParamSettings s = e.settings().get();
        s.save(st);
        for (Param<?> p : s.params()) {
            if (p instanceof TextParam tp && !tp.allowEmpty() && tp.defaultValue().isBlank()) {
                st.addString(p.key(), "/tmp/some-file");
            }
        }
        return st;
    }

    private static void copy(NodeSettings from, NodeSettings to, Param<?> p) {
        try {
            if (p instanceof IntParam) {
                to.addInt(p.key(), from.getInt(p.key()));
            } else if (p instanceof DoubleParam) {
                to.addDouble(p.key(), from.getDouble(p.key()));
            } else if (p instanceof BoolParam) {
                to.addBoolean(p.key(), from.getBoolean(p.key()));
            } else {
                to.addString(p.key(), from.getString(p.key()));
            }
        } catch (InvalidSettingsException ex) {
            throw new AssertionError(ex);
        }
    }
}
