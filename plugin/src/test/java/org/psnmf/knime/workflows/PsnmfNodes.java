package org.psnmf.knime.workflows;

import static org.psnmf.knime.workflows.PortKind.DECOMPOSITION;
import static org.psnmf.knime.workflows.PortKind.SPECTRUM_IMAGE;
import static org.psnmf.knime.workflows.PortKind.TABLE;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.psnmf.knime.nodes.NodeCatalog;
import org.psnmf.knime.settings.ParamSettings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The PSNMF node types the example workflows use. The factory class and the port kinds are declared here (port
 * kinds cannot be read from a NodeModel outside KNIME: its constructor needs the OSGi port-type registry); the
 * node name and the number of ports are read from the factory's own node description XML
 * ({@code <FactorySimpleName>.xml} next to the factory class), and {@link WorkflowStructureTest} checks that the
 * declared kinds agree with that description (port count, "(optional)" markers, port names).
 */
public final class PsnmfNodes {

    /** One declared node: factory and data-port kinds (1-based optional inputs). */
    public record Decl(String factory, List<PortKind> in, List<PortKind> out, Set<Integer> optionalIn) {
    }

    static final String P = "org.psnmf.knime.nodes.";

    /** Every node the workflows may use, by a short handle. */
    public static final Map<String, Decl> DECLS = new LinkedHashMap<>();

    static {
        decl("reader", P + "reader.ReaderNodeFactory", List.of(), List.of(SPECTRUM_IMAGE, TABLE));
        decl("binning", P + "binning.BinningNodeFactory", List.of(SPECTRUM_IMAGE), List.of(SPECTRUM_IMAGE));
        decl("reconstruction", P + "reconstruction.ReconstructionNodeFactory",
                List.of(DECOMPOSITION, SPECTRUM_IMAGE), List.of(SPECTRUM_IMAGE), 2);
        decl("elementalmaps", P + "elementalmaps.ElementalMapsNodeFactory", List.of(SPECTRUM_IMAGE), List.of(TABLE));
        decl("compare", P + "compare.CompareComponentsNodeFactory", List.of(DECOMPOSITION, DECOMPOSITION),
                List.of(TABLE));
        decl("writer", P + "writer.WriterNodeFactory", List.of(SPECTRUM_IMAGE), List.of());
        decl("pca", P + "pca.PcaNodeFactory", List.of(SPECTRUM_IMAGE), List.of(TABLE, SPECTRUM_IMAGE));
        decl("nmf", P + "nmf.NmfNodeFactory", List.of(SPECTRUM_IMAGE), List.of(DECOMPOSITION, TABLE, TABLE));
        decl("seeded", P + "seedednmf.SeededNmfNodeFactory", List.of(SPECTRUM_IMAGE, DECOMPOSITION),
                List.of(DECOMPOSITION, TABLE, TABLE));
        decl("synthetic", P + "synthetic.SyntheticNodeFactory", List.of(TABLE),
                List.of(SPECTRUM_IMAGE, DECOMPOSITION, TABLE), 1);
        decl("quantification", P + "quantification.QuantificationNodeFactory",
                List.of(DECOMPOSITION, SPECTRUM_IMAGE, TABLE), List.of(TABLE, TABLE, TABLE), 1, 2, 3);
        decl("choosebinning", P + "choosebinning.ChooseBinningNodeFactory", List.of(SPECTRUM_IMAGE), List.of(TABLE));
    }

    private static void decl(String handle, String factory, List<PortKind> in, List<PortKind> out,
            Integer... optional) {
        DECLS.put(handle, new Decl(factory, in, out, Set.of(optional)));
    }

    private PsnmfNodes() {
    }

    /** Is the node registered in the nodes' own {@link NodeCatalog} (i.e. merged)? */
    public static boolean available(String handle) {
        Decl d = DECLS.get(handle);
        return d != null && catalogEntry(d.factory()) != null;
    }

    /** The nodes' catalog entry of {@code factory}, or null. */
    public static NodeCatalog.Entry catalogEntry(String factory) {
        return NodeCatalog.NODES.stream().filter(e -> e.factoryClass().equals(factory)).findFirst().orElse(null);
    }

    /** A fresh settings object of the node (defaults), from the nodes' catalog. */
    public static ParamSettings settings(String factory) {
        NodeCatalog.Entry e = catalogEntry(factory);
        if (e == null) {
            throw new IllegalArgumentException(factory + " is not in NodeCatalog.NODES");
        }
        return e.settings().get();
    }

    /** The node type: declared factory and port kinds, name from the node description. */
    public static NodeType type(String handle) {
        Decl d = DECLS.get(handle);
        if (d == null) {
            throw new IllegalArgumentException("Unknown node handle " + handle);
        }
        return new NodeType(d.factory(), description(d.factory()).name(), d.in(), d.out(), d.optionalIn());
    }

    /** The node type for a factory class name (for the renderer and the checks of stored workflows). */
    public static NodeType typeOfFactory(String factory) {
        for (Map.Entry<String, Decl> e : DECLS.entrySet()) {
            if (e.getValue().factory().equals(factory)) {
                return type(e.getKey());
            }
        }
        throw new IllegalArgumentException("Factory " + factory + " is not a declared PSNMF node");
    }

    /** What a node description XML says: name, port names (inputs, outputs). */
    public record Description(String name, List<String> inPorts, List<String> outPorts) {
    }

    /** Parses {@code <SimpleName>.xml} of {@code factory} from the class path. */
    public static Description description(String factory) {
        String simple = factory.substring(factory.lastIndexOf('.') + 1);
        String resource = "/" + factory.substring(0, factory.lastIndexOf('.')).replace('.', '/') + "/" + simple
                + ".xml";
        try (InputStream in = PsnmfNodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No node description " + resource + " on the class path");
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(in);
            Element root = doc.getDocumentElement();
            String name = root.getElementsByTagNameNS("*", "name").item(0).getTextContent().trim();
            return new Description(name, ports(root, "inPort"), ports(root, "outPort"));
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Cannot read node description " + resource + ": " + e.getMessage(), e);
        }
    }

    private static List<String> ports(Element root, String tag) {
        NodeList nl = root.getElementsByTagNameNS("*", tag);
        String[] names = new String[nl.getLength()];
        for (int i = 0; i < nl.getLength(); i++) {
            Element e = (Element) nl.item(i);
            int index = Integer.parseInt(e.getAttribute("index"));
            names[index] = e.getAttribute("name");
        }
        return new ArrayList<>(List.of(names));
    }
}
