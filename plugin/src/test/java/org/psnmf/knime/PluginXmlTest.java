package org.psnmf.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.psnmf.knime.nodes.NodeCatalog;
import org.psnmf.knime.settings.Param;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * plugin.xml and the node descriptions: every registered factory exists, is a NodeFactory, is in the catalog (and
 * vice versa), has its description XML next to it (namespace v4.1, the v4.1 element order, every option of its
 * settings and every port documented) and a 16x16 PNG icon; the category has its icon; every port type's classes and
 * serializers exist and have the right base types. (The XSD itself is KNIME's and is not part of the repository, so
 * the schema's structure is checked here element by element.)
 */
class PluginXmlTest {

    static final String NS = "http://knime.org/node/v4.1";

    /** Element order of knimeNode in Node_v4.1.xsd (optional ones may be absent). */
    static final List<String> KNIME_NODE_ORDER = List.of("name", "shortDescription", "fullDescription",
            "interactiveView", "ports", "views", "keywords");

    static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(in);
    }

    static Document pluginXml() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("plugin.xml"))) {
            return parse(in);
        }
    }

    static List<Element> elements(Node parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getLocalName().equals(name))) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> extension(Document d, String point) {
        return elements(d.getDocumentElement(), "extension").stream().filter(e -> e.getAttribute("point").equals(point))
                .toList();
    }

    static List<Element> registeredNodes() throws Exception {
        List<Element> out = new ArrayList<>();
        for (Element ext : extension(pluginXml(), "org.knime.workbench.repository.nodes")) {
            out.addAll(elements(ext, "node"));
        }
        return out;
    }

    static void assertPng16(URL url, String what) throws Exception {
        assertNotNull(url, what + " icon missing");
        BufferedImage img = ImageIO.read(url);
        assertNotNull(img, what + " icon is not a readable image");
        assertEquals(16, img.getWidth(), what);
        assertEquals(16, img.getHeight(), what);
    }

    @Test
    void category_isCommunityPsnmf_withIcon() throws Exception {
        List<Element> cats = new ArrayList<>();
        for (Element ext : extension(pluginXml(), "org.knime.workbench.repository.categories")) {
            cats.addAll(elements(ext, "category"));
        }
        assertEquals(1, cats.size());
        Element c = cats.get(0);
        assertEquals("/community", c.getAttribute("path"));
        assertEquals("psnmf", c.getAttribute("level-id"));
        assertEquals("EDX Spectrum Imaging (PSNMF)", c.getAttribute("name"));
        assertPng16(Path.of(c.getAttribute("icon")).toUri().toURL(), "category");
        assertTrue(Files.readString(Path.of("build.properties")).contains("icons/"), "icons/ not in bin.includes");
    }

    @Test
    void registeredNodes_equalTheCatalog_inOneCategory() throws Exception {
        List<Element> nodes = registeredNodes();
        Set<String> registered = new LinkedHashSet<>();
        for (Element n : nodes) {
            assertTrue(registered.add(n.getAttribute("factory-class")), "registered twice: " + n.getAttribute(
                    "factory-class"));
            assertEquals("/community/psnmf", n.getAttribute("category-path"));
        }
        for (Element n : nodes) {
            String after = n.getAttribute("after");
            assertTrue(after.isEmpty() || registered.contains(after), "after= names an unregistered node: " + after);
        }
        Set<String> catalog = NodeCatalog.NODES.stream().map(NodeCatalog.Entry::factoryClass)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(catalog, registered);
    }

    static Stream<Arguments> catalog() {
        return NodeCatalog.NODES.stream().map(e -> Arguments.of(e.name(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void factory_existsAndHasDescriptionAndIcon(String name, NodeCatalog.Entry e) throws Exception {
        // load without initialising (initialising would need KNIME's port type registry)
        Class<?> f = Class.forName(e.factoryClass(), false, getClass().getClassLoader());
        assertTrue(NodeFactory.class.isAssignableFrom(f), f + " is not a NodeFactory");
        assertTrue(Modifier.isPublic(f.getModifiers()) && !Modifier.isAbstract(f.getModifiers()));
        assertTrue(Modifier.isPublic(f.getConstructor().getModifiers()), "needs a public no-arg constructor");

        URL xml = f.getResource(f.getSimpleName() + ".xml");
        assertNotNull(xml, "description " + f.getSimpleName() + ".xml missing next to the factory");
        Document d;
        try (InputStream in = xml.openStream()) {
            d = parse(in);
        }
        Element root = d.getDocumentElement();
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("knimeNode", root.getLocalName());
        assertTrue(Set.of("Source", "Sink", "Learner", "Predictor", "Manipulator", "Visualizer", "Other")
                .contains(root.getAttribute("type")), "type " + root.getAttribute("type"));
        // resolved as KNIME's NodeFactory.resolveIcon does: strip "./", prefix the package path, class loader
        String icon = f.getPackageName().replace('.', '/') + "/" + root.getAttribute("icon").replaceFirst("^\\./", "");
        assertPng16(f.getClassLoader().getResource(icon), name);

        // element order as in the XSD sequence
        List<String> children = elements(root, null).stream().map(Element::getLocalName).toList();
        int last = -1;
        for (String c : children) {
            int i = KNIME_NODE_ORDER.indexOf(c);
            assertTrue(i > last, "unexpected or out-of-order element <" + c + "> in " + children);
            assertEquals(NS, elements(root, c).get(0).getNamespaceURI());
            last = i;
        }
        assertTrue(children.containsAll(List.of("name", "shortDescription", "fullDescription", "ports")));
        assertEquals(name, elements(root, "name").get(0).getTextContent().trim());
        assertFalse(elements(root, "shortDescription").get(0).getTextContent().isBlank());

        Element full = elements(root, "fullDescription").get(0);
        List<Element> intro = elements(full, "intro");
        assertEquals(1, intro.size());
        assertEquals("intro", elements(full, null).get(0).getLocalName(), "intro must come first");
        assertTrue(intro.get(0).getTextContent().trim().length() > 80, "intro too short");
        Set<String> options = new HashSet<>();
        for (Element o : elements(full, "option")) {
            assertTrue(options.add(o.getAttribute("name")), "option twice: " + o.getAttribute("name"));
            assertFalse(o.getTextContent().isBlank(), "option without text: " + o.getAttribute("name"));
        }
        Set<String> labels = e.settings().get().params().stream().map(Param::label).collect(Collectors.toSet());
        assertEquals(labels, options, "every setting documented under its dialog label, nothing else");

        Element ports = elements(root, "ports").get(0);
        checkPorts(elements(ports, "inPort"), e.inPorts(), name + " inPorts");
        checkPorts(elements(ports, "outPort"), e.outPorts(), name + " outPorts");
        List<String> portOrder = elements(ports, null).stream().map(Element::getLocalName).toList();
        assertTrue(portOrder.lastIndexOf("inPort") < Math.max(0, portOrder.indexOf("outPort"))
                || !portOrder.contains("outPort") || !portOrder.contains("inPort"), "inPorts before outPorts");
        List<Element> kw = elements(root, "keywords");
        if (!kw.isEmpty()) {
            assertFalse(elements(kw.get(0), "keyword").isEmpty(), "keywords needs at least one keyword");
        }
    }

    private static void checkPorts(List<Element> ports, int expected, String what) {
        assertEquals(expected, ports.size(), what);
        for (int i = 0; i < ports.size(); i++) {
            assertEquals(Integer.toString(i), ports.get(i).getAttribute("index"), what);
            assertFalse(ports.get(i).getAttribute("name").isBlank(), what);
            assertFalse(ports.get(i).getTextContent().isBlank(), what);
        }
    }

    @Test
    void portTypes_classesAndSerializersExist() throws Exception {
        List<Element> types = new ArrayList<>();
        for (Element ext : extension(pluginXml(), "org.knime.core.PortType")) {
            types.addAll(elements(ext, "portType"));
        }
        assertEquals(Set.of("Spectrum Image", "Decomposition"),
                types.stream().map(t -> t.getAttribute("name")).collect(Collectors.toSet()));
        ClassLoader cl = getClass().getClassLoader();
        for (Element t : types) {
            assertTrue(t.getAttribute("color").matches("#[0-9a-fA-F]{6}"), t.getAttribute("color"));
            Class<?> obj = Class.forName(t.getAttribute("objectClass"), false, cl);
            Class<?> spec = Class.forName(t.getAttribute("specClass"), false, cl);
            Class<?> objSer = Class.forName(t.getAttribute("objectSerializer"), false, cl);
            Class<?> specSer = Class.forName(t.getAttribute("specSerializer"), false, cl);
            assertTrue(PortObject.class.isAssignableFrom(obj));
            assertTrue(PortObjectSpec.class.isAssignableFrom(spec));
            assertTrue(PortObject.PortObjectSerializer.class.isAssignableFrom(objSer));
            assertTrue(PortObjectSpec.PortObjectSpecSerializer.class.isAssignableFrom(specSer));
            for (Class<?> c : List.of(objSer, specSer)) { // KNIME instantiates serializers reflectively
                assertTrue(Modifier.isPublic(c.getConstructor().getModifiers()), c + " needs a public no-arg ctor");
            }
            assertEquals(obj, objSer.getMethod("loadPortObject", org.knime.core.node.port.PortObjectZipInputStream.class,
                    PortObjectSpec.class, org.knime.core.node.ExecutionMonitor.class).getReturnType());
        }
    }
}
