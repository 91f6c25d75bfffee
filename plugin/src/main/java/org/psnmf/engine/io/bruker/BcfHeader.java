package org.psnmf.engine.io.bruker;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.xray.XrayDatabase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

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
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // no DTDs, no external entities: the header is plain data
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throw on fatal errors, print nothing
            doc = b.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new SpectrumFileException(file, "the BCF header XML is damaged (" + e.getMessage() + ").");
        }
        Element db = classInstance(doc.getDocumentElement(), "TRTSpectrumDatabase");
        if (db == null) {
            throw new SpectrumFileException(file, "the BCF header has no TRTSpectrumDatabase.");
        }
        Element sem = classInstance(db, "TRTSEMData");
        Element sd = child(db, "SpectrumData" + index);
        Element spectrum = sd == null ? null : classInstance(sd, "TRTSpectrum");
        if (spectrum == null) {
            throw new SpectrumFileException(file, "the BCF header has no SpectrumData" + index + " spectrum.");
        }
        Element specHeader = classInstance(spectrum, "TRTSpectrumHeader");
        Element headered = child(spectrum, "TRTHeaderedClass");
        Element esma = headered == null ? null : classInstance(headered, "TRTESMAHeader");
        double offset = number(specHeader, "CalibAbs");
        double scale = number(specHeader, "CalibLin");
        if (!Double.isFinite(offset) || !(scale > 0) || !Double.isFinite(scale)) {
            throw new SpectrumFileException(file, "the BCF header has no valid energy calibration (CalibAbs "
                    + offset + ", CalibLin " + scale + ").");
        }
        int channels = 0;
        Element chs = child(spectrum, "Channels");
        if (chs != null) {
            String t = chs.getTextContent().trim();
            if (!t.isEmpty()) {
                channels = t.split(",").length;
            }
        }
        if (channels == 0) {
            double c = number(specHeader, "ChannelCount");
            channels = Double.isFinite(c) ? (int) c : 0;
        }
        if (channels < 1 || channels > 65536) {
            throw new SpectrumFileException(file, "the BCF header declares " + channels
                    + " channels (expected 1 to 65536).");
        }
        double kv = number(esma, "PrimaryEnergy");
        if (!(kv > 0)) {
            kv = number(sem, "HV");
        }
        double elev = number(esma, "ElevationAngle");
        double dx = number(sem, "DX");
        double sa = number(specHeader, "SigmaAbs");
        double sl = number(specHeader, "SigmaLin");
        double var = sa + sl * 5.8987; // keV^2 at Mn K-alpha
        double fwhm = var > 0 ? 2.0 * Math.sqrt(2.0 * Math.log(2.0)) * Math.sqrt(var) * 1000.0 : Double.NaN;
        List<String> elements = new ArrayList<>();
        for (Element region : descendants(db, "TRTSpectrumRegion")) {
            String n = region.getAttribute("Name");
            if (isElementSymbol(n) && !elements.contains(n)) {
                elements.add(n);
            }
        }
        elements.sort(null);
        return new BcfHeader(offset, scale, channels, kv > 0 ? kv : Double.NaN, Double.isFinite(elev) ? elev
                : Double.NaN, dx > 0 ? dx : Double.NaN, fwhm, elements, db.getAttribute("Name"));
    }

    /** @return true if {@code s} is an element symbol exactly as written (case sensitive, e.g. "Fe", not "FE") */
    private static boolean isElementSymbol(String s) {
        XrayDatabase db = XrayDatabase.get();
        return s != null && db.isElement(s) && db.symbol(db.atomicNumber(s)).equals(s);
    }

    private static Element child(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static Element classInstance(Element parent, String type) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("ClassInstance") && type.equals(e.getAttribute(
                    "Type"))) {
                return e;
            }
        }
        return null;
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

    /** @return the numeric text of a child element (decimal comma accepted), NaN if absent or not a number */
    private static double number(Element parent, String tag) {
        Element e = child(parent, tag);
        if (e == null) {
            return Double.NaN;
        }
        String t = e.getTextContent().trim().replace(',', '.');
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }
}
