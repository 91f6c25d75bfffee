package org.psnmf.engine.io.jeol;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.psnmf.engine.io.SpectrumFileException;

/**
 * A JEOL Analysis Station single spectrum ({@code .EDS}), little endian, fixed layout (as HyperSpy reads it):
 * uint32 magic 2, 6 bytes, float64 date, 80-byte name, 32-byte user, int32 1, 10 float64, int32 7 at byte 214, then
 * float64 fields of which live time (byte 258) and real time (266), the calibration {@code CoefA} (keV per channel,
 * byte 362) and {@code CoefB} (keV at channel 0, byte 370), the 32-byte time-constant name (422), int32 number of
 * channels (454) and the int32 counts. A footer follows: excluded elements, selected elements (name "Fe K" etc., each
 * with its lines), quantification results and, if its section marker is 5, the instrument parameters (detector
 * type, microscope, beam energy {@code AccKV}, {@code MnKaRES}, take-off and elevation angles ...).
 *
 * <p>Every length in the footer is checked against the bytes left; a damaged or truncated file ends in a
 * {@link SpectrumFileException}.
 */
final class EdsSpectrumFile {

    static final int MAGIC = 2;
    private static final int CHANNELS_AT = 454;

    final int[] counts;
    final double offsetKeV;
    final double scaleKeV;
    final double liveTimeS;
    final double realTimeS;
    final double beamKv;
    final double fwhmMnKaEv;
    final double elevationDeg;
    final String detector;
    final List<String> elements;

    private EdsSpectrumFile(int[] counts, double offsetKeV, double scaleKeV, double liveTimeS, double realTimeS,
            double beamKv, double fwhmMnKaEv, double elevationDeg, String detector, List<String> elements) {
        this.counts = counts;
        this.offsetKeV = offsetKeV;
        this.scaleKeV = scaleKeV;
        this.liveTimeS = liveTimeS;
        this.realTimeS = realTimeS;
        this.beamKv = beamKv;
        this.fwhmMnKaEv = fwhmMnKaEv;
        this.elevationDeg = elevationDeg;
        this.detector = detector;
        this.elements = elements;
    }

    /** Content check: the magic number, the two section markers and a plausible channel count. */
    static boolean looksLikeEds(byte[] head) {
        if (head.length < CHANNELS_AT + 4) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int n = b.getInt(CHANNELS_AT);
        return b.getInt(0) == MAGIC && b.getInt(130) == 1 && b.getInt(214) == 7 && n >= 1 && n <= 65536;
    }

    /**
     * @param bytes the whole file (a single spectrum: small; the caller bounds the size)
     */
    static EdsSpectrumFile parse(byte[] bytes, Path file) throws SpectrumFileException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < CHANNELS_AT + 4 || b.getInt(0) != MAGIC) {
            throw new SpectrumFileException(file, "is not a JEOL .EDS spectrum (too short or wrong magic number).");
        }
        int n = b.getInt(CHANNELS_AT);
        if (n < 1 || n > 65536) {
            throw new SpectrumFileException(file, "declares " + n + " channels (expected 1 to 65536).");
        }
        long end = CHANNELS_AT + 4 + 4L * n;
        if (end > bytes.length) {
            throw new SpectrumFileException(file, "is truncated: " + n + " channels need " + end + " bytes, the file"
                    + " has " + bytes.length + ".");
        }
        double scale = b.getDouble(362);
        double offset = b.getDouble(370);
        if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(offset)) {
            throw new SpectrumFileException(file, "has no valid energy calibration (CoefA " + scale + " keV/channel, "
                    + "CoefB " + offset + " keV).");
        }
        int[] counts = new int[n];
        b.position(CHANNELS_AT + 4);
        for (int c = 0; c < n; c++) {
            counts[c] = b.getInt();
            if (counts[c] < 0) {
                throw new SpectrumFileException(file, "channel " + c + " holds the negative count " + counts[c]
                        + ".");
            }
        }
        double live = b.getDouble(258);
        double real = b.getDouble(266);
        Footer f = footer(b, file);
        return new EdsSpectrumFile(counts, offset, scale, live > 0 ? live : Double.NaN, real > 0 ? real : Double.NaN,
                f.beamKv, f.fwhm, f.elevation, f.detector, f.elements);
    }

    private record Footer(double beamKv, double fwhm, double elevation, String detector, List<String> elements) {
    }

    private static Footer footer(ByteBuffer b, Path file) throws SpectrumFileException {
        try {
            b.getInt();
            int excluded = count(b.getInt(), 2, b, file, "excluded elements");
            skip(b, 2L * excluded);
            int selected = count(b.getInt(), 100, b, file, "selected elements");
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < selected; i++) {
                skip(b, 4 + 2 + 8 + 4 + 14 + 32);
                String name = text(b, 32);
                skip(b, 4);
                int lines = count(b.getInt(), 16, b, file, "lines of an element");
                for (int j = 0; j < lines; j++) {
                    skip(b, 4 + 8 + 2);
                    skip(b, b.get() & 0xFF);
                    skip(b, b.get() & 0xFF);
                    skip(b, 4);
                }
                String symbol = name.trim().split("\\s+")[0];
                if (!symbol.isEmpty() && !elements.contains(symbol)) {
                    elements.add(symbol);
                }
            }
            int quanti = count(b.getInt(), 126, b, file, "quantification results");
            if (quanti != 0) {
                skip(b, 4 * 3 + 8 + 4 * 2 + 126L * quanti);
            }
            elements.sort(null);
            if (b.remaining() < 4 || b.getInt() != 5) {
                return new Footer(Double.NaN, Double.NaN, Double.NaN, "", elements);
            }
            String detector = text(b, 16);
            skip(b, 32); // microscope, port
            double kv = b.getDouble();
            skip(b, 8 + 38); // probe current, unknown
            double fwhm = b.getDouble();
            skip(b, 8 * 5 + 4 + 8 + 2 * 5 + 8 * 3); // working and insertion distance, tilt, take-off, incidence ...
            double elevation = b.getDouble();
            return new Footer(kv > 0 ? kv : Double.NaN, fwhm > 0 ? fwhm : Double.NaN, Double.isFinite(elevation)
                    ? elevation : Double.NaN, detector, elements);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw new SpectrumFileException(file, "the .EDS footer (elements, instrument parameters) is truncated or"
                    + " damaged.");
        }
    }

    /** @param itemBytes the smallest size of one item, to refuse counts that cannot fit the bytes left */
    private static int count(int n, int itemBytes, ByteBuffer b, Path file, String what) throws SpectrumFileException {
        if (n < 0 || (long) n * itemBytes > b.remaining()) {
            throw new SpectrumFileException(file, "the .EDS footer declares " + n + " " + what + ", more than the "
                    + b.remaining() + " bytes left can hold.");
        }
        return n;
    }

    private static void skip(ByteBuffer b, long n) {
        if (n > b.remaining()) {
            throw new java.nio.BufferUnderflowException();
        }
        b.position(b.position() + (int) n);
    }

    private static String text(ByteBuffer b, int n) {
        byte[] raw = new byte[n];
        b.get(raw);
        int len = 0;
        while (len < n && raw[len] != 0) {
            len++;
        }
        return JeolTree.decode(raw, 0, len);
    }
}
