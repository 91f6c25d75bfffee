package org.psnmf.knime.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.filestore.FileStore;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortUtil;
import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.DenseSpectrumImage;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.testing.CancelAfter;
import org.psnmf.knime.testing.Phantoms;
import org.psnmf.testutil.TestImages;

/** Port objects and specs survive their serializers (through zip streams) and the file-store payload format. */
class PortObjectsTest {

    private static final AcquisitionInfo INFO = new AcquisitionInfo(200, 0.02, 128.5, Double.NaN, 2.5, "nm",
            List.of("Fe", "Ca"), "title with = and : and ünïcode", "/data/x.rpl");

    @Test
    void spectrumImageSpec_roundTripsThroughZipStreams() throws IOException {
        SpectrumImageSpec spec = new SpectrumImageSpec(180, 120, new EnergyAxis(2048, -0.2, 0.01), INFO, true, 0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // KNIME writes its own entries around ours: put one first to check we find ours anyway
        try (PortObjectSpecZipOutputStream out = PortUtil.getPortObjectSpecZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("portSpec.file"));
            out.closeEntry();
            new SpectrumImageSpec.Serializer().savePortObjectSpec(spec, out);
        }
        SpectrumImageSpec back = new SpectrumImageSpec.Serializer()
                .loadPortObjectSpec(PortUtil.getPortObjectSpecZipInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(spec, back);
        assertTrue(Double.isNaN(back.info().takeOffAngleDeg()));
        assertEquals(INFO.title(), back.info().title());
        assertEquals(List.of("Fe", "Ca"), back.info().elements());
    }

    @Test
    void decompositionSpec_roundTripsThroughZipStreams() throws IOException {
        DecompositionSpec spec = new DecompositionSpec(3, 40, 30, new EnergyAxis(100, 0, 0.1), INFO,
                List.of("Brg", "Fp", "CaPv"), "PSNMF");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortObjectSpecZipOutputStream out = PortUtil.getPortObjectSpecZipOutputStream(bytes)) {
            new DecompositionSpec.Serializer().savePortObjectSpec(spec, out);
        }
        assertEquals(spec, new DecompositionSpec.Serializer()
                .loadPortObjectSpec(PortUtil.getPortObjectSpecZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
    }

    @Test
    void decompositionPortObject_roundTripsSpectraMapsAndProvenance() throws Exception {
        Decomposition d = Phantoms.twoPhase(12, 9, 80, 3).truth();
        d = new Decomposition(d.width(), d.height(), d.axis(), INFO, d.names(), d.spectra(), d.maps(), "NMF",
                Map.of("k", "2", "seed", "7", "objective", "1.25e4"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = PortUtil.getPortObjectZipOutputStream(bytes)) {
            new DecompositionPortObject.Serializer().savePortObject(new DecompositionPortObject(d), out,
                    new ExecutionMonitor());
        }
        DecompositionPortObject back = new DecompositionPortObject.Serializer().loadPortObject(
                PortUtil.getPortObjectZipInputStream(new ByteArrayInputStream(bytes.toByteArray())), null,
                new ExecutionMonitor());
        Decomposition b = back.decomposition();
        assertEquals(d.spec(), b.spec());
        assertEquals(d.provenance(), b.provenance());
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(d.spectra()[k], b.spectra()[k], 0.0); // binary doubles: exact
            assertArrayEquals(d.maps()[k], b.maps()[k], 0.0);
        }
    }

    @Test
    void decomposition_rejectsInconsistentShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Decomposition(4, 4, new EnergyAxis(10, 0, 1), null, List.of("a"), new double[][] {new double[10]},
                        new double[][] {new double[15]}, "x", null));
        assertTrue(e.getMessage().contains("map has 15 pixels"), e.getMessage());
    }

    @Test
    void fileStorePayload_roundTripsSparseCountsExactly(@TempDir Path dir) throws IOException {
        SparseSpectrumImage img = TestImages.random(17, 11, 300, 60, 5).withInfo(INFO);
        Path f = dir.resolve("si.bin");
        SpectrumImageFiles.write(img, f, Progress.NONE);
        SpectrumImage back = SpectrumImageFiles.read(f);
        SparseSpectrumImage s = assertInstanceOf(SparseSpectrumImage.class, back);
        assertTrue(TestImages.sameCounts(img, s));
        assertEquals(img.energyAxis(), s.energyAxis());
        assertEquals(INFO, s.info());
    }

    @Test
    void fileStorePayload_roundTripsFactoredAndDenseModels(@TempDir Path dir) throws IOException {
        Decomposition d = Phantoms.twoPhase(8, 5, 50, 1).truth();
        FactoredSpectrumImage model = d.toImage();
        Path f = dir.resolve("model.bin");
        SpectrumImageFiles.write(model, f, Progress.NONE);
        FactoredSpectrumImage back = assertInstanceOf(FactoredSpectrumImage.class, SpectrumImageFiles.read(f));
        assertEquals(2, back.components());
        assertArrayEquals(model.spectrum(1), back.spectrum(1), 0.0);
        assertArrayEquals(model.map(0), back.map(0), 0.0);

        double[][] rows = {{1.5, 2, 3, 4, 5, 6}, {0, 0, 0.25, 1, 1, 1}};
        DenseSpectrumImage dense = new DenseSpectrumImage(2, 2, new EnergyAxis(3, 0, 1), INFO, rows);
        SpectrumImageFiles.write(dense, f, Progress.NONE);
        DenseSpectrumImage db = assertInstanceOf(DenseSpectrumImage.class, SpectrumImageFiles.read(f));
        assertArrayEquals(rows[1], db.row(1), 0.0);
    }

    @Test
    void fileStorePayload_truncatedOrForeignFile_givesClearError(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("si.bin");
        SpectrumImageFiles.write(TestImages.random(10, 10, 100, 40, 2), f, Progress.NONE);
        byte[] all = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
        IOException e = assertThrows(IOException.class, () -> SpectrumImageFiles.read(f));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        Files.writeString(f, "not a store at all");
        e = assertThrows(IOException.class, () -> SpectrumImageFiles.read(f));
        assertTrue(e.getMessage().contains("not a PSNMF spectrum-image store"), e.getMessage());
    }

    @Test
    void fileStorePayload_writeStopsOnCancel(@TempDir Path dir) {
        assertThrows(CancelledException.class, () -> SpectrumImageFiles.write(TestImages.random(40, 40, 50, 10, 2),
                dir.resolve("x.bin"), new CancelAfter(1)));
    }

    @Test
    void spectrumImagePortObject_readsItsFileStoreBack_andSerializesItsSpec(@TempDir Path dir) throws Exception {
        FileStore fs = stubFileStore(dir.resolve("fs.bin").toFile());
        SparseSpectrumImage img = TestImages.random(9, 7, 64, 30, 11);
        SpectrumImagePortObject po = SpectrumImagePortObject.create(img, fs, Progress.NONE);
        assertEquals(SpectrumImageSpec.of(img), po.getSpec());
        // a fresh object on the same file store (as after loading a saved workflow) reads the file
        SpectrumImagePortObject reloaded = new SpectrumImagePortObject(po.getSpec(), fs, null);
        assertTrue(TestImages.sameCounts(img, (SparseSpectrumImage) reloaded.image()));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = PortUtil.getPortObjectZipOutputStream(bytes)) {
            new SpectrumImagePortObject.Serializer().savePortObject(po, out, new ExecutionMonitor());
        }
        SpectrumImagePortObject back = new SpectrumImagePortObject.Serializer().loadPortObject(
                PortUtil.getPortObjectZipInputStream(new ByteArrayInputStream(bytes.toByteArray())), null,
                new ExecutionMonitor());
        assertEquals(po.getSpec(), back.getSpec());
        assertTrue(back.getSummary().startsWith("9 x 7 px x 64 ch"), back.getSummary());
    }

    @Test
    void serializers_failClearlyOnForeignZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("something-else"));
            out.write(1);
            out.closeEntry();
        }
        IOException e = assertThrows(IOException.class, () -> new DecompositionSpec.Serializer()
                .loadPortObjectSpec(PortUtil.getPortObjectSpecZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
        assertTrue(e.getMessage().contains(DecompositionSpec.ENTRY), e.getMessage());
    }

    /** The stub's FileStore has a package-private (File) constructor; the real KNIME class has none (skip then). */
    static FileStore stubFileStore(File f) throws Exception {
        Constructor<FileStore> c;
        try {
            c = FileStore.class.getDeclaredConstructor(File.class);
        } catch (NoSuchMethodException e) {
            Assumptions.abort("runs only against the KNIME API stub");
            throw e;
        }
        c.setAccessible(true);
        return c.newInstance(f);
    }
}
