package org.psnmf.engine.io.hdf5;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.jhdf.HdfFile;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.jhdf.checksum.ChecksumUtils;

/**
 * Builds hostile HDF5 structures for the reader contract tests from files written by jHDF's writer, which cannot
 * write them itself: a hard-link cycle and declared sizes far beyond the data. The edits patch the version-2 object
 * headers ({@code OHDR}) jHDF writes and recompute their Jenkins lookup3 checksum (HDF5 specification, "Version 2
 * Object Header"), so the result is a well-formed file that only its structure makes hostile.
 */
public final class Hdf5Fixtures {

    private Hdf5Fixtures() {
    }

    /** Adds a chain of {@code depth} nested groups named {@code name} below {@code parent}; @return the deepest */
    public static WritableGroup nest(WritableGroup parent, String name, int depth) {
        WritableGroup g = parent;
        for (int i = 0; i < depth; i++) {
            g = g.putGroup(name);
        }
        return g;
    }

    /**
     * Re-points the hard link {@code linkPath} (e.g. {@code Experiments/x/metadata/loop}) at the object at
     * {@code targetPath}: with an ancestor as target this makes a link cycle.
     */
    public static void relink(Path file, String linkPath, String targetPath) throws Exception {
        long parent;
        long child;
        long target;
        try (HdfFile f = new HdfFile(file)) {
            Node c = f.getByPath(linkPath);
            child = c.getAddress();
            parent = c.getParent().getAddress();
            target = f.getByPath(targetPath).getAddress();
        }
        byte[] b = Files.readAllBytes(file);
        String name = linkPath.substring(linkPath.lastIndexOf('/') + 1);
        byte[] pattern = concat(name.getBytes(StandardCharsets.UTF_8), le(child));
        int end = chunkEnd(b, (int) parent);
        int at = indexOf(b, pattern, (int) parent, end);
        if (at < 0) {
            throw new IllegalStateException("link '" + name + "' not found in the object header at " + parent);
        }
        System.arraycopy(le(target), 0, b, at + name.length(), 8);
        fixChecksum(b, (int) parent, end);
        Files.write(file, b);
    }

    /** Replaces the dimensions (and maximum dimensions) of the dataset at {@code path}, keeping its rank. */
    public static void redimension(Path file, String path, long... dims) throws Exception {
        long address;
        long[] old;
        try (HdfFile f = new HdfFile(file)) {
            io.jhdf.api.Dataset d = f.getDatasetByPath(path);
            address = d.getAddress();
            old = d.getDimensionsAsLong();
        }
        byte[] b = Files.readAllBytes(file);
        byte[] pattern = new byte[0];
        byte[] replacement = new byte[0];
        for (int i = 0; i < old.length; i++) {
            pattern = concat(pattern, le(old[i]));
            replacement = concat(replacement, le(dims[i]));
        }
        int end = chunkEnd(b, (int) address);
        int found = 0;
        for (int at = indexOf(b, pattern, (int) address, end); at >= 0; at = indexOf(b, pattern, at + 1, end)) {
            System.arraycopy(replacement, 0, b, at, replacement.length);
            found++;
        }
        if (found == 0) {
            throw new IllegalStateException("dimensions of " + path + " not found in its object header");
        }
        fixChecksum(b, (int) address, end);
        Files.write(file, b);
    }

    /** @return the offset of the checksum that ends chunk 0 of the version-2 object header at {@code start} */
    private static int chunkEnd(byte[] b, int start) {
        if (b[start] != 'O' || b[start + 1] != 'H' || b[start + 2] != 'D' || b[start + 3] != 'R') {
            throw new IllegalStateException("no version-2 object header at " + start);
        }
        int flags = b[start + 5] & 0xFF;
        int p = start + 6;
        if ((flags & 0x20) != 0) {
            p += 16; // access, modification, change and birth times
        }
        if ((flags & 0x10) != 0) {
            p += 4; // attribute phase change values
        }
        int sizeBytes = 1 << (flags & 3);
        long size = 0;
        for (int i = sizeBytes - 1; i >= 0; i--) {
            size = (size << 8) | (b[p + i] & 0xFF);
        }
        return (int) (p + sizeBytes + size);
    }

    private static void fixChecksum(byte[] b, int start, int end) {
        byte[] covered = java.util.Arrays.copyOfRange(b, start, end);
        ByteBuffer.wrap(b, end, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(ChecksumUtils.checksum(covered));
    }

    private static byte[] le(long v) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
    }

    private static byte[] concat(byte[] a, byte[] c) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + c.length);
        System.arraycopy(c, 0, r, a.length, c.length);
        return r;
    }

    private static int indexOf(byte[] b, byte[] p, int from, int to) {
        outer:
        for (int i = from; i + p.length <= to; i++) {
            for (int k = 0; k < p.length; k++) {
                if (b[i + k] != p[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
