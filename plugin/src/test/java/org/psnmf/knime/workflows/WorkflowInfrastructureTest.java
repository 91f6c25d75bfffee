package org.psnmf.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow authoring infrastructure on its own, with made-up node types (no dependency on the real nodes):
 * XMLConfig syntax and escaping, the writer's mandatory keys, the reader, the layout, the deterministic .knwf and
 * the renderer.
 */
class WorkflowInfrastructureTest {

    static final NodeType SOURCE = new NodeType("org.example.SourceNodeFactory", "Source", List.of(),
            List.of(PortKind.SPECTRUM_IMAGE, PortKind.TABLE));
    static final NodeType FILTER = new NodeType("org.example.FilterNodeFactory", "Filter",
            List.of(PortKind.SPECTRUM_IMAGE), List.of(PortKind.SPECTRUM_IMAGE));
    static final NodeType JOIN = new NodeType("org.example.JoinNodeFactory", "Join",
            List.of(PortKind.SPECTRUM_IMAGE, PortKind.SPECTRUM_IMAGE), List.of(PortKind.TABLE));

    static final BundleInfo BUNDLE = new BundleInfo("Bundle", "org.example", "Vendor", "1.0.0", "Feature",
            "org.example.feature.feature.group", "Vendor", "1.0.0");

    /** Source → Filter → Join, Source → Filter (side branch) → Join port 2. */
    static WorkflowModel diamond() {
        WorkflowModel wf = new WorkflowModel("Diamond");
        wf.title("Title line\nSecond line with 100% and %%00010 literally");
        XmlConfig m1 = new XmlConfig("model").addInt("size", 24).addString("path", null);
        WorkflowModel.Node s = wf.add(SOURCE, m1).annotate("reads\nthe data");
        WorkflowModel.Node f1 = wf.add(FILTER, new XmlConfig("model").addDouble("sigma", 0.5));
        WorkflowModel.Node f2 = wf.add(FILTER, new XmlConfig("model").addDouble("sigma", 2.0))
                .state(WorkflowModel.State.IDLE);
        WorkflowModel.Node j = wf.add(JOIN, new XmlConfig("model").addBoolean("strict", true));
        wf.connect(s, 1, f1, 1).connect(s, 1, f2, 1).connect(f1, 1, j, 1).connect(f2, 1, j, 2);
        wf.annotateAround("Side branch", 0xDDEEFF, f2);
        WorkflowLayout.apply(wf);
        return wf;
    }

    @Test
    void xmlConfig_escapesLikeKnimeAndRoundTrips() throws IOException {
        XmlConfig c = new XmlConfig("root");
        c.addString("nl", "a\nb\tc");
        c.addString("pct", "100% and %%");
        c.addString("xml", "<a href=\"x\">&</a>");
        c.addString("null", null);
        c.addString("unicode", "σ at% Å");
        c.addLong("long", 1L << 40);
        c.addDoubleArray("arr", 1.5, -2.0);
        c.addConfig("empty");
        byte[] xml = XmlConfigIO.write(c);
        String text = new String(xml, StandardCharsets.UTF_8);
        // KNIME writes control characters as %%ddddd (newline = 10, tab = 9) and a "%%" pair as %%00037%
        assertTrue(text.contains("value=\"a%%00010b%%00009c\""), text);
        assertTrue(text.contains("value=\"100% and %%00037%\""), text);
        assertTrue(text.contains("value=\"&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;\""), text);
        assertTrue(text.contains("<entry key=\"null\" type=\"xstring\" isnull=\"true\" value=\"\"/>"), text);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<config xmlns=\""
                + XmlConfigIO.NS + "\""), text);
        XmlConfig back = XmlConfigIO.read(xml, "test");
        assertEquals(c, back);
        assertEquals("a\nb\tc", back.getString("nl"));
        assertNull(back.getString("null"));
        assertEquals(1L << 40, back.getLong("long"));
        assertEquals(2, back.config("arr").getInt("array-size"));
        assertArrayEquals(xml, XmlConfigIO.write(back));
    }

    @Test
    void xmlConfig_rejectsForeignElementsAndDuplicateKeys() {
        String bad = "<?xml version=\"1.0\"?><config xmlns=\"" + XmlConfigIO.NS + "\" key=\"k\"><foo/></config>";
        IOException e = assertThrows(IOException.class,
                () -> XmlConfigIO.read(bad.getBytes(StandardCharsets.UTF_8), "bad.xml"));
        assertTrue(e.getMessage().contains("bad.xml") && e.getMessage().contains("<foo>"), e.getMessage());
        XmlConfig c = new XmlConfig("k").addInt("a", 1);
        assertThrows(IllegalArgumentException.class, () -> c.addInt("a", 2));
        assertThrows(IllegalArgumentException.class, () -> c.getString("a")); // wrong type is an error, not a cast
    }

    @Test
    void writer_writesEveryKeyKnimesLoaderReads(@TempDir Path dir) throws IOException {
        WorkflowModel wf = diamond();
        Map<String, byte[]> files = new WorkflowWriter(BUNDLE).files(wf);
        assertEquals(List.of("Filter (#2)/settings.xml", "Filter (#3)/settings.xml", "Join (#4)/settings.xml",
                "Source (#1)/settings.xml", "workflow.knime"), List.copyOf(files.keySet()));
        write(files, dir);
        WorkflowReader.StoredWorkflow stored = WorkflowReader.read(dir);
        XmlConfig k = stored.workflowKnime();
        assertEquals("5.1.0", k.getString("version"));
        assertEquals("5.3.0", k.getString("created_by"));
        assertEquals("IDLE", k.getString("state")); // one node is IDLE
        assertEquals(4, stored.nodes().size());
        for (WorkflowReader.StoredNode n : stored.nodes()) {
            XmlConfig s = n.settings();
            for (String key : List.of("state", "factory", "node-name", "node-bundle-name",
                    "node-bundle-symbolic-name", "node-bundle-vendor", "node_file", "hasContent", "isInactive")) {
                assertTrue(s.containsKey(key), n.settingsFile() + " lacks " + key);
            }
            for (String key : List.of("flow_stack", "ports", "filestores", "internal_node_subsettings",
                    "factory_settings", "model")) {
                assertTrue(s.hasConfig(key), n.settingsFile() + " lacks config " + key);
            }
            assertEquals(wf.node(n.id()).type().outPorts().size(), n.outPortCount());
            assertEquals(wf.node(n.id()).model(), n.model());
        }
        assertEquals("reads\nthe data", stored.node(1).annotation());
        assertEquals("IDLE", stored.node(3).state());
        assertEquals(new WorkflowReader.StoredConnection(3, 1, 4, 2), stored.connections().get(3));
        assertEquals(wf.title(), stored.annotations().get(0).text());
        // the port-2 connection's source (#3) is on its own row below #2: branches do not overlap
        assertEquals(stored.node(2).x(), stored.node(3).x());
        assertTrue(stored.node(3).y() > stored.node(2).y());
        assertTrue(stored.node(4).x() > stored.node(2).x());
    }

    @Test
    void layout_rejectsCyclesAndWriterRejectsBadPorts() {
        WorkflowModel wf = new WorkflowModel("Cycle");
        WorkflowModel.Node a = wf.add(FILTER, new XmlConfig("model"));
        WorkflowModel.Node b = wf.add(FILTER, new XmlConfig("model"));
        wf.connect(a, 1, b, 1).connect(b, 1, a, 1);
        assertThrows(IllegalStateException.class, () -> WorkflowLayout.apply(wf));
        WorkflowModel.Node j = wf.add(JOIN, new XmlConfig("model"));
        assertThrows(IllegalArgumentException.class, () -> wf.connect(j, 1, a, 1)); // TABLE into SPECTRUM_IMAGE
        assertThrows(IllegalArgumentException.class, () -> wf.connect(a, 2, j, 1)); // no output port 2
    }

    @Test
    void knwf_isDeterministicAndHoldsTheFolderAtItsRoot() throws IOException {
        Map<String, byte[]> files = new WorkflowWriter(BUNDLE).files(diamond());
        TimeZone tz = TimeZone.getDefault();
        byte[] first;
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            first = Knwf.zip("Diamond", files);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            second = Knwf.zip("Diamond", new WorkflowWriter(BUNDLE).files(diamond()));
        } finally {
            TimeZone.setDefault(tz);
        }
        assertArrayEquals(first, second);
        Map<String, byte[]> back = Knwf.unzip(new ByteArrayInputStream(first));
        assertEquals(files.size(), back.size());
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            assertArrayEquals(e.getValue(), back.get("Diamond/" + e.getKey()), e.getKey());
        }
    }

    @Test
    void renderer_drawsNodesAnnotationsAndConnections(@TempDir Path dir) throws IOException {
        WorkflowModel wf = diamond();
        write(new WorkflowWriter(BUNDLE).files(wf), dir);
        WorkflowReader.StoredWorkflow stored = WorkflowReader.read(dir);
        Map<String, NodeType> types = Map.of(SOURCE.factory(), SOURCE, FILTER.factory(), FILTER, JOIN.factory(), JOIN);
        BufferedImage img = WorkflowRenderer.render(stored, types::get);
        assertTrue(img.getWidth() > 400 && img.getHeight() > 200, img.getWidth() + "x" + img.getHeight());
        // the source node's icon centre has the source fill colour; the side-branch annotation's background shows
        int[] p = toImage(stored, img, stored.node(1).x() + 4, stored.node(1).y() + 4);
        assertEquals(WorkflowRenderer.nodeColor(SOURCE), img.getRGB(p[0], p[1]) & 0xFFFFFF);
        WorkflowReader.StoredAnnotation side = stored.annotations().get(1);
        int[] q = toImage(stored, img, side.x() + side.width() - 6, side.y() + side.height() - 6);
        assertEquals(0xDDEEFF, img.getRGB(q[0], q[1]) & 0xFFFFFF);
        assertNotEquals(0xFFFFFF, img.getRGB(q[0], q[1]) & 0xFFFFFF);
        assertFalse(WorkflowRenderer.abbreviation("Seeded NMF").isEmpty());
    }

    /** Canvas coordinate → image pixel, mirroring the renderer's translate/scale. */
    private static int[] toImage(WorkflowReader.StoredWorkflow wf, BufferedImage img, int x, int y) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        for (WorkflowReader.StoredAnnotation a : wf.annotations()) {
            minX = Math.min(minX, a.x());
            minY = Math.min(minY, a.y());
        }
        for (WorkflowReader.StoredNode n : wf.nodes()) {
            minX = Math.min(minX, n.x() - 80);
            minY = Math.min(minY, n.y() - 30);
        }
        return new int[] {(int) ((x - minX + WorkflowRenderer.MARGIN) * WorkflowRenderer.SCALE),
            (int) ((y - minY + WorkflowRenderer.MARGIN) * WorkflowRenderer.SCALE)};
    }

    static void write(Map<String, byte[]> files, Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
    }
}
