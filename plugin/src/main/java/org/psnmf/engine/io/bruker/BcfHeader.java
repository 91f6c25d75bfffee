package org.psnmf.engine.io.bruker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.psnmf.engine.io.SpectrumFileException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The metadata of a Bruker {@code .bcf} hypermap, from its {@code EDSDatabase/HeaderData} XML: energy calibration
 * ({@code TRTSpectrumHeader/CalibAbs}, {@code CalibLin}, keV), channel count (length of the stored sum spectrum),
 * beam energy ({@code TRTESMAHeader/PrimaryEnergy} or {@code TRTSEMData/HV}, kV), take-off (elevation) angle,
 * pixel size ({@code TRTSEMData/DX}, µm), selected elements ({@code TRTSpectrumRegion} names) and the detector's
 * resolution model ({@code SigmaAbs}, {@code SigmaLin}: peak variance sigma^2 = SigmaAbs + SigmaLin * E, keV^2, E in
 * keV), from which the FWHM at Mn K-alpha is derived.
 */
final class BcfHeader {

    final double offsetKeV;
    final double scaleKeV;
    final int channels;
    final double beamKv;
    final double elevationDeg;
    final double pixelSizeUm;
    final double fwhmMnKaEv;
    final List<String> elements;
    final String name;

    private BcfHeader(double offsetKeV, double scaleKeV, int channels, double beamKv, double elevationDeg,
            double pixelSizeUm, double fwhmMnKaEv, List<String> elements, String name) {
        this.offsetKeV = offsetKeV;
        this.scaleKeV = scaleKeV;
        this.channels = channels;
        this.beamKv = beamKv;
        this.elevationDeg = elevationDeg;
        this.pixelSizeUm = pixelSizeUm;
        this.fwhmMnKaEv = fwhmMnKaEv;
        this.elements = elements;
        this.name = name;
    }

    /**
     * @param index the hypermap index (SpectrumData{index})
     */
    static BcfHeader parse(byte[] xml, int index, Path file) throws SpectrumFileException {
        Document doc = BrukerXml.parse(xml, file, "the BCF header XML");
        Element db = BrukerXml.classInstance(doc.getDocumentElement(), "TRTSpectrumDatabase");
        if (db == null) {
            throw new SpectrumFileException(file, "the BCF header has no TRTSpectrumDatabase.");
        }
        Element sem = BrukerXml.classInstance(db, "TRTSEMData");
        Element sd = BrukerXml.child(db, "SpectrumData" + index);
        Element spectrum = sd == null ? null : BrukerXml.classInstance(sd, "TRTSpectrum");
        if (spectrum == null) {
            throw new SpectrumFileException(file, "the BCF header has no SpectrumData" + index + " spectrum.");
        }
        Element specHeader = BrukerXml.classInstance(spectrum, "TRTSpectrumHeader");
        Element headered = BrukerXml.child(spectrum, "TRTHeaderedClass");
        Element esma = headered == null ? null : BrukerXml.classInstance(headered, "TRTESMAHeader");
        double offset = BrukerXml.number(specHeader, "CalibAbs");
        double scale = BrukerXml.number(specHeader, "CalibLin");
        if (!Double.isFinite(offset) || !(scale > 0) || !Double.isFinite(scale)) {
            throw new SpectrumFileException(file, "the BCF header has no valid energy calibration (CalibAbs "
                    + offset + ", CalibLin " + scale + ").");
        }
        int channels = 0;
        Element chs = BrukerXml.child(spectrum, "Channels");
        if (chs != null) {
            String t = chs.getTextContent().trim();
            if (!t.isEmpty()) {
                channels = t.split(",").length;
            }
        }
        if (channels == 0) {
            double c = BrukerXml.number(specHeader, "ChannelCount");
            channels = Double.isFinite(c) ? (int) c : 0;
        }
        if (channels < 1 || channels > 65536) {
            throw new SpectrumFileException(file, "the BCF header declares " + channels
                    + " channels (expected 1 to 65536).");
        }
        double kv = BrukerXml.number(esma, "PrimaryEnergy");
        if (!(kv > 0)) {
            kv = BrukerXml.number(sem, "HV");
        }
        double elev = BrukerXml.number(esma, "ElevationAngle");
        double dx = BrukerXml.number(sem, "DX");
        double fwhm = BrukerXml.fwhmMnKaEv(BrukerXml.number(specHeader, "SigmaAbs"), BrukerXml.number(specHeader,
                "SigmaLin"));
        List<String> elements = new ArrayList<>();
        for (Element region : descendants(db, "TRTSpectrumRegion")) {
            String n = region.getAttribute("Name");
            if (BrukerXml.isElementSymbol(n) && !elements.contains(n)) {
                elements.add(n);
            }
        }
        elements.sort(null);
        return new BcfHeader(offset, scale, channels, kv > 0 ? kv : Double.NaN, Double.isFinite(elev) ? elev
                : Double.NaN, dx > 0 ? dx : Double.NaN, fwhm, elements, db.getAttribute("Name"));
    }

    private static List<Element> descendants(Element root, String type) {
        List<Element> out = new ArrayList<>();
        org.w3c.dom.NodeList l = root.getElementsByTagName("ClassInstance");
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            if (type.equals(e.getAttribute("Type"))) {
                out.add(e);
            }
        }
        return out;
    }
}
