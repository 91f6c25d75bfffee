package org.psnmf.engine.xray;

/**
 * One characteristic X-ray transition of an element.
 *
 * @param element      chemical symbol, e.g. "Fe"
 * @param iupac        IUPAC transition name, e.g. "KL3" (K-L3)
 * @param siegbahn     the single-transition Siegbahn name, e.g. "Ka1"; "" if the transition has none in the table
 * @param shell        ionised shell: 'K', 'L' or 'M' (first letter of the IUPAC name)
 * @param energyKeV    line energy, keV
 * @param crossSection emission cross-section per atom at the requested beam energy, cm^2 (thin-film X-ray yield per
 *                     electron and atom; ionisation cross-section x fluorescence yield x line fraction)
 */
public record XrayLine(String element, String iupac, String siegbahn, char shell, double energyKeV,
        double crossSection) {
}
