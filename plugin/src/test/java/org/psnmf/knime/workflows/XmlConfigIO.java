package org.psnmf.knime.workflows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Writes and reads KNIME's XMLConfig syntax ({@code shared/notes/knime.md} section 5).
 *
 * <p>Output format (deterministic, so regenerated files are byte-identical): the XML declaration and a line
 * break, the root {@code <config>} with KNIME's namespace attributes and the given root key, one element per line
 * indented by 4 spaces per level, {@code \n} line ends, UTF-8. Values are escaped the way KNIME's
 * {@code XMLContentHandler.escape} does — characters below U+0020 or above U+D7FF, and a {@code %} followed by
 * {@code %}, become {@code %%ddddd} (decimal code, 5 digits), so a newline is {@code %%00010} — and then
 * XML-attribute-escaped ({@code & < > "}). Reading reverses both.
 */
public final class XmlConfigIO {

    static final String NS = "http://www.knime.org/2008/09/XMLConfig";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String SCHEMA_LOCATION = NS + " http://www.knime.org/XMLConfig_2008_09.xsd";

    private XmlConfigIO() {
    }

    public static byte[] write(XmlConfig root) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<config xmlns=\"").append(NS).append("\" xmlns:xsi=\"").append(XSI)
                .append("\" xsi:schemaLocation=\"").append(SCHEMA_LOCATION).append("\" key=\"")
                .append(attr(knimeEscape(root.key()))).append('"');
        writeChildren(root, sb, 1);
        sb.append("\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends the children of {@code c} and closes its element (which the caller opened, unclosed). */
    private static void writeChildren(XmlConfig c, StringBuilder sb, int depth) {
        if (c.children().isEmpty()) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        for (Object o : c.children()) {
            sb.append('\n');
            indent(sb, depth);
            if (o instanceof XmlConfig sub) {
                sb.append("<config key=\"").append(attr(knimeEscape(sub.key()))).append('"');
                writeChildren(sub, sb, depth + 1);
            } else {
                XmlConfig.Entry e = (XmlConfig.Entry) o;
                sb.append("<entry key=\"").append(attr(knimeEscape(e.key()))).append("\" type=\"").append(e.type())
                        .append('"');
                if (e.value() == null) {
                    sb.append(" isnull=\"true\" value=\"\"/>");
                } else {
                    sb.append(" value=\"").append(attr(knimeEscape(e.value()))).append("\"/>");
                }
            }
        }
        sb.append('\n');
        indent(sb, depth - 1);
        sb.append("</config>");
    }

    private static void indent(StringBuilder sb, int depth) {
        sb.append("    ".repeat(depth));
    }

    /** KNIME's own escape for config strings (see class comment). */
    static String knimeEscape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 32 || c > 0xd7ff || (c == '%' && i < s.length() - 1 && s.charAt(i + 1) == '%')) {
                b.append("%%").append(String.format("%05d", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Inverse of {@link #knimeEscape}: every {@code %%} followed by five digits becomes that character. */
    static String knimeUnescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 1 < s.length() && s.charAt(i + 1) == '%' && digits(s, i + 2, 5)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 7)));
                i += 6;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean digits(String s, int from, int n) {
        if (from + n > s.length()) {
            return false;
        }
        for (int i = from; i < from + n; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String attr(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ reading

    public static XmlConfig read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public static XmlConfig read(byte[] bytes, String name) throws IOException {
        return read(new ByteArrayInputStream(bytes), name);
    }

    /**
     * Parses an XMLConfig document. Only {@code config} and {@code entry} elements are allowed (as in KNIME's
     * {@code XMLContentHandler}); anything else is an {@link IOException} naming the file.
     */
    public static XmlConfig read(InputStream in, String name) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            doc = b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(name + ": not well-formed XML: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"config".equals(root.getTagName())) {
            throw new IOException(name + ": root element is <" + root.getTagName() + ">, expected <config>");
        }
        if (!NS.equals(root.getAttribute("xmlns"))) {
            throw new IOException(name + ": root config lacks the XMLConfig namespace " + NS);
        }
        XmlConfig c = new XmlConfig(knimeUnescape(root.getAttribute("key")));
        readChildren(root, c, name);
        return c;
    }

    private static void readChildren(Element el, XmlConfig into, String name) throws IOException {
        for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank()
                    || n.getNodeType() == Node.COMMENT_NODE) {
                continue;
            }
            if (!(n instanceof Element child)) {
                throw new IOException(name + ": unexpected content inside config '" + into.key() + "'");
            }
            String key = knimeUnescape(child.getAttribute("key"));
            switch (child.getTagName()) {
                case "config" -> readChildren(child, into.addConfig(key), name);
                case "entry" -> {
                    String type = child.getAttribute("type");
                    if (type.isEmpty() || !child.hasAttribute("value")) {
                        throw new IOException(name + ": entry '" + key + "' in '" + into.key()
                                + "' lacks its type or value attribute");
                    }
                    boolean isNull = "true".equals(child.getAttribute("isnull"));
                    into.addEntry(key, type, isNull ? null : knimeUnescape(child.getAttribute("value")));
                }
                default -> throw new IOException(name + ": <" + child.getTagName()
                        + "> is not a valid XMLConfig element (only config and entry)");
            }
        }
    }
}
