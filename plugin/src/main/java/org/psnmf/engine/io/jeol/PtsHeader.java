package org.psnmf.engine.io.jeol;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.psnmf.engine.io.SpectrumFileException;

/**
 * The header of a JEOL {@code .pts} EDS cube: a fixed preamble (uint32 magic 304, {@code "PTTDFILE"}, six uint32:
 * two unknown, header position, header length, data position, data length; 128-byte group name, 132-byte memo,
 * float64 date as days since 1899-12-30) and, at header position + 12, a {@link JeolTree} with the acquisition.
 *
 * <p>Used keys: {@code PTTD Data/AnalyzableMap MeasData/Meas Cond/Pixels} ("512x512"), {@code .../Doc/CoefA}
 * (keV per channel), {@code CoefB} (keV), {@code LiveTime}, {@code RealTime} (s, whole map),
 * {@code .../Meas Cond/Tpl} (the pulse-processor time constant) and the zero channel {@code DigZ} of that time constant
 * under {@code PTTD Param/Params/PARAMPAGE1_EDXRF/Tpl}: channel c is at {@code CoefB + CoefA * (c - DigZ)} keV, as
 * HyperSpy computes it. {@code .../MeasCond/AccKV} (beam energy), {@code Mag} and
 * {@code PARAMPAGE0_SEM/ScanSize} (field of view {@code ScanSize / Mag} mm), {@code ElevAng}, {@code MnKaRES}.
 */
final class PtsHeader {

    static final int MAGIC = 304;
    /** The event stream codes the energy in 12 bits: always 4096 channels. */
    static final int CHANNELS = 4096;
    private static final long MAX_HEADER_BYTES = 64L << 20;

    final int width;
    final int height;
    final double offsetKeV;
    final double scaleKeV;
    final double beamKv;
    final double elevationDeg;
    final double fwhmMnKaEv;
    final double pixelSizeUm;
    final double liveTimeS;
    final double realTimeS;
    final double sweeps;
    final long dataPosition;
    final long dataBytes;
    final JeolTree.Node tree;

    private PtsHeader(JeolTree.Node tree, int width, int height, double offsetKeV, double scaleKeV, long dataPosition,
            long dataBytes) {
        this.tree = tree;
        this.width = width;
        this.height = height;
        this.offsetKeV = offsetKeV;
        this.scaleKeV = scaleKeV;
        this.dataPosition = dataPosition;
        this.dataBytes = dataBytes;
        JeolTree.Node meas = tree.at("PTTD Data", "AnalyzableMap MeasData");
        JeolTree.Node sem = tree.at("PTTD Param", "Params", "PARAMPAGE0_SEM");
        double kv = meas == null ? Double.NaN : meas.number("MeasCond", "AccKV");
        beamKv = kv > 0 ? kv : Double.NaN;
        elevationDeg = sem == null ? Double.NaN : sem.number("ElevAng");
        double res = sem == null ? Double.NaN : sem.number("MnKaRES");
        fwhmMnKaEv = res > 0 ? res : Double.NaN;
        double scan = sem == null ? Double.NaN : sem.number("ScanSize");
        double mag = meas == null ? Double.NaN : meas.number("MeasCond", "Mag");
        double px = scan / mag * 1000.0 / width;
        pixelSizeUm = px > 0 && Double.isFinite(px) ? px : Double.NaN;
        double live = meas == null ? Double.NaN : meas.number("Doc", "LiveTime");
        liveTimeS = live > 0 ? live : Double.NaN;
        double real = meas == null ? Double.NaN : meas.number("Doc", "RealTime");
        realTimeS = real > 0 ? real : Double.NaN;
        sweeps = meas == null ? Double.NaN : meas.number("Doc", "Sweep");
    }

    static boolean looksLikePts(byte[] head) {
        return head.length >= 12 && ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt(0) == MAGIC
                && new String(head, 4, 8, StandardCharsets.US_ASCII).equals("PTTDFILE");
    }

    static PtsHeader read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer pre = ByteBuffer.allocate(36).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, pre, 0, file);
            if (pre.getInt(0) != MAGIC) {
                throw new SpectrumFileException(file, "is not a JEOL .pts file (magic number " + pre.getInt(0)
                        + ", expected " + MAGIC + ").");
            }
            long headPos = Integer.toUnsignedLong(pre.getInt(20));
            long dataPos = Integer.toUnsignedLong(pre.getInt(28));
            if (headPos + 12 >= dataPos || dataPos > size) {
                throw new SpectrumFileException(file, "the .pts preamble is damaged (header at byte " + headPos
                        + ", data at byte " + dataPos + ", file of " + size + " bytes).");
            }
            long headBytes = dataPos - headPos - 12;
            if (headBytes > MAX_HEADER_BYTES) {
                throw new SpectrumFileException(file, "declares a " + headBytes + "-byte header, more than the "
                        + MAX_HEADER_BYTES + " bytes a .pts header can plausibly hold.");
            }
            ByteBuffer hb = ByteBuffer.allocate((int) headBytes).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, hb, headPos + 12, file);
            JeolTree.Node tree = JeolTree.parse(hb, file, "the .pts header");
            JeolTree.Node meas = tree.at("PTTD Data", "AnalyzableMap MeasData");
            String pixels = meas == null ? null : meas.text("Meas Cond", "Pixels");
            if (pixels == null) {
                throw new SpectrumFileException(file, "the .pts header has no map size (PTTD Data/AnalyzableMap"
                        + " MeasData/Meas Cond/Pixels).");
            }
            int[] wh = size(pixels.trim(), file);
            double coefA = meas.number("Doc", "CoefA");
            double coefB = meas.number("Doc", "CoefB");
            String tpl = meas.text("Meas Cond", "Tpl");
            double digZ = tpl == null ? Double.NaN : tree.number("PTTD Param", "Params", "PARAMPAGE1_EDXRF", "Tpl",
                    tpl.trim(), "DigZ");
            double offset = coefB - coefA * digZ;
            if (!(coefA > 0) || !Double.isFinite(coefA) || !Double.isFinite(offset)) {
                throw new SpectrumFileException(file, "the .pts header has no valid energy calibration (CoefA "
                        + coefA + ", CoefB " + coefB + ", zero channel " + digZ + " of time constant " + tpl + ").");
            }
            return new PtsHeader(tree, wh[0], wh[1], offset, coefA, dataPos, size - dataPos);
        }
    }

    private static int[] size(String pixels, Path file) throws SpectrumFileException {
        String[] p = pixels.split("x");
        try {
            if (p.length == 2) {
                int w = Integer.parseInt(p[0].trim());
                int h = Integer.parseInt(p[1].trim());
                // positions are coded in 12 bits: at most 4096 pixels a side
                if (w >= 1 && h >= 1 && w <= 4096 && h <= 4096) {
                    return new int[] { w, h };
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SpectrumFileException(file, "the .pts map size '" + pixels
                + "' is not WIDTHxHEIGHT with 1 to 4096 pixels a side.");
    }

    static void readFully(FileChannel ch, ByteBuffer b, long position, Path file) throws IOException {
        long p = position;
        while (b.hasRemaining()) {
            int n = ch.read(b, p);
            if (n < 0) {
                throw new SpectrumFileException(file, "is truncated (ends at byte " + p + ").");
            }
            p += n;
        }
        b.flip();
    }
}
