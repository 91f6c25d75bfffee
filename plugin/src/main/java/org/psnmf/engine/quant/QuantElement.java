package org.psnmf.engine.quant;

import java.util.List;

import org.psnmf.engine.xray.XrayLine;

/**
 * One element of a quantification, resolved against the energy axis and the X-ray database.
 *
 * @param element       symbol
 * @param line          Siegbahn family quantified (Ka, La, Ma, ...)
 * @param energyKeV     energy of the strongest transition of that family, keV (XrayDatabase.familyEnergy)
 * @param kFactor       Cliff-Lorimer factor relative to Si Ka, for atomic fractions
 * @param kFromTable    true if {@code kFactor} (and {@code line}) came from a user table
 * @param excluded      fitted but not part of the composition
 * @param atomicWeight  g/mol
 * @param familyLines   the emission lines forming {@code line}
 * @param templateLines every line of the element that reaches the energy axis (the fit template)
 * @param familyWeight  {@code sum over familyLines of crossSection * efficiency(E)}, cm^2 (the detected
 *                      family cross-section)
 */
public record QuantElement(String element, String line, double energyKeV, double kFactor, boolean kFromTable,
        boolean excluded, double atomicWeight, List<XrayLine> familyLines, List<XrayLine> templateLines,
        double familyWeight) {

    public QuantElement {
        familyLines = List.copyOf(familyLines);
        templateLines = List.copyOf(templateLines);
    }

    /** @return e.g. "Nd_La" */
    public String label() {
        return element + "_" + line;
    }
}
