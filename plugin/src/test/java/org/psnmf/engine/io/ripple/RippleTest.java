package org.psnmf.engine.io.ripple;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.DenseSpectrumImage;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.FactoredSpectrumImage;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.testutil.SharedData;
import org.psnmf.testutil.TestImages;

class RippleTest {

    @TempDir
    Path dir;

    @Test
    void roundTrip_everyTypeByteOrderAndLayout_isExact() throws IOException {
        // counts <= 127 so that every type, int8 included, holds them
        SparseSpectrumImage img = TestImages.random(5, 4, 7, 40, 11);
        assertTrue(img.maxCount() <= 127);
        int n = 0;
        for (RawDataType t : RawDataType.values()) {
            for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
                for (RippleWriter.RecordBy rb : RippleWriter.RecordBy.values()) {
                    Path rpl = dir.resolve("img" + (n++) + ".rpl");
                    RippleWriter.write(img, rpl, false, Progress.NONE, new RippleWriter.Options(t, order, rb));
                    assertEquals(img.pixels() * img.channels() * (long) t.bytes(),
                            Files.size(dir.resolve("img" + (n - 1) + ".raw")));
                    SpectrumImage back = Readers.read(rpl, Progress.NONE);
                    String what = t + " " + order + " " + rb;
                    SparseSpectrumImage s = assertInstanceOf(SparseSpectrumImage.class, back, what);
                    assertTrue(TestImages.sameCounts(img, s), what);
                    assertEquals(img.energyAxis(), s.energyAxis(), what);
                }
            }
        }
    }

    @Test
    void defaultWriter_choosesUint16ThenUint32_andKeepsMetadata() throws IOException {
        SparseSpectrumImage img = TestImages.random(6, 3, 50, 30, 2);
        Path rpl = dir.resolve("a.rpl");
        RippleWriter.write(img, rpl, false, Progress.NONE);
        RippleHeader h = RippleHeader.read(rpl);
        assertEquals("unsigned", h.string("data-type", ""));
        assertEquals("2", h.string("data-length", ""));
        SparseSpectrumImage back = (SparseSpectrumImage) RippleReader.readFile(rpl, null);
        assertTrue(TestImages.sameCounts(img, back));
        AcquisitionInfo a = img.info();
        AcquisitionInfo b = back.info();
        assertEquals(a.beamEnergyKv(), b.beamEnergyKv());
        assertEquals(a.liveTimePerPixelS(), b.liveTimePerPixelS());
        assertEquals(a.energyResolutionMnKaEv(), b.energyResolutionMnKaEv());
        assertEquals(a.takeOffAngleDeg(), b.takeOffAngleDeg());
        assertEquals(a.pixelSize(), b.pixelSize());
        assertEquals(a.pixelUnits(), b.pixelUnits());
        assertEquals(a.title(), b.title());

        // one count above 65535 -> uint32
        SparseSpectrumImage.Builder big = new SparseSpectrumImage.Builder(2, 1, new EnergyAxis(3, 0, 0.01), null);
        big.setRowDense(0, new int[] {0, 70000, 1, 2, 0, 0});
        Path rpl2 = dir.resolve("big.rpl");
        RippleWriter.write(big.build(), rpl2, false, Progress.NONE);
        assertEquals("4", RippleHeader.read(rpl2).string("data-length", ""));
        assertArrayEquals(new double[] {0, 70000, 1}, RippleReader.readFile(rpl2, null).spectrum(0, 0));
    }

    @Test
    void header_hasHyperSpyKeysSortedAndTabSeparated() throws IOException {
        Path rpl = dir.resolve("h.rpl");
        RippleWriter.write(TestImages.random(4, 3, 20, 10, 1), rpl, false, Progress.NONE);
        List<String> lines = Files.readAllLines(rpl, StandardCharsets.ISO_8859_1);
        assertTrue(lines.get(0).startsWith(";"));
        assertFalse(lines.get(0).contains("("), "a '(' on line 1 makes HyperSpy parse the header as INCA's variant");
        assertEquals("key\tvalue", lines.get(1));
        List<String> keys = new ArrayList<>();
        for (String l : lines.subList(2, lines.size())) {
            assertEquals(2, l.split("\t", -1).length, l);
            keys.add(l.split("\t")[0]);
        }
        List<String> sorted = new ArrayList<>(keys);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, keys, "HyperSpy writes the keys sorted");
        for (String k : List.of("width", "height", "depth", "offset", "data-type", "data-length", "byte-order",
                "record-by", "signal", "title", "ev-per-chan", "depth-scale", "depth-origin", "depth-units",
                "depth-name", "beam-energy", "live-time", "detector-peak-width-ev", "elevation-angle", "width-scale",
                "width-units", "height-scale")) {
            assertTrue(keys.contains(k), k);
        }
        RippleHeader h = RippleHeader.read(rpl);
        assertEquals("keV", h.string("depth-units", ""));
        assertEquals(0.01, h.number("depth-scale"));
        assertEquals(-0.2, h.number("depth-origin"));
        assertEquals(10.0, h.number("ev-per-chan"), 1e-9);
        assertEquals("EDS_TEM", h.string("signal", ""));
        assertEquals("0", h.string("offset", ""));
    }

    @Test
    void modelData_writtenAsFloat32_readsAsDenseModel() throws IOException {
        EnergyAxis axis = new EnergyAxis(8, 0.1, 0.02);
        double[][] spectra = {{0.5, 1.25, 0, 3, 2, 1, 0, 0.125}, {1, 0, 0.75, 0, 0, 2.5, 1, 0}};
        double[][] maps = {{1, 0.5, 0.25, 0, 2, 1}, {0, 0.5, 1, 1, 0.5, 0.25}};
        FactoredSpectrumImage model = new FactoredSpectrumImage(3, 2, axis, AcquisitionInfo.UNKNOWN, spectra, maps);
        Path rpl = dir.resolve("m.rpl");
        RippleWriter.write(model, rpl, false, Progress.NONE);
        assertEquals("float", RippleHeader.read(rpl).string("data-type", ""));
        SpectrumImage back = Readers.read(rpl, null);
        assertInstanceOf(DenseSpectrumImage.class, back);
        assertFalse(back.isCounts());
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                // all values are sums of products of dyadic fractions: exact in float32
                assertArrayEquals(model.spectrum(x, y), back.spectrum(x, y), 0.0);
            }
        }
    }

    @Test
    void hyperSpyWrittenFile_readsWithExpectedValuesAndAxes() throws IOException {
        Path rpl = SharedData.require("formats/test_ripple_sdim-1_ndim-2_uint16_meta.rpl");
        SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(rpl, null);
        // expected.json: shape (2, 3, 4) = (height, width, channels), total 276, axis 3: offset 1.5, scale 300 eV
        assertEquals(3, img.width());
        assertEquals(2, img.height());
        assertEquals(4, img.channels());
        assertEquals(276, img.totalCountsExact());
        assertEquals(0.0015, img.energyAxis().offsetKeV(), 1e-15);
        assertEquals(0.3, img.energyAxis().scaleKeV(), 1e-15);
        assertArrayEquals(new double[] {60, 66, 72, 78}, img.sumSpectrum());
        assertArrayEquals(new double[] {0, 1, 2, 3}, img.spectrum(0, 0));
        assertArrayEquals(new double[] {20, 21, 22, 23}, img.spectrum(2, 1));
        assertEquals(100.0, img.info().beamEnergyKv());
        assertEquals("Test title", img.info().title());
        assertEquals(200.0, img.info().pixelSize(), "width-scale (axis 2, size 3)");
        assertEquals("m", img.info().pixelUnits());
        assertEquals("uint16", new RippleReader().originalMetadata(rpl).get("dtype"));
    }

    @Test
    void singleSpectrumDontCare_andOneChannelImage_read() throws IOException {
        Path rpl = rawPair("s", "width\t1\nheight\t1\ndepth\t3\ndata-type\tunsigned\ndata-length\t1\n"
                + "byte-order\tdont-care\nrecord-by\tdont-care\nev-per-chan\t20\n", new byte[] {4, 0, 9});
        SpectrumImage s = Readers.read(rpl, null);
        assertEquals(1, s.pixels());
        assertArrayEquals(new double[] {4, 0, 9}, s.spectrum(0, 0));
        assertEquals(0.02, s.energyAxis().scaleKeV(), 1e-15);

        Path one = rawPair("one", "width\t2\nheight\t2\ndepth\t1\ndata-type\tunsigned\ndata-length\t1\n"
                + "record-by\tdont-care\nev-per-chan\t10\n", new byte[] {1, 2, 3, 4});
        assertArrayEquals(new double[] {1, 2, 3, 4}, Readers.read(one, null).totalMap());
    }

    @Test
    void writer_refusesOverwrite_andLeavesNothingOnCancel() throws IOException {
        SparseSpectrumImage img = TestImages.random(8, 6, 30, 20, 3);
        Path rpl = dir.resolve("x.rpl");
        RippleWriter.write(img, rpl, false, null);
        byte[] before = Files.readAllBytes(dir.resolve("x.raw"));
        SpectrumFileException e = assertThrows(SpectrumFileException.class,
                () -> RippleWriter.write(TestImages.random(8, 6, 30, 20, 4), rpl, false, null));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("x.raw")));
        RippleWriter.write(TestImages.random(8, 6, 30, 20, 4), rpl, true, null);
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("x.raw"))));

        Path sub = Files.createDirectory(dir.resolve("cancel"));
        Progress cancelAfterTwoRows = new Progress() {
            int reports;

            @Override
            public void report(double fraction, Supplier<String> message) {
                reports++;
            }

            @Override
            public boolean isCancelled() {
                return reports >= 2;
            }
        };
        assertThrows(CancelledException.class,
                () -> RippleWriter.write(img, sub.resolve("c.rpl"), false, cancelAfterTwoRows));
        try (Stream<Path> files = Files.list(sub)) {
            assertEquals(List.of(), files.toList(), "no target and no temporary file may remain");
        }
    }

    @Test
    void reading_isCancellable() throws IOException {
        Path rpl = dir.resolve("big.rpl");
        RippleWriter.write(TestImages.random(40, 30, 50, 5, 9), rpl, false, null);
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction, Supplier<String> message) {
                // not shown
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> Readers.read(rpl, cancelled));
    }

    @Test
    void detection_byContent() throws IOException {
        Path rpl = dir.resolve("d.rpl");
        RippleWriter.write(TestImages.random(2, 2, 5, 3, 1), rpl, false, null);
        Path renamed = Files.copy(rpl, dir.resolve("header.txt"));
        assertEquals(new RippleReader().formatName(), Readers.detect(renamed).formatName());
        assertFalse(new RippleReader().canRead(dir.resolve("d.raw"), Files.readAllBytes(dir.resolve("d.raw"))));
    }

    // ------------------------------------------------------------------------------------------ malformed files

    private static final String GOOD = "width\t2\nheight\t2\ndepth\t3\noffset\t0\ndata-type\tunsigned\ndata-length\t2\n"
            + "byte-order\tlittle-endian\nrecord-by\tvector\nev-per-chan\t10\n";

    private Path rawPair(String name, String header, byte[] raw) throws IOException {
        Path rpl = dir.resolve(name + ".rpl");
        Files.writeString(rpl, header, StandardCharsets.ISO_8859_1);
        if (raw != null) {
            Files.write(dir.resolve(name + ".raw"), raw);
        }
        return rpl;
    }

    private static byte[] uint16(int... v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int x : v) {
            b.putShort((short) x);
        }
        return b.array();
    }

    private void assertBad(Path rpl, String... fragments) {
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> new RippleReader().read(rpl, null));
        String m = e.getMessage();
        assertEquals(1, m.lines().count(), m);
        assertTrue(m.startsWith("'" + rpl.getFileName().toString().replace(".rpl", "")), m);
        for (String f : fragments) {
            assertTrue(m.contains(f), "'" + f + "' not in: " + m);
        }
    }

    @Test
    void malformed_eachGivesOneClearLine() throws IOException {
        byte[] ok = uint16(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        // sanity: the good pair reads
        assertEquals(78, Readers.read(rawPair("good", GOOD, ok), null).totalCounts());

        assertBad(rawPair("trunc", GOOD, java.util.Arrays.copyOf(ok, 20)), "truncated", "24 bytes", "20 bytes");
        assertBad(rawPair("long", GOOD, java.util.Arrays.copyOf(ok, 30)), "30 bytes", "do not match");
        assertBad(rawPair("type", GOOD.replace("unsigned", "complex"), ok), "data-type 'complex'");
        assertBad(rawPair("len", GOOD.replace("data-length\t2", "data-length\t3"), ok), "data-length 3");
        assertBad(rawPair("flen", GOOD.replace("unsigned", "float"), ok), "data-length 2", "float");
        assertBad(rawPair("nowidth", GOOD.replace("width\t2\n", ""), ok), "no 'width'");
        assertBad(rawPair("nonnum", GOOD.replace("height\t2", "height\ttwo"), ok), "'height'", "'two'");
        assertBad(rawPair("zero", GOOD.replace("depth\t3", "depth\t0"), ok), "'depth'", "positive");
        assertBad(rawPair("noraw", GOOD, null), "noraw.raw", "missing");
        assertBad(rawPair("order", GOOD.replace("little-endian", "middle-endian"), ok), "byte-order");
        assertBad(rawPair("recby", GOOD.replace("record-by\tvector", "record-by\tpixel"), ok), "record-by 'pixel'");
        assertBad(rawPair("nocal", GOOD.replace("ev-per-chan\t10\n", ""), ok), "no energy calibration");
        assertBad(rawPair("ambig", GOOD.replace("record-by\tvector", "record-by\tdont-care"), ok), "ambiguous");
        assertBad(rawPair("neg", GOOD.replace("unsigned", "signed"), uint16(1, 2, 3, 4, -5, 6, 7, 8, 9, 10, 11, 12)),
                "negative count -5", "x=1, y=0, channel 1");
        ByteBuffer nan = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 12; i++) {
            nan.putFloat(i == 7 ? Float.NaN : i);
        }
        assertBad(rawPair("nan", GOOD.replace("unsigned", "float").replace("data-length\t2", "data-length\t4"),
                nan.array()), "NaN", "x=0, y=1, channel 1");
        assertBad(rawPair("empty", ";only a comment\n", ok), "no RIPPLE header keys");
    }

    @Test
    void incaStyleHeader_reads() throws IOException {
        Path rpl = rawPair("inca", "(MLX::RIPPLE header written by INCA)\n(MLX::width : 2)\n(MLX::height : 2)\n"
                + "(MLX::depth : 3)\n(MLX::offset : 0)\n(MLX::data-Length : 2)\n(MLX::data-type : unsigned)\n"
                + "(MLX::byte-order : little-endian)\n(MLX::record-by : vector)\n(MLX::ev-per-chan : 10)\n",
                uint16(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        SpectrumImage s = new RippleReader().read(rpl, null);
        assertArrayEquals(new double[] {10, 11, 12}, s.spectrum(1, 1));
        assertEquals(0.01, s.energyAxis().scaleKeV(), 1e-15);
    }

    @Test
    void floatCounts_readAsCounts_nonIntegerFloats_asModel() throws IOException {
        String f32 = GOOD.replace("unsigned", "float").replace("data-length\t2", "data-length\t4");
        ByteBuffer ints = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer frac = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 12; i++) {
            ints.putFloat(i);
            frac.putFloat(i - 0.5f);
        }
        SpectrumImage a = Readers.read(rawPair("fi", f32, ints.array()), null);
        assertTrue(a.isCounts());
        assertEquals(66, a.totalCounts());
        SpectrumImage b = Readers.read(rawPair("ff", f32, frac.array()), null);
        assertFalse(b.isCounts());
        assertArrayEquals(new double[] {8.5, 9.5, 10.5}, b.spectrum(1, 1));
    }

    /** A self-consistent but huge file: the header matches a 16 GiB (sparse, all-zero) .raw. */
    @Test
    void hugeButConsistentFile_isRefusedAtOnceWithTheMemoryAdvice(@TempDir Path dir) throws Exception {
        Path rpl = dir.resolve("huge.rpl");
        Files.writeString(rpl, "width 65536\nheight 65536\ndepth 2\ndata-type unsigned\ndata-length 2\n"
                + "byte-order little-endian\nrecord-by vector\nev-per-chan 10\n", StandardCharsets.ISO_8859_1);
        try (java.io.RandomAccessFile raw = new java.io.RandomAccessFile(dir.resolve("huge.raw").toFile(), "rw")) {
            raw.setLength(65536L * 65536 * 2 * 2); // a sparse file: no disk space is used
        }
        long t0 = System.nanoTime();
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> Readers.read(rpl, Progress.NONE));
        // 16 GiB of row pointers exceed the test heap (-Xmx3g): refused from the header, before any allocation
        assertTrue((System.nanoTime() - t0) / 1e9 < 5, "refused in " + (System.nanoTime() - t0) / 1e9 + " s");
        org.psnmf.engine.io.MemoryBudgetTest.assertMemoryMessage(rpl, e);
    }

    @Test
    void overflowingHeader_isAClearRefusalNotANegativeSize(@TempDir Path dir) throws Exception {
        Path rpl = dir.resolve("over.rpl");
        // the data start so far into the .raw file that offset + size overflows a long
        Files.writeString(rpl, "width 4096\nheight 2147483647\ndepth 65536\ndata-type unsigned\ndata-length 1\n"
                + "offset 9223372036854775000\nev-per-chan 10\n", StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("over.raw"), new byte[16]);
        String m = assertThrows(SpectrumFileException.class, () -> Readers.read(rpl, Progress.NONE)).getMessage();
        assertTrue(m.startsWith("'over.rpl': ") && m.contains("overflows") && !m.matches(".*-[0-9].*"), m);
    }
}
