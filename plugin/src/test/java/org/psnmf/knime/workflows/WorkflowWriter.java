package org.psnmf.knime.workflows;

import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a laid-out {@link WorkflowModel} into the files of a KNIME 5.x workflow folder
 * ({@code shared/notes/knime.md} section 5): {@code workflow.knime} (format version {@value #FORMAT_VERSION},
 * created by {@value #CREATED_BY}, so KNIME 5.3 and newer open it without a "future version" prompt) and one
 * {@code <Node name> (#id)/settings.xml} per node with every key KNIME's loader reads (mandatory: state, factory,
 * node-name, node-bundle-name, node-bundle-symbolic-name, node-bundle-vendor, node_file; plus hasContent,
 * flow_stack, ports, filestores, internal_node_subsettings/memory_policy, factory_settings, isInactive and the
 * node annotation). Nothing here depends on time or the machine: the output is byte-identical for the same model.
 */
public final class WorkflowWriter {

    public static final String FORMAT_VERSION = "5.1.0";
    public static final String CREATED_BY = "5.3.0";
    /** KNIME's annotation format version for 5.x annotations with a content type. */
    static final int ANNOTATION_VERSION = 20230412;
    /** Fixed authoring stamp: a real date would make regeneration non-reproducible. */
    static final String AUTHORED_WHEN = "2026-11-24 00:00:00 +0000";
    static final String AUTHOR = "PSNMF for KNIME contributors";
    static final int WHITE = 0xFFFFFF;

    private final BundleInfo bundle;

    public WorkflowWriter(BundleInfo bundle) {
        this.bundle = bundle;
    }

    /** All files of the workflow folder, path relative to the folder ({@code /}-separated) to bytes, sorted. */
    public Map<String, byte[]> files(WorkflowModel wf) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("workflow.knime", XmlConfigIO.write(workflowKnime(wf)));
        for (WorkflowModel.Node n : wf.nodes()) {
            files.put(n.folder() + "/settings.xml", XmlConfigIO.write(settingsXml(n)));
        }
        files.putAll(wf.extraFiles());
        return files;
    }

    XmlConfig workflowKnime(WorkflowModel wf) {
        XmlConfig c = new XmlConfig("workflow.knime");
        c.addString("created_by", CREATED_BY);
        c.addBoolean("created_by_nightly", false);
        c.addString("version", FORMAT_VERSION);
        c.addString("name", null);
        XmlConfig author = c.addConfig("authorInformation");
        author.addString("authored-by", AUTHOR);
        author.addString("authored-when", AUTHORED_WHEN);
        author.addString("lastEdited-by", AUTHOR);
        author.addString("lastEdited-when", AUTHORED_WHEN);
        c.addString("customDescription", null);
        boolean allConfigured = wf.nodes().stream().allMatch(n -> n.state() == WorkflowModel.State.CONFIGURED);
        c.addString("state", allConfigured ? "CONFIGURED" : "IDLE");
        c.addConfig("workflow_credentials");
        XmlConfig anns = c.addConfig("annotations");
        int ai = 0;
        if (!wf.title().isEmpty()) {
            int[] b = WorkflowLayout.titleBounds(wf);
            annotation(anns.addConfig("annotation_" + ai++), wf.title(), b[0], b[1], b[2], b[3], 0xFFF4D6, 12,
                    "LEFT", 4, 0xFFC940);
        }
        for (WorkflowModel.Annotation a : wf.annotations()) {
            annotation(anns.addConfig("annotation_" + ai++), a.text(), a.x(), a.y(), a.width(), a.height(),
                    a.bgColor(), 10, "LEFT", 2, darker(a.bgColor()));
        }
        XmlConfig nodes = c.addConfig("nodes");
        for (WorkflowModel.Node n : wf.nodes()) {
            XmlConfig nc = nodes.addConfig("node_" + n.id());
            nc.addInt("id", n.id());
            nc.addString("node_settings_file", n.folder() + "/settings.xml");
            nc.addBoolean("node_is_meta", false);
            nc.addString("node_type", "NativeNode");
            nc.addString("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
            nc.addConfig("ui_settings").addIntArray("extrainfo.node.bounds", n.x(), n.y(), -1, -1);
        }
        XmlConfig conns = c.addConfig("connections");
        int ci = 0;
        for (WorkflowModel.Connection k : wf.connections()) {
            XmlConfig cc = conns.addConfig("connection_" + ci++);
            cc.addInt("sourceID", k.sourceId());
            cc.addInt("destID", k.destId());
            cc.addInt("sourcePort", k.sourcePort());
            cc.addInt("destPort", k.destPort());
        }
        XmlConfig ed = c.addConfig("workflow_editor_settings");
        ed.addBoolean("workflow.editor.snapToGrid", false);
        ed.addBoolean("workflow.editor.ShowGrid", false);
        ed.addInt("workflow.editor.gridX", -1);
        ed.addInt("workflow.editor.gridY", -1);
        ed.addDouble("workflow.editor.zoomLevel", 1.0);
        ed.addBoolean("workflow.editor.curvedConnections", false);
        ed.addInt("workflow.editor.connectionWidth", 1);
        return c;
    }

    XmlConfig settingsXml(WorkflowModel.Node n) {
        XmlConfig c = new XmlConfig("settings.xml");
        c.addString("node_file", "settings.xml");
        c.addConfig("flow_stack");
        c.addConfig("internal_node_subsettings").addString("memory_policy", "CacheSmallInMemory");
        c.addConfig(n.model());
        if (!n.annotation().isEmpty()) {
            int lines = (int) n.annotation().lines().count();
            // KNIME centres the node annotation under the 32 px icon; width fits ~30 characters at 9 pt
            annotation(c.addConfig("nodeAnnotation"), n.annotation(), n.x() + 16 - 100, n.y() + 52, 200,
                    15 * lines, WHITE, 9, "CENTER", 0, WHITE);
        }
        c.addString("customDescription", null);
        c.addString("state", n.state().name());
        c.addString("factory", n.type().factory());
        c.addString("node-name", n.type().name());
        c.addString("node-bundle-name", bundle.bundleName());
        c.addString("node-bundle-symbolic-name", bundle.symbolicName());
        c.addString("node-bundle-vendor", bundle.vendor());
        c.addString("node-bundle-version", bundle.version());
        c.addString("node-feature-name", bundle.featureName());
        c.addString("node-feature-symbolic-name", bundle.featureSymbolicName());
        c.addString("node-feature-vendor", bundle.featureVendor());
        c.addString("node-feature-version", bundle.featureVersion());
        c.addConfig("factory_settings");
        c.addString("name", n.type().name());
        c.addBoolean("hasContent", false);
        c.addBoolean("isInactive", false);
        XmlConfig ports = c.addConfig("ports");
        for (int i = 1; i <= n.type().outPorts().size(); i++) {
            XmlConfig p = ports.addConfig("port_" + i);
            p.addInt("index", i);
            p.addString("port_dir_location", null);
        }
        XmlConfig fs = c.addConfig("filestores");
        fs.addString("file_store_location", null);
        fs.addString("file_store_id", null);
        return c;
    }

    private static void annotation(XmlConfig a, String text, int x, int y, int w, int h, int bg, int fontSize,
            String align, int border, int borderColor) {
        a.addString("text", text);
        a.addString("contentType", "text/plain");
        a.addInt("bgcolor", bg);
        a.addInt("x-coordinate", x);
        a.addInt("y-coordinate", y);
        a.addInt("width", w);
        a.addInt("height", h);
        a.addString("alignment", align);
        a.addInt("borderSize", border);
        a.addInt("borderColor", borderColor);
        a.addInt("defFontSize", fontSize);
        a.addInt("annotation-version", ANNOTATION_VERSION);
        a.addConfig("styles");
    }

    /** A darker shade of {@code rgb} for annotation borders (each channel × 0.75). */
    static int darker(int rgb) {
        int r = (rgb >> 16 & 255) * 3 / 4;
        int g = (rgb >> 8 & 255) * 3 / 4;
        int b = (rgb & 255) * 3 / 4;
        return r << 16 | g << 8 | b;
    }
}
