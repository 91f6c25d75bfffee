package org.psnmf.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.psnmf.knime.nodes.NodeCatalog;

/**
 * Checks every committed workflow in {@code workflows/} as KNIME's loader would see it, from the files alone:
 * it parses; {@code workflow.knime} has the format version and creator KNIME 5.3+ accepts; every node's
 * {@code settings.xml} has the mandatory keys, a factory that exists and is registered in {@code plugin.xml},
 * the node name of its description, one {@code port_i} per output and a {@code model} that the node's own
 * settings class loads strictly; every connection joins existing nodes through existing ports of compatible kinds
 * (port 0 = flow variables), every required input is connected exactly once, and there are no cycles.
 */
class WorkflowStructureTest {

    static final List<String> MANDATORY = List.of("state", "factory", "node-name", "node-bundle-name",
            "node-bundle-symbolic-name", "node-bundle-vendor", "node_file", "hasContent", "isInactive",
            "customDescription");
    static final List<String> MANDATORY_CONFIGS = List.of("flow_stack", "ports", "filestores",
            "internal_node_subsettings", "factory_settings", "model");

    @Test
    void everyWorkflowIsStructurallyValid() throws Exception {
        Set<String> registered = registeredFactories(RepoPaths.plugin().resolve("plugin.xml"));
        List<Path> dirs = workflowDirs();
        org.junit.jupiter.api.Assumptions.assumeFalse(dirs.isEmpty(), "no workflow generated yet");
        List<String> problems = new ArrayList<>();
        for (Path dir : dirs) {
            check(dir, registered, problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void theThreeExampleWorkflowsArePresent() throws IOException {
        List<String> names = workflowDirs().stream().map(p -> p.getFileName().toString()).toList();
        for (String n : List.of(ExampleWorkflows.MANTLE, ExampleWorkflows.YOUR_DATA, ExampleWorkflows.CHOOSING)) {
            if (!ExampleWorkflows.missingNodes(n).isEmpty()) {
                System.err.println("Workflow '" + n + "' is not generated yet; missing nodes "
                        + ExampleWorkflows.missingNodes(n));
                continue;
            }
            assertTrue(names.contains(n), "missing workflow " + n + " in " + names);
            assertTrue(Files.isRegularFile(RepoPaths.workflows().resolve(n + ".knwf")), "missing " + n + ".knwf");
        }
    }

    static List<Path> workflowDirs() throws IOException {
        try (Stream<Path> s = Files.list(RepoPaths.workflows())) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    static void check(Path dir, Set<String> registered, List<String> problems) throws Exception {
        String wfName = dir.getFileName().toString();
        WorkflowReader.StoredWorkflow wf;
        try {
            wf = WorkflowReader.read(dir);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(wfName + ": does not parse: " + e.getMessage());
            return;
        }
        XmlConfig k = wf.workflowKnime();
        expect(problems, wfName, "version", WorkflowWriter.FORMAT_VERSION, k.getString("version"));
        expect(problems, wfName, "created_by", WorkflowWriter.CREATED_BY, k.getString("created_by"));
        Map<Integer, NodeType> types = new HashMap<>();
        for (WorkflowReader.StoredNode n : wf.nodes()) {
            String where = wfName + "/" + n.settingsFile();
            XmlConfig nodeEntry = k.config("nodes").config("node_" + n.id());
            expect(problems, where, "node_type", "NativeNode", nodeEntry.getString("node_type"));
            for (String key : MANDATORY) {
                if (!n.settings().containsKey(key) || n.settings().hasConfig(key)) {
                    problems.add(where + ": missing mandatory entry " + key);
                }
            }
            for (String key : MANDATORY_CONFIGS) {
                if (!n.settings().hasConfig(key)) {
                    problems.add(where + ": missing config " + key);
                }
            }
            if (!problems.isEmpty() && problems.get(problems.size() - 1).startsWith(where)) {
                continue;
            }
            if (!Set.of("IDLE", "CONFIGURED").contains(n.state())) {
                problems.add(where + ": state " + n.state() + " (author IDLE or CONFIGURED, never EXECUTED)");
            }
            expect(problems, where, "node_file", "settings.xml", n.settings().getString("node_file"));
            expect(problems, where, "node-bundle-symbolic-name", "org.psnmf.knime",
                    n.settings().getString("node-bundle-symbolic-name"));
            expect(problems, where, "folder", n.name() + " (#" + n.id() + ")/settings.xml", n.settingsFile());
            if (!registered.contains(n.factory())) {
                problems.add(where + ": factory " + n.factory() + " is not registered in plugin.xml");
            }
            try {
                Class.forName(n.factory());
            } catch (ClassNotFoundException e) {
                problems.add(where + ": factory class " + n.factory() + " does not exist");
                continue;
            }
            NodeType t = PsnmfNodes.typeOfFactory(n.factory());
            types.put(n.id(), t);
            PsnmfNodes.Description d = PsnmfNodes.description(n.factory());
            expect(problems, where, "node-name (description <name>)", d.name(), n.name());
            expect(problems, where, "declared inputs vs description", d.inPorts().size(), t.inPorts().size());
            expect(problems, where, "declared outputs vs description", d.outPorts().size(), t.outPorts().size());
            expect(problems, where, "ports/port_i entries", t.outPorts().size(), n.outPortCount());
            NodeCatalog.Entry cat = PsnmfNodes.catalogEntry(n.factory());
            if (cat == null) {
                problems.add(where + ": factory " + n.factory() + " is not in NodeCatalog.NODES");
            } else {
                expect(problems, where, "NodeCatalog name", cat.name(), n.name());
                expect(problems, where, "NodeCatalog inputs", cat.inPorts(), t.inPorts().size());
                expect(problems, where, "NodeCatalog outputs", cat.outPorts(), t.outPorts().size());
            }
            for (int i = 1; i <= n.outPortCount(); i++) {
                XmlConfig p = n.settings().config("ports").config("port_" + i);
                expect(problems, where, "ports/port_" + i + "/index", i, p.getInt("index"));
            }
            for (int i = 1; i <= Math.min(d.inPorts().size(), t.inPorts().size()); i++) {
                boolean describedOptional = d.inPorts().get(i - 1).toLowerCase(Locale.ROOT).contains("optional");
                expect(problems, where, "input " + i + " optional (description: " + d.inPorts().get(i - 1) + ")",
                        describedOptional, t.isOptional(i));
            }
            try {
                SettingsBridge.load(n.model(), PsnmfNodes.settings(n.factory()));
            } catch (Exception e) {
                problems.add(where + ": model settings rejected by the node: " + e.getMessage());
            }
        }
        checkConnections(wfName, wf, types, problems);
    }

    static void checkConnections(String wfName, WorkflowReader.StoredWorkflow wf, Map<Integer, NodeType> types,
            List<String> problems) {
        Set<String> usedInputs = new HashSet<>();
        Map<Integer, List<Integer>> next = new HashMap<>();
        for (WorkflowReader.StoredConnection c : wf.connections()) {
            String where = wfName + ": connection " + c;
            NodeType s = types.get(c.sourceId());
            NodeType d = types.get(c.destId());
            if (s == null || d == null) {
                problems.add(where + ": references a node that does not exist or has no known type");
                continue;
            }
            next.computeIfAbsent(c.sourceId(), x -> new ArrayList<>()).add(c.destId());
            if (c.sourcePort() == 0 || c.destPort() == 0) {
                if (c.sourcePort() != 0 || c.destPort() != 0) {
                    problems.add(where + ": flow-variable port 0 can only connect to port 0");
                }
                continue;
            }
            if (c.sourcePort() > s.outPorts().size() || c.destPort() > d.inPorts().size() || c.sourcePort() < 0
                    || c.destPort() < 0) {
                problems.add(where + ": port out of range (" + s.outPorts().size() + " outputs, "
                        + d.inPorts().size() + " inputs)");
                continue;
            }
            PortKind out = s.outPorts().get(c.sourcePort() - 1);
            PortKind in = d.inPorts().get(c.destPort() - 1);
            if (!out.feeds(in)) {
                problems.add(where + ": " + out + " output into " + in + " input");
            }
            if (!usedInputs.add(c.destId() + ":" + c.destPort())) {
                problems.add(where + ": input port connected twice");
            }
        }
        for (Map.Entry<Integer, NodeType> e : types.entrySet()) {
            for (int i = 1; i <= e.getValue().inPorts().size(); i++) {
                if (!e.getValue().isOptional(i) && !usedInputs.contains(e.getKey() + ":" + i)) {
                    problems.add(wfName + ": required input " + i + " of node #" + e.getKey() + " ("
                            + e.getValue().name() + ") is not connected");
                }
            }
        }
        // cycle check: depth-first search with colours
        Map<Integer, Integer> colour = new HashMap<>();
        for (WorkflowReader.StoredNode n : wf.nodes()) {
            if (hasCycle(n.id(), next, colour)) {
                problems.add(wfName + ": the connections form a cycle through node #" + n.id());
                break;
            }
        }
    }

    private static boolean hasCycle(int id, Map<Integer, List<Integer>> next, Map<Integer, Integer> colour) {
        int c = colour.getOrDefault(id, 0);
        if (c == 1) {
            return true;
        }
        if (c == 2) {
            return false;
        }
        colour.put(id, 1);
        for (int n : next.getOrDefault(id, List.of())) {
            if (hasCycle(n, next, colour)) {
                return true;
            }
        }
        colour.put(id, 2);
        return false;
    }

    static Set<String> registeredFactories(Path pluginXml) throws IOException {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("factory-class\\s*=\\s*\"([^\"]+)\"").matcher(Files.readString(pluginXml));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void expect(List<String> problems, String where, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            problems.add(where + ": " + what + " is " + actual + ", expected " + expected);
        }
    }

    /** The checks themselves catch broken files (a test of the test, on a damaged copy of a real workflow). */
    @Test
    void checksCatchDamage(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        List<Path> dirs = workflowDirs();
        org.junit.jupiter.api.Assumptions.assumeFalse(dirs.isEmpty(), "no workflow generated yet");
        Path src = dirs.get(0);
        Path dir = tmp.resolve(src.getFileName().toString());
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path q = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
        Set<String> registered = registeredFactories(RepoPaths.plugin().resolve("plugin.xml"));
        List<String> ok = new ArrayList<>();
        check(dir, registered, ok);
        assertEquals(List.of(), ok);
        // damage 1: drop a mandatory key from the first node; damage 2: reverse a connection (wrong port kinds / cycle)
        WorkflowReader.StoredWorkflow wf = WorkflowReader.read(dir);
        Path settings = dir.resolve(wf.nodes().get(0).settingsFile());
        Files.writeString(settings, Files.readString(settings).replaceFirst(
                "\\s*<entry key=\"node-bundle-vendor\"[^>]*/>", ""));
        Path knime = dir.resolve("workflow.knime");
        Files.writeString(knime, Files.readString(knime).replaceFirst(
                "<entry key=\"destID\" type=\"xint\" value=\"(\\d+)\"/>", "<entry key=\"destID\" type=\"xint\" value=\"999\"/>"));
        List<String> problems = new ArrayList<>();
        check(dir, registered, problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("node-bundle-vendor")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("does not exist") || p.contains("not connected")),
                problems.toString());
    }
}
