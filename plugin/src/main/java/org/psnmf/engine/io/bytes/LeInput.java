package org.psnmf.engine.io.bytes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.psnmf.engine.io.SpectrumFileException;

/**
 * Buffered little-endian reading from a stream, with an end of data reported as a {@link SpectrumFileException}
 * ("truncated") naming the file and what was being read.
 */
public final class LeInput {

    private final InputStream in;
    private final Path file;
    private final String what;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private long consumed;

    public LeInput(InputStream in, Path file, String what) {
        this.in = in;
        this.file = file;
        this.what = what;
    }

    /** @return bytes consumed so far */
    public long position() {
        return consumed;
    }

    private void need(int n) throws IOException {
        if (len - pos >= n) {
            return;
        }
        System.arraycopy(buf, pos, buf, 0, len - pos);
        len -= pos;
        pos = 0;
        while (len < n) {
            int k = in.read(buf, len, buf.length - len);
            if (k < 0) {
                throw new SpectrumFileException(file, what + " is truncated (ends after " + (consumed + len)
                        + " bytes).");
            }
            len += k;
        }
    }

    public int u8() throws IOException {
        need(1);
        consumed++;
        return buf[pos++] & 0xFF;
    }

    public int u16() throws IOException {
        need(2);
        int v = (buf[pos] & 0xFF) | (buf[pos + 1] & 0xFF) << 8;
        pos += 2;
        consumed += 2;
        return v;
    }

    public long u32() throws IOException {
        need(4);
        long v = (buf[pos] & 0xFFL) | (buf[pos + 1] & 0xFFL) << 8 | (buf[pos + 2] & 0xFFL) << 16
                | (buf[pos + 3] & 0xFFL) << 24;
        pos += 4;
        consumed += 4;
        return v;
    }

    public int i32() throws IOException {
        return (int) u32();
    }

    /** Reads an unsigned little-endian integer of {@code n} (1, 2, 4 or 8) bytes; 8-byte values must fit a long. */
    public long unsigned(int n) throws IOException {
        need(n);
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (buf[pos + i] & 0xFFL);
        }
        pos += n;
        consumed += n;
        if (v < 0) {
            throw new SpectrumFileException(file, what + " holds an implausibly large value.");
        }
        return v;
    }

    public void skip(long n) throws IOException {
        while (n > 0) {
            int k = (int) Math.min(n, buf.length);
            need(k);
            pos += k;
            consumed += k;
            n -= k;
        }
    }
}
