package org.psnmf.knime.nodes.reader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.ripple.RippleWriter;
import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.testing.CancelAfter;
import org.psnmf.knime.testing.Phantoms;

class ReaderRunnerTest {

    private static Path writePhantom(Path dir) throws Exception {
        Path rpl = dir.resolve("phantom.rpl");
        RippleWriter.write(Phantoms.twoPhase(12, 8, 120, 4).image(), rpl, false, Progress.NONE);
        return rpl;
    }

    @Test
    void reads_withFileAxis_andSumSpectrumTable(@TempDir Path dir) throws Exception {
        Path rpl = writePhantom(dir);
        ReaderRunner.Result r = ReaderRunner.run(new ReaderSettings(), rpl, Progress.NONE);
        assertEquals(12, r.image().width());
        assertEquals(8, r.image().height());
        assertEquals(Phantoms.AXIS.channels(), r.image().channels());
        assertEquals(Phantoms.AXIS.scaleKeV(), r.image().energyAxis().scaleKeV(), 1e-9);
        assertTrue(r.image().isCounts());
        assertEquals(Phantoms.AXIS.channels(), r.sumSpectrum().size());
        assertArrayEquals(r.image().sumSpectrum(), r.sumSpectrum().doubles("counts"), 0.0);
        assertArrayEquals(r.image().energyAxis().energies(), r.sumSpectrum().doubles("energy_keV"), 1e-12);
        assertEquals(ReaderRunner.sumSpectrumColumns(), r.sumSpectrum().columns());
    }

    @Test
    void overridesAxis_thenCropsByEnergy(@TempDir Path dir) throws Exception {
        Path rpl = writePhantom(dir);
        ReaderSettings s = new ReaderSettings();
        s.set(ReaderSettings.OVERRIDE_AXIS, true).set(ReaderSettings.OFFSET, -0.1).set(ReaderSettings.SCALE, 0.01);
        s.set(ReaderSettings.CROP, true).set(ReaderSettings.CROP_FROM, 0.2).set(ReaderSettings.CROP_TO, 3.0);
        ReaderRunner.Result r = ReaderRunner.run(s, rpl, Progress.NONE);
        // channel c is at -0.1 + 0.01 c: 0.2 keV is channel 30, 3.0 keV channel 310 (both kept)
        assertEquals(new EnergyAxis(281, 0.2, 0.01).channels(), r.image().channels());
        assertEquals(0.2, r.image().energyAxis().offsetKeV(), 1e-9);
        SparseSpectrumImage full = (SparseSpectrumImage) ReaderRunner.run(new ReaderSettings(), rpl, Progress.NONE)
                .image();
        double kept = 0;
        double[] sum = full.sumSpectrum();
        for (int c = 30; c <= 310; c++) {
            kept += sum[c];
        }
        assertEquals(kept, r.image().totalCounts(), 0.0); // cropping keeps the counts of kept channels exactly
    }

    @Test
    void configureSpec_fromHeader_equalsTheExecutedImage(@TempDir Path dir) throws Exception {
        Path rpl = writePhantom(dir);
        for (boolean crop : new boolean[] {false, true}) {
            ReaderSettings s = new ReaderSettings();
            s.set(ReaderSettings.OVERRIDE_AXIS, true).set(ReaderSettings.OFFSET, -0.1).set(ReaderSettings.SCALE, 0.01);
            s.set(ReaderSettings.CROP, crop).set(ReaderSettings.CROP_FROM, 0.2).set(ReaderSettings.CROP_TO, 3.0);
            SpectrumImageSpec atConfigure = ReaderRunner.configureSpec(s, rpl).orElseThrow();
            SpectrumImageSpec executed = SpectrumImageSpec.of(ReaderRunner.run(s, rpl, Progress.NONE).image());
            assertEquals(executed.width(), atConfigure.width());
            assertEquals(executed.height(), atConfigure.height());
            assertEquals(executed.energyAxis(), atConfigure.energyAxis());
            assertEquals(executed.info(), atConfigure.info());
            assertEquals(executed.isCounts(), atConfigure.isCounts());
        }
    }

    @Test
    void configureSpec_isUnknownForFloatRipple_andFailsForABadHeader(@TempDir Path dir) throws Exception {
        // float data are counts only if every value is an integer: the header cannot tell
        var model = new org.psnmf.engine.data.FactoredSpectrumImage(4, 3, Phantoms.AXIS, null,
                new double[][] {new double[Phantoms.AXIS.channels()]}, new double[][] {new double[12]});
        Path f = dir.resolve("model.rpl");
        RippleWriter.write(model, f, false, Progress.NONE);
        assertTrue(ReaderRunner.configureSpec(new ReaderSettings(), f).isEmpty());
        Path bad = dir.resolve("bad.rpl");
        java.nio.file.Files.writeString(bad, "key\tvalue\nwidth\t4\nheight\t3\ndata-type\tunsigned\n");
        assertThrows(SpectrumFileException.class, () -> ReaderRunner.configureSpec(new ReaderSettings(), bad));
    }

    @Test
    void missingOrUnsupportedFile_givesFileError(@TempDir Path dir) throws Exception {
        SpectrumFileException e = assertThrows(SpectrumFileException.class,
                () -> ReaderRunner.run(new ReaderSettings(), dir.resolve("nope.rpl"), Progress.NONE));
        assertTrue(e.getMessage().contains("nope.rpl"), e.getMessage());
        java.nio.file.Files.writeString(dir.resolve("x.txt"), "hello");
        assertThrows(SpectrumFileException.class, () -> ReaderRunner.run(new ReaderSettings(), dir.resolve("x.txt"),
                Progress.NONE));
    }

    @Test
    void cropOutsideAxis_isRejected(@TempDir Path dir) throws Exception {
        ReaderSettings s = new ReaderSettings();
        s.set(ReaderSettings.CROP, true).set(ReaderSettings.CROP_FROM, 50.0).set(ReaderSettings.CROP_TO, 60.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReaderRunner.run(s, writePhantom(dir), Progress.NONE));
        assertTrue(e.getMessage().contains("holds no channel"), e.getMessage());
    }

    @Test
    void cropFromAboveTo_isRejectedBySettings() {
        ReaderSettings s = new ReaderSettings();
        s.set(ReaderSettings.FILE, "x.rpl").set(ReaderSettings.CROP, true).set(ReaderSettings.CROP_FROM, 5.0)
                .set(ReaderSettings.CROP_TO, 1.0);
        Exception e = assertThrows(org.knime.core.node.InvalidSettingsException.class, s::validate);
        assertTrue(e.getMessage().contains("Crop from (keV)"), e.getMessage());
    }

    @Test
    void cancel_stopsReading(@TempDir Path dir) throws Exception {
        Path rpl = writePhantom(dir);
        assertThrows(CancelledException.class, () -> ReaderRunner.run(new ReaderSettings(), rpl, new CancelAfter(0)));
    }
}
