package org.psnmf.knime.port;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.psnmf.engine.data.DenseSpectrumImage;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.progress.Progress;

/**
 * The on-disk payload of a Spectrum Image port (the file in KNIME's file store): a small binary format of our own,
 * big-endian ({@link DataOutputStream}).
 *
 * <pre>
 * magic "PSNMFSI1", kind byte (1 = sparse counts, 2 = factored model, 3 = dense model), spec properties
 * (length-prefixed UTF-8 text), then
 * counts: per row y: int nnz, int[width+1] pointers, char[nnz] channels, int[nnz] counts
 * factored: int k, then k x double[channels] spectra, then k x double[width*height] maps
 * dense:  per row y: double[width*channels] (pixel-major)
 * </pre>
 *
 * Sparse counts cost about 6 bytes per non-zero, as in memory. Metadata ride along so that the file alone is enough.
 */
public final class SpectrumImageFiles {

    private static final byte[] MAGIC = {'P', 'S', 'N', 'M', 'F', 'S', 'I', '1'};
    private static final int SPARSE = 1;
    private static final int FACTORED = 2;
    private static final int DENSE = 3;

    private SpectrumImageFiles() {
    }

    /**
     * Writes {@code image} to {@code file} (replacing it).
     *
     * @throws IllegalArgumentException for a SpectrumImage type this format cannot hold
     */
    public static void write(SpectrumImage image, Path file, Progress progress) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                1 << 16))) {
            out.write(MAGIC);
            byte[] spec = SpectrumImageSpec.of(image).toProps().toBytes();
            if (image instanceof SparseSpectrumImage s) {
                out.writeByte(SPARSE);
                out.writeInt(spec.length);
                out.write(spec);
                SparseSpectrumImage.Cursor c = s.cursor();
                for (int y = 0; y < s.height(); y++) {
                    if ((y & 15) == 0) {
                        progress.checkCancelled();
                    }
                    // the row's compressed-sparse-row arrays: non-zero count, pixel offsets, channels, counts
                    int w = s.width();
                    int nnz = 0;
                    for (int x = 0; x < w; x++) {
                        nnz += s.nnz(x, y);
                    }
                    out.writeInt(nnz);
                    out.writeInt(0);
                    for (int x = 0, offset = 0; x < w; x++) {
                        offset += s.nnz(x, y);
                        out.writeInt(offset);
                    }
                    for (int x = 0; x < w; x++) {
                        for (int i = 0, n = c.moveTo(x, y); i < n; i++) {
                            out.writeChar(c.channel(i));
                        }
                    }
                    for (int x = 0; x < w; x++) {
                        for (int i = 0, n = c.moveTo(x, y); i < n; i++) {
                            out.writeInt(c.count(i));
                        }
                    }
                }
            } else if (image instanceof FactoredSpectrumImage f) {
                out.writeByte(FACTORED);
                out.writeInt(spec.length);
                out.write(spec);
                out.writeInt(f.components());
                for (int k = 0; k < f.components(); k++) {
                    for (double v : f.spectrum(k)) {
                        out.writeDouble(v);
                    }
                }
                for (int k = 0; k < f.components(); k++) {
                    progress.checkCancelled();
                    for (double v : f.map(k)) {
                        out.writeDouble(v);
                    }
                }
            } else if (image instanceof DenseSpectrumImage d) {
                out.writeByte(DENSE);
                out.writeInt(spec.length);
                out.write(spec);
                for (int y = 0; y < d.height(); y++) {
                    if ((y & 15) == 0) {
                        progress.checkCancelled();
                    }
                    for (double v : d.row(y)) {
                        out.writeDouble(v);
                    }
                }
            } else {
                throw new IllegalArgumentException("Cannot store a " + image.getClass().getSimpleName()
                        + " in a Spectrum Image port.");
            }
        }
    }

    /**
     * Reads a file written by {@link #write}.
     *
     * @throws IOException naming the file if it is not such a file or is truncated
     */
    public static SpectrumImage read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not a PSNMF spectrum-image store (bad magic).");
            }
            int kind = in.readByte();
            byte[] specBytes = new byte[in.readInt()];
            in.readFully(specBytes);
            SpectrumImageSpec spec = SpectrumImageSpec.fromProps(Props.fromBytes(specBytes));
            int w = spec.width();
            int h = spec.height();
            if (kind == SPARSE) {
                SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(w, h, spec.energyAxis(), spec.info());
                for (int y = 0; y < h; y++) {
                    int nnz = in.readInt();
                    int[] ptr = new int[w + 1];
                    for (int i = 0; i <= w; i++) {
                        ptr[i] = in.readInt();
                    }
                    char[] ch = new char[nnz];
                    for (int i = 0; i < nnz; i++) {
                        ch[i] = in.readChar();
                    }
                    int[] cnt = new int[nnz];
                    for (int i = 0; i < nnz; i++) {
                        cnt[i] = in.readInt();
                    }
                    b.setRowSparse(y, ptr, ch, cnt);
                }
                return b.build();
            } else if (kind == FACTORED) {
                int k = in.readInt();
                int c = spec.energyAxis().channels();
                double[][] spectra = new double[k][c];
                double[][] maps = new double[k][w * h];
                for (double[] s : spectra) {
                    for (int i = 0; i < c; i++) {
                        s[i] = in.readDouble();
                    }
                }
                for (double[] m : maps) {
                    for (int i = 0; i < m.length; i++) {
                        m[i] = in.readDouble();
                    }
                }
                return new FactoredSpectrumImage(w, h, spec.energyAxis(), spec.info(), spectra, maps);
            } else if (kind == DENSE) {
                int n = w * spec.energyAxis().channels();
                double[][] rows = new double[h][n];
                for (double[] r : rows) {
                    for (int i = 0; i < n; i++) {
                        r[i] = in.readDouble();
                    }
                }
                return new DenseSpectrumImage(w, h, spec.energyAxis(), spec.info(), rows);
            }
            throw new IOException(file + ": unknown spectrum-image store kind " + kind + ".");
        } catch (EOFException e) {
            throw new IOException(file + " is truncated (spectrum-image store ends early).", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " holds invalid data: " + e.getMessage(), e);
        }
    }
}
