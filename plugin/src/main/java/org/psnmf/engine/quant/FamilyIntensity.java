package org.psnmf.engine.quant;

/**
 * The fitted intensity of one line family of one element.
 *
 * @param element    symbol
 * @param family     family name (Ka, Kb, La, Lb1, ..., see {@link org.psnmf.engine.xray.LineFamily})
 * @param energyKeV  tabulated energy of its strongest transition, keV
 * @param counts     counts in the family (the area of all its transitions), &gt;= 0
 * @param sigma      1-sigma from counting statistics (Poisson Fisher information, detector parameters included)
 * @param free       true if the family has its own amplitude in the fit; false if it is a weak family (&lt; 1 % of
 *                   its element's strongest family in the tables) tied to a neighbouring family of its element at
 *                   the tables' ratio
 * @param quantified true for the family that the element's k-factor refers to
 */
public record FamilyIntensity(String element, String family, double energyKeV, double counts, double sigma,
        boolean free, boolean quantified) {
}
