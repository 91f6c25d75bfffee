package org.psnmf.engine.io.hspy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.psnmf.engine.io.ReaderContract;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.io.hdf5.Hdf5Fixtures;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/**
 * The reader contract for HyperSpy files, on files written here with jHDF in HyperSpy's layout (file format 3.x:
 * {@code Experiments/<title>/data}, {@code axis-i} groups, a metadata tree).
 */
class HspyContractTest extends ReaderContract {

    @Override
    protected SpectrumImageReader reader() {
        return new HspyReader();
    }

    /** Writes a HyperSpy-structured file of {@code data} ([height][width][channels]); {@code extra} adds metadata. */
    static Path write(Path f, Object data, int[] shape, java.util.function.Consumer<WritableGroup> extra)
            throws Exception {
        Files.createDirectories(f.getParent());
        try (WritableHdfFile h = HdfFile.write(f)) {
            // jHDF 0.13's writer misplaces the object headers of groups without children, so every group here holds
            // a small "note" data set (which the reader ignores), and no attributes: the reader's defaults (last axis
            // = signal, scale 1 = 1 eV) describe the file
            WritableGroup e = h.putGroup("Experiments").putGroup("EDS");
            e.putDataset("data", data);
            for (int i = 0; i < shape.length; i++) {
                note(e.putGroup("axis-" + i));
            }
            WritableGroup md = e.putGroup("metadata");
            note(md.putGroup("General"));
            if (extra != null) {
                extra.accept(md);
            }
        }
        return f;
    }

    private static WritableGroup note(WritableGroup g) {
        g.putDataset("note", new int[] {1});
        return g;
    }

    private static int[][][] cube(int h, int w, int c, double special) {
        int[][][] d = new int[h][w][c];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int k = 0; k < c; k++) {
                    d[y][x][k] = (y * 7 + x * 3 + k) % 4;
                }
            }
        }
        return d;
    }

    @Override
    protected Path writeValid(Path into) throws Exception {
        return write(into.resolve("valid.hspy"), cube(5, 7, 32, 0), new int[] {5, 7, 32}, null);
    }

    @Override
    protected int hotBytes() {
        return 2048;
    }

    /** 50000 x 50000 pixels x 2048 channels declared by the data set's dataspace (the data are a few bytes). */
    @Override
    protected Path writeSizeBomb(Path into) throws Exception {
        Path f = write(into.resolve("bomb.hspy"), cube(2, 2, 8, 0), new int[] {2, 2, 8}, null);
        Hdf5Fixtures.redimension(f, "Experiments/EDS/data", 50000, 50000, 2048);
        return f;
    }

    @Override
    protected Path writeWithValue(Path into, double value) throws Exception {
        float[][][] d = new float[2][3][8];
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                for (int k = 0; k < 8; k++) {
                    d[y][x][k] = (y + x + k) % 3;
                }
            }
        }
        d[1][2][5] = (float) value;
        return write(into.resolve("value.hspy"), d, new int[] {2, 3, 8}, null);
    }

    /** {@code metadata/Sample/loop} links back to {@code metadata}. */
    @Override
    protected Path writeLinkCycle(Path into) throws Exception {
        Path f = write(into.resolve("cycle.hspy"), cube(2, 2, 8, 0), new int[] {2, 2, 8},
                md -> note(md.putGroup("Sample").putGroup("loop")));
        Hdf5Fixtures.relink(f, "Experiments/EDS/metadata/Sample/loop", "Experiments/EDS/metadata");
        return f;
    }

    /**
     * Nesting depth of the deep fixture: beyond {@link org.psnmf.engine.io.hdf5.Hdf5Files#MAX_DEPTH}, so it meets the
     * same refusal as 3000 levels would, which jHDF's writer needs ~10 s to write (it is quadratic in depth).
     */
    private static final int DEEP = org.psnmf.engine.io.hdf5.Hdf5Files.MAX_DEPTH + 44;

    @Override
    protected Path writeDeepGroups(Path into) throws Exception {
        Path[] out = new Path[1];
        Exception[] failed = new Exception[1];
        // jHDF writes groups recursively: give its writer thread a large stack
        Thread t = new Thread(null, () -> {
            try {
                out[0] = write(into.resolve("deep.hspy"), cube(2, 2, 8, 0), new int[] {2, 2, 8},
                        md -> note(Hdf5Fixtures.nest(md, "g", DEEP)));
            } catch (Exception e) {
                failed[0] = e;
            }
        }, "deep-writer", 256L << 20);
        t.start();
        t.join();
        if (failed[0] != null) {
            throw failed[0];
        }
        return out[0];
    }
}
