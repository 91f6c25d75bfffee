package org.psnmf.knime.workflows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a workflow folder back the way KNIME's loader does ({@code FileWorkflowPersistor}: the node list and
 * each {@code node_settings_file} come from {@code workflow.knime}), into plain records for the structure test,
 * the chain runner and the renderer. Missing mandatory keys fail here with the file and key named.
 */
public final class WorkflowReader {

    /** A node as stored: id, bounds, and its whole {@code settings.xml}. */
    public record StoredNode(int id, String settingsFile, int x, int y, XmlConfig settings) {
        public String factory() {
            return settings.getString("factory");
        }

        public String name() {
            return settings.getString("node-name");
        }

        public String state() {
            return settings.getString("state");
        }

        public XmlConfig model() {
            return settings.config("model");
        }

        /** Node annotation text, or "" if none. */
        public String annotation() {
            return settings.hasConfig("nodeAnnotation") ? settings.config("nodeAnnotation").getString("text") : "";
        }

        /** Number of data output ports (entries of {@code ports}). */
        public int outPortCount() {
            return settings.config("ports").keys().size();
        }
    }

    public record StoredConnection(int sourceId, int sourcePort, int destId, int destPort) {
    }

    public record StoredAnnotation(String text, int x, int y, int width, int height, int bgColor, int borderSize,
            int borderColor, int fontSize) {
    }

    public record StoredWorkflow(Path dir, XmlConfig workflowKnime, List<StoredNode> nodes,
            List<StoredConnection> connections, List<StoredAnnotation> annotations) {

        public StoredNode node(int id) {
            return nodes.stream().filter(n -> n.id() == id).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No node #" + id + " in " + dir));
        }
    }

    private WorkflowReader() {
    }

    public static StoredWorkflow read(Path dir) throws IOException {
        Path wfFile = dir.resolve("workflow.knime");
        XmlConfig wf = XmlConfigIO.read(wfFile);
        List<StoredNode> nodes = new ArrayList<>();
        XmlConfig nodesCfg = wf.config("nodes");
        for (String key : nodesCfg.keys()) {
            XmlConfig nc = nodesCfg.config(key);
            int id = nc.getInt("id");
            String file = nc.getString("node_settings_file");
            int[] bounds = nc.hasConfig("ui_settings")
                    ? nc.config("ui_settings").getIntArray("extrainfo.node.bounds") : new int[] {0, 0, -1, -1};
            Path settingsPath = dir.resolve(file);
            if (!Files.isRegularFile(settingsPath)) {
                throw new IOException(wfFile + ": node #" + id + " points at missing " + file);
            }
            nodes.add(new StoredNode(id, file, bounds[0], bounds[1], XmlConfigIO.read(settingsPath)));
        }
        List<StoredConnection> conns = new ArrayList<>();
        XmlConfig cc = wf.config("connections");
        for (String key : cc.keys()) {
            XmlConfig c = cc.config(key);
            conns.add(new StoredConnection(c.getInt("sourceID"), c.getInt("sourcePort"), c.getInt("destID"),
                    c.getInt("destPort")));
        }
        List<StoredAnnotation> anns = new ArrayList<>();
        if (wf.hasConfig("annotations")) {
            XmlConfig ac = wf.config("annotations");
            for (String key : ac.keys()) {
                XmlConfig a = ac.config(key);
                anns.add(new StoredAnnotation(a.getString("text"), a.getInt("x-coordinate"), a.getInt("y-coordinate"),
                        a.getInt("width"), a.getInt("height"), a.getInt("bgcolor"), a.getInt("borderSize"),
                        a.getInt("borderColor"), a.getInt("defFontSize")));
            }
        }
        return new StoredWorkflow(dir, wf, nodes, conns, anns);
    }
}
