package org.psnmf.engine.io.bruker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.ReadErrors;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.io.SpectrumImageHeader;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.progress.Progress;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a Bruker Esprit single spectrum ({@code .spx}, XML) as a 1 x 1 image. The spectrum is the root's first
 * {@code <ClassInstance Type="TRTSpectrum">}: its {@code <Channels>} hold the comma-separated counts; its
 * {@code TRTSpectrumHeader} the calibration ({@code CalibAbs} keV at channel 0, {@code CalibLin} keV per channel)
 * and the resolution model ({@code SigmaAbs}, {@code SigmaLin}); {@code TRTHeaderedClass} holds the hardware header
 * ({@code RealTime}, {@code LifeTime}, ms), the detector ({@code Type}) and either the electron-microscope header
 * {@code TRTESMAHeader} ({@code PrimaryEnergy} kV, {@code ElevationAngle}) or, for micro-XRF instruments, the
 * {@code TRTXrfHeader} ({@code Voltage} of the tube, {@code ExcitationAngle}), read as HyperSpy does; selected
 * elements are the names of the {@code TRTPSEElementList} entries.
 */
public final class BrukerSpxReader implements SpectrumImageReader {

    private static final String FORMAT = "Bruker SPX";
    private static final long MAX_BYTES = 32L << 20; // real spectra are below 1 MiB

    @Override
    public String formatName() {
        return FORMAT;
    }

    @Override
    public List<String> extensions() {
        return List.of("spx");
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        return s.contains("<TRTSpectrum>") && s.contains("Type=\"TRTSpectrum\"");
    }

    /** The parts of the file that are read. */
    private record Spectrum(int[] counts, EnergyAxis axis, AcquisitionInfo info, double realTimeS, String detector) {
    }

    @Override
    public SpectrumImage read(Path file, Progress progress) throws IOException {
        Spectrum s = parse(file);
        return new SparseSpectrumImage.Builder(1, 1, s.axis(), s.info()).setRowDense(0, s.counts()).build();
    }

    /** A single spectrum is small: its header is the whole (cheap) parse. */
    @Override
    public Optional<SpectrumImageHeader> readHeader(Path file) throws IOException {
        Spectrum s = parse(file);
        return Optional.of(new SpectrumImageHeader(1, 1, s.axis(), s.info(), true));
    }

    @Override
    public Map<String, String> originalMetadata(Path file) throws IOException {
        Spectrum s = parse(file);
        Map<String, String> m = new LinkedHashMap<>();
        // no "dtype": the counts are decimal text (HyperSpy parses them as uint64)
        if (Double.isFinite(s.realTimeS())) {
            m.put("real_time_s", Double.toString(s.realTimeS()));
        }
        if (!s.detector().isEmpty()) {
            m.put("detector_type", s.detector());
        }
        return m;
    }

    private static Spectrum parse(Path file) throws IOException {
        try {
            return parseXml(file);
        } catch (SpectrumFileException e) {
            throw e;
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        } catch (RuntimeException e) {
            throw new SpectrumFileException(file, "is damaged or not a valid " + FORMAT + " file ("
                    + ReadErrors.reason(e) + ").", e);
        }
    }

    private static Spectrum parseXml(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new SpectrumFileException(file, "is " + size + " bytes, more than a single spectrum can plausibly"
                    + " be (" + MAX_BYTES + ").");
        }
        Document doc = BrukerXml.parse(Files.readAllBytes(file), file, "the SPX XML");
        Element sp = BrukerXml.classInstance(doc.getDocumentElement(), "TRTSpectrum");
        if (sp == null) {
            throw new SpectrumFileException(file, "holds no TRTSpectrum: not a Bruker spectrum.");
        }
        Element header = BrukerXml.classInstance(sp, "TRTSpectrumHeader");
        double offset = BrukerXml.number(header, "CalibAbs");
        double scale = BrukerXml.number(header, "CalibLin");
        if (!Double.isFinite(offset) || !(scale > 0) || !Double.isFinite(scale)) {
            throw new SpectrumFileException(file, "has no valid energy calibration (CalibAbs " + offset
                    + ", CalibLin " + scale + ").");
        }
        int[] counts = counts(BrukerXml.child(sp, "Channels"), file);
        Element headered = BrukerXml.child(sp, "TRTHeaderedClass");
        Element hardware = BrukerXml.classInstance(headered, "TRTSpectrumHardwareHeader");
        Element detector = BrukerXml.classInstance(headered, "TRTDetectorHeader");
        Element esma = BrukerXml.classInstance(headered, "TRTESMAHeader");
        Element xrf = BrukerXml.classInstance(headered, "TRTXrfHeader");
        double kv = esma != null ? BrukerXml.number(esma, "PrimaryEnergy") : BrukerXml.number(xrf, "Voltage");
        double elevation = esma != null ? BrukerXml.number(esma, "ElevationAngle") : BrukerXml.number(xrf,
                "ExcitationAngle");
        double live = BrukerXml.number(hardware, "LifeTime") / 1000.0;
        double real = BrukerXml.number(hardware, "RealTime") / 1000.0;
        double fwhm = BrukerXml.fwhmMnKaEv(BrukerXml.number(header, "SigmaAbs"), BrukerXml.number(header,
                "SigmaLin"));
        List<String> elements = new ArrayList<>();
        Element list = BrukerXml.child(BrukerXml.classInstance(sp, "TRTPSEElementList"), "ChildClassInstances");
        for (Node n = list == null ? null : list.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "TRTPSEElement".equals(e.getAttribute("Type"))) {
                String name = e.getAttribute("Name").trim();
                if (BrukerXml.isElementSymbol(name) && !elements.contains(name)) {
                    elements.add(name);
                }
            }
        }
        String name = sp.getAttribute("Name");
        AcquisitionInfo info = new AcquisitionInfo(kv > 0 ? kv : Double.NaN, live > 0 ? live : Double.NaN, fwhm,
                Double.isFinite(elevation) ? elevation : Double.NaN, Double.NaN, "", elements, "EDX" + (name.isBlank()
                        ? "" : " (" + name.trim() + ")"), file.toString());
        return new Spectrum(counts, new EnergyAxis(counts.length, offset, scale), info, real > 0 ? real : Double.NaN,
                BrukerXml.text(detector, "Type"));
    }

    private static int[] counts(Element channels, Path file) throws SpectrumFileException {
        String text = channels == null ? "" : channels.getTextContent().trim();
        if (text.isEmpty()) {
            throw new SpectrumFileException(file, "holds no counts (empty or missing <Channels>).");
        }
        String[] parts = text.split(",");
        int n = parts.length;
        while (n > 0 && parts[n - 1].isBlank()) {
            n--; // a trailing comma
        }
        if (n < 1 || n > 65536) {
            throw new SpectrumFileException(file, "holds " + n + " channels (expected 1 to 65536).");
        }
        int[] counts = new int[n];
        for (int c = 0; c < n; c++) {
            long v;
            try {
                v = Long.parseLong(parts[c].trim());
            } catch (NumberFormatException e) {
                throw new SpectrumFileException(file, "channel " + c + " holds '" + abbreviate(parts[c].trim())
                        + "', not a whole number of counts.");
            }
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new SpectrumFileException(file, "channel " + c + " holds " + v + " counts (expected 0 to "
                        + Integer.MAX_VALUE + ").");
            }
            counts[c] = (int) v;
        }
        return counts;
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }
}
