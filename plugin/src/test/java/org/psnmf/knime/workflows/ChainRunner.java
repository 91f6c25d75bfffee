package org.psnmf.knime.workflows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Executes a stored workflow's node chain without KNIME: nodes in topological order (smallest id first among the
 * ready ones), each from its {@code settings.xml} model through a {@link NodeExecutor} that calls the same plain-Java
 * code the node model calls (the nodes' {@code *Runner} classes), passing port objects along the connections.
 * Port objects are the runners' plain values (spectrum images, decompositions, tables).
 */
public final class ChainRunner {

    /** Runs one node: inputs by data port (index 0 = port 1; null = optional port left unconnected). */
    @FunctionalInterface
    public interface NodeExecutor {
        List<Object> execute(XmlConfig model, List<Object> inputs, Context context) throws Exception;
    }

    /** What a node may need besides its inputs: the workflow folder (for {@code knime://knime.workflow/...}). */
    public record Context(Path workflowDir, Path scratchDir) {

        /** Resolves a file setting the way KNIME resolves workflow-relative URLs; plain paths stay as they are. */
        public Path resolve(String location) {
            String prefix = "knime://knime.workflow/";
            if (location.startsWith(prefix)) {
                return workflowDir.resolve(location.substring(prefix.length()));
            }
            return Path.of(location);
        }
    }

    /** Outputs of every executed node, by node id (index 0 = output port 1). */
    public record Results(Map<Integer, List<Object>> outputs, Map<Integer, Long> millis) {
        public Object output(int nodeId, int port) {
            return outputs.get(nodeId).get(port - 1);
        }
    }

    private ChainRunner() {
    }

    public static Results run(WorkflowReader.StoredWorkflow wf, Map<String, NodeExecutor> executors, Context ctx)
            throws Exception {
        Map<Integer, List<Object>> out = new LinkedHashMap<>();
        Map<Integer, Long> ms = new LinkedHashMap<>();
        for (int id : order(wf)) {
            WorkflowReader.StoredNode n = wf.node(id);
            NodeExecutor ex = executors.get(n.factory());
            if (ex == null) {
                throw new IllegalStateException("No executor for " + n.factory() + " (node " + n.settingsFile() + ")");
            }
            NodeType t = PsnmfNodes.typeOfFactory(n.factory());
            List<Object> inputs = new ArrayList<>();
            for (int i = 0; i < t.inPorts().size(); i++) {
                inputs.add(null);
            }
            for (WorkflowReader.StoredConnection c : wf.connections()) {
                if (c.destId() == id && c.destPort() > 0) {
                    inputs.set(c.destPort() - 1, out.get(c.sourceId()).get(c.sourcePort() - 1));
                }
            }
            long t0 = System.nanoTime();
            List<Object> result;
            try {
                result = ex.execute(n.model(), inputs, ctx);
            } catch (Exception e) {
                throw new IllegalStateException("Node " + n.settingsFile() + " failed: " + e.getMessage(), e);
            }
            ms.put(id, (System.nanoTime() - t0) / 1_000_000);
            if (result.size() != t.outPorts().size()) {
                throw new IllegalStateException(n.settingsFile() + ": executor returned " + result.size()
                        + " outputs, the node has " + t.outPorts().size());
            }
            out.put(id, result);
        }
        return new Results(out, ms);
    }

    /** Topological order of the stored nodes; fails on a cycle. */
    static List<Integer> order(WorkflowReader.StoredWorkflow wf) {
        Map<Integer, Integer> indeg = new HashMap<>();
        for (WorkflowReader.StoredNode n : wf.nodes()) {
            indeg.put(n.id(), 0);
        }
        for (WorkflowReader.StoredConnection c : wf.connections()) {
            indeg.merge(c.destId(), 1, Integer::sum);
        }
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        indeg.forEach((id, d) -> {
            if (d == 0) {
                ready.add(id);
            }
        });
        List<Integer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int id = ready.poll();
            order.add(id);
            for (WorkflowReader.StoredConnection c : wf.connections()) {
                if (c.sourceId() == id && indeg.merge(c.destId(), -1, Integer::sum) == 0) {
                    ready.add(c.destId());
                }
            }
        }
        if (order.size() != wf.nodes().size()) {
            throw new IllegalStateException(wf.dir() + ": the connections form a cycle");
        }
        return order;
    }
}
