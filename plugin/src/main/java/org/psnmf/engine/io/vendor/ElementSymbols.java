package org.psnmf.engine.io.vendor;

/** Chemical element symbols by atomic number (1 = H ... 103 = Lr), for files that store elements as numbers. */
final class ElementSymbols {

    private static final String[] SYMBOLS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni "
            + "Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd "
            + "Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm "
            + "Md No Lr").split(" ");

    private ElementSymbols() {
    }

    /** @return the symbol of element {@code z}, or null if z is outside 1..103 */
    static String symbol(int z) {
        return z >= 1 && z <= SYMBOLS.length ? SYMBOLS[z - 1] : null;
    }

    /** @return true if {@code s} is a known element symbol (case sensitive, e.g. "Fe") */
    static boolean isSymbol(String s) {
        for (String x : SYMBOLS) {
            if (x.equals(s)) {
                return true;
            }
        }
        return false;
    }
}
