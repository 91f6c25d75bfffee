package org.psnmf.engine.io.hdf5;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.psnmf.engine.io.ReadErrors;
import org.psnmf.engine.io.SpectrumFileException;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Link;
import io.jhdf.api.Node;

/**
 * Shared HDF5 helpers for the vendor readers (jHDF): signature detection, opening with clear errors, reading the small
 * text datasets in which vendors keep their metadata, and size guards so that a damaged header cannot make us
 * allocate more than the file could possibly hold.
 */
public final class Hdf5Files {

    /** HDF5 format signature (may sit at 0, 512, 1024, 2048, ... when a user block precedes it). */
    private static final byte[] SIGNATURE = { (byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n' };

    /** Largest metadata dataset we read into memory, bytes (Velox uses 60000; generous but bounded). */
    public static final long MAX_METADATA_BYTES = 64L << 20;

    private Hdf5Files() {
    }

    /** @return true if {@code head} carries the HDF5 signature at offset 0, 512, 1024 or 2048 */
    public static boolean isHdf5(byte[] head) {
        for (int off = 0; off <= 2048; off = off == 0 ? 512 : off * 2) {
            if (head.length >= off + SIGNATURE.length) {
                boolean ok = true;
                for (int i = 0; i < SIGNATURE.length && ok; i++) {
                    ok = head[off + i] == SIGNATURE[i];
                }
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Opens an HDF5 file, turning jHDF's failures into a {@link SpectrumFileException} naming the file.
     *
     * <p>Files below 2 GiB are memory-mapped and handed to jHDF as a buffer: jHDF then slices that buffer instead of
     * allocating a heap buffer of whatever length a (possibly damaged) header declares, so a corrupted size fails at
     * once instead of allocating gigabytes. Larger files are read through jHDF's file channel.
     */
    public static HdfFile open(Path file, String format) throws IOException {
        try {
            long size;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                size = ch.size();
                if (size < Integer.MAX_VALUE) {
                    MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
                    return HdfFile.fromByteBuffer(m);
                }
            }
            return new HdfFile(file);
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new SpectrumFileException(file, "is not a readable " + format + " (HDF5) file: " + reason(e), e);
        }
    }

    /** @return a short reason for a failure inside the HDF5 library (see {@link ReadErrors#reason}) */
    public static String reason(Throwable e) {
        return ReadErrors.reason(e);
    }

    /** Deepest group nesting {@link #walk} follows; real files nest fewer than 20 levels. */
    public static final int MAX_DEPTH = 256;

    /** Receives the nodes of {@link #walk}: {@code path} is relative to the start group, "/"-separated. */
    @FunctionalInterface
    public interface Visitor {
        /** @return false to skip the children of {@code node} (for a group) */
        boolean visit(String path, Node node, int depth) throws SpectrumFileException;
    }

    /**
     * Visits every node below {@code start} (not {@code start} itself) depth first, children in the file's order,
     * without recursion: a group reached a second time through another link (a hard-link cycle, or a group linked
     * twice) is visited but not entered again, links that do not resolve (soft-link loops, missing external files)
     * are skipped, and nesting deeper than {@code maxDepth} is an error, so a damaged or hostile file can neither
     * overflow the stack nor loop.
     *
     * @throws SpectrumFileException naming the file and the path where the nesting exceeds {@code maxDepth}
     */
    public static void walk(Path file, Group start, int maxDepth, Visitor visitor) throws SpectrumFileException {
        Set<Long> entered = new HashSet<>();
        entered.add(start.getAddress());
        Deque<Entry> stack = new ArrayDeque<>();
        pushChildren(stack, start, "", 1);
        while (!stack.isEmpty()) {
            Entry e = stack.pop();
            Node target;
            try {
                target = e.node() instanceof Link link ? link.getTarget() : e.node();
            } catch (RuntimeException | StackOverflowError broken) {
                continue; // a dangling or looping soft/external link: nothing to visit
            }
            if (visitor.visit(e.path(), target, e.depth()) && target instanceof Group sub
                    && entered.add(sub.getAddress())) {
                if (e.depth() >= maxDepth) {
                    throw new SpectrumFileException(file, "HDF5 groups are nested more than " + maxDepth
                            + " levels deep at " + shorten(e.path()) + " (a damaged file or a link cycle).");
                }
                pushChildren(stack, sub, e.path(), e.depth() + 1);
            }
        }
    }

    private record Entry(Node node, String path, int depth) {
    }

    /** Pushes the children of {@code g} so that the first one is popped first (the order of a recursive walk). */
    private static void pushChildren(Deque<Entry> stack, Group g, String prefix, int depth) {
        List<Entry> children = new ArrayList<>();
        for (Map.Entry<String, Node> c : g.getChildren().entrySet()) {
            children.add(new Entry(c.getValue(), prefix.isEmpty() ? c.getKey() : prefix + "/" + c.getKey(), depth));
        }
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
    }

    private static String shorten(String path) {
        return path.length() > 120 ? path.substring(0, 60) + "..." + path.substring(path.length() - 40) : path;
    }

    /** @return the group at {@code path} below the root, or null */
    public static Group group(HdfFile f, String path) {
        Node n = node(f, path);
        return n instanceof Group g ? g : null;
    }

    /** @return the dataset at {@code path}, or null */
    public static Dataset dataset(HdfFile f, String path) {
        Node n = node(f, path);
        return n instanceof Dataset d ? d : null;
    }

    public static Node node(Group root, String path) {
        Node cur = root;
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!(cur instanceof Group g)) {
                return null;
            }
            cur = g.getChildren().get(part);
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    /**
     * Reads a text dataset: a (variable or fixed length) string, or a byte/uint8 array holding text (zero padded; for
     * a 2-D byte array the first column, which is how Velox stores per-frame metadata).
     *
     * @return the text, or null if the dataset holds no text
     */
    public static String text(Dataset d, Path file) throws SpectrumFileException {
        long bytes = d.getSizeInBytes();
        if (bytes < 0 || bytes > MAX_METADATA_BYTES) {
            throw new SpectrumFileException(file, "metadata dataset " + d.getPath() + " declares " + bytes
                    + " bytes, more than the " + MAX_METADATA_BYTES + " allowed (damaged file?).");
        }
        Object data = d.getData();
        if (data instanceof String s) {
            return s;
        }
        if (data != null && data.getClass().isArray() && Array.getLength(data) > 0) {
            Object first = Array.get(data, 0);
            if (first instanceof String s) {
                return s;
            }
        }
        int[] dims = d.getDimensions();
        Object flat = d.getDataFlat();
        int stride = dims.length == 2 ? Math.max(1, dims[1]) : 1;
        StringBuilder sb = new StringBuilder();
        int n = Array.getLength(flat);
        for (int i = 0; i < n; i += stride) {
            int v = ((Number) Array.get(flat, i)).intValue() & 0xFF;
            if (v == 0) {
                break;
            }
            sb.append((char) v);
        }
        // the bytes are UTF-8; re-decode
        byte[] raw = new byte[sb.length()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) sb.charAt(i);
        }
        return new String(raw, StandardCharsets.UTF_8);
    }

    /** Turns any failure inside jHDF into a {@link SpectrumFileException}. */
    public static SpectrumFileException damaged(Path file, String format, Throwable e) {
        return new SpectrumFileException(file, "is damaged or not a valid " + format + " file (" + reason(e) + ").", e);
    }
}
