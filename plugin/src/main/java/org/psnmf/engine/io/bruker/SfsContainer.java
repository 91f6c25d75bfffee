package org.psnmf.engine.io.bruker;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.psnmf.engine.io.SpectrumFileException;

/**
 * Reader of the AidAim "SFS" single-file virtual file system that Bruker Esprit uses for {@code .bcf} files.
 *
 * <p>Layout (little endian): the signature {@code AAMVHFSS} at 0; at 0x124 a float version and the uint32 chunk
 * size; at 0x140 the chunk index of the file table, its number of entries and the total number of chunks. The body
 * is a sequence of chunks starting at file offset 0x118; every chunk has a 32-byte header whose first uint32 is the
 * index of the next chunk of a chained table, followed by {@code chunkSize - 32} usable bytes. The file table holds
 * 512-byte entries: int32 chunk of the entry's pointer table, uint64 size, three timestamps, permissions, int32 parent
 * entry (-1 = root), a directory flag at byte 216 and a zero-terminated UTF-8 name at byte 220. A file's pointer table
 * lists the chunk index of each piece of its content, chained across chunks when long. A file's content may be zlib
 * compressed: it then starts with {@code AACS}, uint32 uncompressed block size, uint32, uint32 number of blocks, and
 * from byte 0x80 on holds blocks of a 16-byte header (uint32 compressed size first) followed by a zlib stream.
 *
 * <p>Every offset, size and chain read from the file is checked against the file length before use, so a damaged
 * container ends in a {@link SpectrumFileException} rather than a huge allocation or an endless loop.
 */
final class SfsContainer implements Closeable {

    private static final long BODY = 0x118;
    private static final int ITEM = 0x200;

    private final Path file;
    private final FileChannel ch;
    private final long fileSize;
    private final int chunkSize;
    private final int usable;
    private final long chunkCount;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** One file in the container. */
    record Entry(String path, long size, int[] chunks) {
    }

    private SfsContainer(Path file, FileChannel ch) throws IOException {
        this.file = file;
        this.ch = ch;
        this.fileSize = ch.size();
        ByteBuffer h = read(0, 0x14C);
        byte[] sig = new byte[8];
        h.get(sig);
        if (!"AAMVHFSS".equals(new String(sig, StandardCharsets.US_ASCII))) {
            throw new SpectrumFileException(file, "is not a Bruker SFS container (no AAMVHFSS signature).");
        }
        chunkSize = h.getInt(0x128);
        if (chunkSize < 64 || chunkSize > (16 << 20)) {
            throw new SpectrumFileException(file, "SFS chunk size " + chunkSize + " is implausible (damaged file?).");
        }
        usable = chunkSize - 32;
        chunkCount = (fileSize - BODY) / chunkSize + 1; // the last chunk may be cut short
        long treeChunk = h.getInt(0x140) & 0xFFFFFFFFL;
        long items = h.getInt(0x144) & 0xFFFFFFFFL;
        if (items < 1 || items * ITEM > fileSize) {
            throw new SpectrumFileException(file, "SFS file table declares " + items + " entries, more than the file"
                    + " can hold.");
        }
        byte[] table = chained(treeChunk, items * ITEM, (usable / ITEM) * ITEM);
        readTable(table, (int) items);
    }

    /** Opens and indexes the container. */
    static SfsContainer open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new SfsContainer(file, ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private void readTable(byte[] table, int items) throws IOException {
        ByteBuffer t = ByteBuffer.wrap(table).order(ByteOrder.LITTLE_ENDIAN);
        int[] parent = new int[items];
        String[] name = new String[items];
        boolean[] dir = new boolean[items];
        long[] size = new long[items];
        long[] ptrChunk = new long[items];
        for (int i = 0; i < items; i++) {
            int b = i * ITEM;
            ptrChunk[i] = t.getInt(b) & 0xFFFFFFFFL;
            size[i] = t.getLong(b + 4);
            parent[i] = t.getInt(b + 40);
            dir[i] = t.get(b + 220) != 0;
            int end = b + 224;
            int stop = end;
            while (stop < end + 256 && table[stop] != 0) {
                stop++;
            }
            name[i] = new String(table, end, stop - end, StandardCharsets.UTF_8);
        }
        for (int i = 0; i < items; i++) {
            if (dir[i]) {
                continue;
            }
            StringBuilder path = new StringBuilder(name[i]);
            int p = parent[i];
            for (int depth = 0; p != -1; depth++) {
                if (p < 0 || p >= items || depth > items) {
                    throw new SpectrumFileException(file, "SFS entry '" + name[i] + "' has an invalid parent.");
                }
                path.insert(0, name[p] + "/");
                p = parent[p];
            }
            long sz = size[i];
            if (sz < 0 || sz > fileSize) {
                throw new SpectrumFileException(file, "SFS entry '" + path + "' declares " + sz
                        + " bytes, more than the file holds.");
            }
            long pieces = (sz + usable - 1) / usable;
            byte[] ptr = chained(ptrChunk[i], pieces * 4, usable);
            ByteBuffer pb = ByteBuffer.wrap(ptr).order(ByteOrder.LITTLE_ENDIAN);
            int[] chunks = new int[(int) pieces];
            for (int k = 0; k < pieces; k++) {
                long c = pb.getInt(k * 4) & 0xFFFFFFFFL;
                if (c >= chunkCount) {
                    throw new SpectrumFileException(file, "SFS entry '" + path + "' points outside the file.");
                }
                chunks[k] = (int) c;
            }
            entries.put(path.toString(), new Entry(path.toString(), sz, chunks));
        }
    }

    /**
     * Reads {@code length} bytes of a table that starts in chunk {@code first} and continues through the chunk
     * headers' next pointers, {@code perChunk} useful bytes per chunk.
     */
    private byte[] chained(long first, long length, int perChunk) throws IOException {
        if (length > fileSize || perChunk <= 0) {
            throw new SpectrumFileException(file, "SFS table of " + length + " bytes exceeds the file.");
        }
        byte[] out = new byte[(int) length];
        long c = first;
        int pos = 0;
        long guard = 0;
        while (pos < length) {
            if (c >= chunkCount || ++guard > chunkCount) {
                throw new SpectrumFileException(file, "SFS table chain is broken (chunk " + c + ").");
            }
            long base = BODY + c * chunkSize;
            int n = (int) Math.min(perChunk, length - pos);
            ByteBuffer data = read(base + 32, n);
            data.get(out, pos, n);
            pos += n;
            if (pos < length) {
                c = read(base, 4).getInt() & 0xFFFFFFFFL;
            }
        }
        return out;
    }

    private ByteBuffer read(long pos, int n) throws IOException {
        if (pos < 0 || pos + n > fileSize) {
            throw new SpectrumFileException(file, "is truncated: needs bytes up to " + (pos + n) + " of a " + fileSize
                    + "-byte file.");
        }
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                throw new EOFException();
            }
        }
        b.flip();
        return b;
    }

    /** @return the paths of all files in the container */
    List<String> paths() {
        return new ArrayList<>(entries.keySet());
    }

    /** @return the entry or null */
    Entry entry(String path) {
        return entries.get(path);
    }

    /** @return the stored bytes of an entry, as a stream (not decompressed) */
    InputStream raw(Entry e) {
        return new InputStream() {
            private long pos;
            private ByteBuffer buf;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (pos >= e.size()) {
                    return -1;
                }
                if (buf == null || !buf.hasRemaining()) {
                    int piece = (int) (pos / usable);
                    int n = (int) Math.min(usable, e.size() - (long) piece * usable);
                    buf = SfsContainer.this.read(BODY + (long) e.chunks()[piece] * chunkSize + 32, n);
                }
                int n = Math.min(len, buf.remaining());
                buf.get(b, off, n);
                pos += n;
                return n;
            }
        };
    }

    /**
     * @return the content of an entry, decompressed if it is AACS/zlib compressed, as a stream
     */
    InputStream open(Entry e) throws IOException {
        InputStream raw = raw(e);
        if (e.size() < 16) {
            return raw(e);
        }
        byte[] head = raw.readNBytes(16);
        if (head.length < 16 || head[0] != 'A' || head[1] != 'A' || head[2] != 'C' || head[3] != 'S') {
            return raw(e);
        }
        ByteBuffer hb = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        long blockSize = hb.getInt(4) & 0xFFFFFFFFL;
        long blocks = hb.getInt(12) & 0xFFFFFFFFL;
        if (blockSize < 1 || blockSize > (64 << 20) || blocks > e.size()) {
            throw new SpectrumFileException(file, "compressed entry '" + e.path() + "' has an implausible header ("
                    + blocks + " blocks of " + blockSize + " bytes).");
        }
        raw.skipNBytes(0x80 - 16);
        return new ZlibBlocks(raw, (int) blockSize, blocks, e.path(), e.size());
    }

    /** Reads a whole entry (decompressed) into memory, refusing more than {@code max} bytes. */
    byte[] readAll(Entry e, int max) throws IOException {
        try (InputStream in = open(e)) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                throw new SpectrumFileException(file, "entry '" + e.path() + "' is larger than " + max + " bytes.");
            }
            return b;
        }
    }

    /** The decompressed content of an AACS entry, one zlib block at a time. */
    private final class ZlibBlocks extends InputStream {
        private final InputStream raw;
        private final byte[] out;
        private final String name;
        private final long storedSize;
        private long blocksLeft;
        private int pos;
        private int len;

        ZlibBlocks(InputStream raw, int blockSize, long blocks, String name, long storedSize) {
            this.raw = raw;
            this.out = new byte[blockSize];
            this.blocksLeft = blocks;
            this.name = name;
            this.storedSize = storedSize;
        }

        @Override
        public int read() throws IOException {
            if (pos >= len && !fill()) {
                return -1;
            }
            return out[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
            if (pos >= len && !fill()) {
                return -1;
            }
            int k = Math.min(n, len - pos);
            System.arraycopy(out, pos, b, off, k);
            pos += k;
            return k;
        }

        private boolean fill() throws IOException {
            if (blocksLeft <= 0) {
                return false;
            }
            blocksLeft--;
            byte[] h = raw.readNBytes(16);
            if (h.length < 16) {
                throw new SpectrumFileException(file, "compressed entry '" + name + "' is truncated.");
            }
            long csize = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
            if (csize > storedSize) {
                throw new SpectrumFileException(file, "compressed block of " + csize + " bytes in '" + name
                        + "' exceeds the entry.");
            }
            byte[] c = raw.readNBytes((int) csize);
            if (c.length < csize) {
                throw new SpectrumFileException(file, "compressed entry '" + name + "' is truncated.");
            }
            Inflater inf = new Inflater();
            try {
                inf.setInput(c);
                int n = 0;
                while (!inf.finished() && n < out.length) {
                    int k = inf.inflate(out, n, out.length - n);
                    if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
                        break;
                    }
                    n += k;
                }
                if (!inf.finished()) {
                    throw new SpectrumFileException(file, "a zlib block of '" + name + "' is damaged or larger than"
                            + " the declared " + out.length + " bytes.");
                }
                len = n;
                pos = 0;
            } catch (DataFormatException ex) {
                throw new SpectrumFileException(file, "a zlib block of '" + name + "' is damaged (" + ex.getMessage()
                        + ").");
            } finally {
                inf.end();
            }
            return len > 0 || fill();
        }
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
