package org.psnmf.engine.io.jeol;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.psnmf.engine.io.SpectrumFileException;

/**
 * The tagged tree in which JEOL Analysis Station stores its headers ({@code .ASW} projects, the header of
 * {@code .pts} cubes, {@code .img}/{@code .map} images).
 *
 * <p>Layout (little endian): a sequence of entries, each introduced by a marker byte. Marker 1 starts an entry:
 * int32 name length, the name (zero-padded), int32 value type, int32 value byte length, then the value (type 0 =
 * a group, no value). The entry's children follow, and a marker -1 (0xFF) closes the entry; any other marker ends
 * the tree. Value types: 1 and 6 uint8, 2, 7 and 14 uint16, 3 and 8 int32, 4 and 9 float32, 5 and 10 float64,
 * 11 bool, 12, 13 and 20 characters; the value is an array of value-length / element-size elements. Two conventions
 * of the JEOL software are kept, as HyperSpy reads them: an entry whose name ends in {@code PAGE<digit>} is a group
 * named {@code <name>_<value>} (e.g. {@code PARAMPAGE0_SEM}), and the byte 0xDE that ends some {@code ScanSize} names
 * is dropped (a later entry of the same name replaces an earlier one).
 *
 * <p>Parsing is iterative and bounded (nesting depth, entry count, lengths checked against the bytes left), so a
 * damaged header ends in a {@link SpectrumFileException} naming the file rather than a stack overflow or a huge
 * allocation.
 */
final class JeolTree {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_ENTRIES = 1_000_000;
    private static final Charset SHIFT_JIS = Charset.isSupported("Shift_JIS") ? Charset.forName("Shift_JIS")
            : StandardCharsets.ISO_8859_1;

    /** One entry: its value (null for a group) and its children in file order. */
    static final class Node {
        private final Object value;
        private final Map<String, Node> children = new LinkedHashMap<>();

        private Node(Object value) {
            this.value = value;
        }

        /** @return the value: {@code String}, {@code double[]} (every numeric type) or null for a group */
        Object value() {
            return value;
        }

        Map<String, Node> children() {
            return Collections.unmodifiableMap(children);
        }

        /** @return the node at {@code path} below this one, or null */
        Node at(String... path) {
            Node n = this;
            for (String p : path) {
                n = n.children.get(p);
                if (n == null) {
                    return null;
                }
            }
            return n;
        }

        /** @return the first number of the value at {@code path}, NaN if absent or not numeric */
        double number(String... path) {
            Node n = at(path);
            if (n != null && n.value instanceof double[] d && d.length > 0) {
                return d[0];
            }
            return Double.NaN;
        }

        /** @return the numeric array at {@code path}, or null */
        double[] numbers(String... path) {
            Node n = at(path);
            return n != null && n.value instanceof double[] d ? d : null;
        }

        /** @return the text at {@code path} (parts separated by NUL joined by a space), or null */
        String text(String... path) {
            Node n = at(path);
            return n != null && n.value instanceof String s ? s : null;
        }
    }

    private JeolTree() {
    }

    /**
     * Parses the tree that starts at the buffer's position; the position is left after the end marker.
     *
     * @param what what is being parsed, for messages (e.g. "the .pts header")
     */
    static Node parse(ByteBuffer buf, Path file, String what) throws SpectrumFileException {
        ByteBuffer b = buf.order(ByteOrder.LITTLE_ENDIAN);
        Node root = new Node(null);
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        int entries = 0;
        while (b.hasRemaining()) {
            int mark = b.get();
            if (mark == -1) {
                if (stack.size() == 1) {
                    break; // an end marker at the top level ends the tree
                }
                stack.pop();
                continue;
            }
            if (mark != 1) {
                break;
            }
            if (++entries > MAX_ENTRIES || stack.size() > MAX_DEPTH) {
                throw new SpectrumFileException(file, what + " is damaged (more than " + MAX_DEPTH
                        + " nested levels or " + MAX_ENTRIES + " entries).");
            }
            int at = b.position() - 1;
            byte[] name = bytes(b, b.remaining() >= 4 ? b.getInt() : -1, file, what, at);
            int type = need(b, 8, file, what, at).getInt();
            int length = b.getInt();
            String key = name(name);
            Node node;
            if (type == 0) {
                node = new Node(null); // a group: its declared length is not a value length (JEOL writes 0)
            } else {
                node = new Node(value(b, type, checkLength(b, length, file, what, at)));
            }
            if (key.length() >= 5 && key.substring(key.length() - 5, key.length() - 1).equals("PAGE")
                    && node.value instanceof String s) {
                key = key + "_" + s;
            }
            stack.peek().children.put(key, node);
            stack.push(node);
        }
        return root;
    }

    private static ByteBuffer need(ByteBuffer b, int n, Path file, String what, int at) throws SpectrumFileException {
        if (b.remaining() < n) {
            throw truncated(file, what, at);
        }
        return b;
    }

    private static int checkLength(ByteBuffer b, int length, Path file, String what, int at)
            throws SpectrumFileException {
        if (length < 0 || length > b.remaining()) {
            throw new SpectrumFileException(file, what + " is damaged or truncated (an entry at byte " + at
                    + " declares " + Integer.toUnsignedString(length) + " bytes, " + b.remaining() + " are left).");
        }
        return length;
    }

    private static byte[] bytes(ByteBuffer b, int length, Path file, String what, int at)
            throws SpectrumFileException {
        if (length < 0) {
            throw truncated(file, what, at);
        }
        byte[] out = new byte[checkLength(b, length, file, what, at)];
        b.get(out);
        return out;
    }

    private static SpectrumFileException truncated(Path file, String what, int at) {
        return new SpectrumFileException(file, what + " is truncated (entry at byte " + at + ").");
    }

    private static String name(byte[] raw) {
        int n = raw.length;
        while (n > 0 && raw[n - 1] == 0) {
            n--;
        }
        if (n > 0 && (raw[n - 1] & 0xFF) == 0xDE) {
            n--; // a stray byte after the first ScanSize name
        }
        return decode(raw, 0, n);
    }

    private static Object value(ByteBuffer b, int type, int length) {
        int size = switch (type) {
            case 1, 6, 11 -> 1;
            case 2, 7, 14 -> 2;
            case 3, 8, 4, 9 -> 4;
            case 5, 10 -> 8;
            case 12, 13, 20 -> 0;
            default -> -1;
        };
        int start = b.position();
        b.position(start + length);
        if (size == 0) {
            int n = length;
            while (n > 0 && b.get(start + n - 1) == 0) {
                n--;
            }
            byte[] raw = new byte[n];
            b.get(start, raw);
            return decode(raw, 0, n).replace('\0', ' ');
        }
        if (size < 0) {
            return new byte[0]; // an undocumented type (e.g. the "Limits" records): skipped
        }
        double[] v = new double[length / size];
        for (int i = 0, p = start; i < v.length; i++, p += size) {
            v[i] = switch (type) {
                case 1, 6 -> b.get(p) & 0xFF;
                case 11 -> b.get(p) != 0 ? 1 : 0;
                case 2, 7, 14 -> b.getShort(p) & 0xFFFF;
                case 3, 8 -> b.getInt(p);
                case 4, 9 -> b.getFloat(p);
                default -> b.getDouble(p);
            };
        }
        return v;
    }

    /** JEOL writes UTF-8 or, on Japanese systems, Shift_JIS. */
    static String decode(byte[] raw, int from, int n) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw, from, n)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, from, n, SHIFT_JIS);
        }
    }
}
