package org.psnmf.engine.io.bruker;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.xray.XrayDatabase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Navigation of Bruker Esprit XML ({@code .spx} spectra, the {@code .bcf} header): objects are
 * {@code <ClassInstance Type="...">} elements, their fields child elements holding decimal text.
 */
final class BrukerXml {

    private BrukerXml() {
    }

    /** Parses without DTDs or external entities: the files are plain data. */
    static Document parse(byte[] xml, Path file, String what) throws SpectrumFileException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throw on fatal errors, print nothing
            return b.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new SpectrumFileException(file, what + " is damaged (" + m.replace('\n', ' ') + ").");
        }
    }

    /** @return the first child element named {@code tag}, or null */
    static Element child(Element parent, String tag) {
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

    /** @return the first child {@code <ClassInstance Type="type">}, or null */
    static Element classInstance(Element parent, String type) {
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

    /** @return the numeric text of a child element (decimal comma accepted), NaN if absent or not a number */
    static double number(Element parent, String tag) {
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

    /** @return the text of a child element, trimmed, or "" */
    static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? "" : e.getTextContent().trim();
    }

    /** @return true if {@code s} is an element symbol exactly as written (case sensitive, e.g. "Fe", not "FE") */
    static boolean isElementSymbol(String s) {
        XrayDatabase db = XrayDatabase.get();
        return s != null && db.isElement(s) && db.symbol(db.atomicNumber(s)).equals(s);
    }

    /**
     * FWHM at Mn K-alpha from Bruker's detector resolution model: peak variance sigma^2 = SigmaAbs + SigmaLin x E
     * (keV^2, E in keV).
     *
     * @return eV, NaN if the model is missing or not positive
     */
    static double fwhmMnKaEv(double sigmaAbs, double sigmaLin) {
        double var = sigmaAbs + sigmaLin * 5.8987; // keV^2 at Mn K-alpha
        return var > 0 ? 2.0 * Math.sqrt(2.0 * Math.log(2.0)) * Math.sqrt(var) * 1000.0 : Double.NaN;
    }
}
