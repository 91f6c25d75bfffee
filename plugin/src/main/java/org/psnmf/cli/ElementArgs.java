package org.psnmf.cli;

import java.util.List;

import org.psnmf.engine.xray.XrayDatabase;

/** Checks element-symbol options (--elements, --exclude) before any data are read. */
final class ElementArgs {

    private ElementArgs() {
    }

    /** @throws UsageException naming the first item that is not a chemical element symbol, and what is valid */
    static void check(String option, List<String> symbols) {
        XrayDatabase db = XrayDatabase.get();
        for (String s : symbols) {
            if (!db.isElement(s)) {
                throw new UsageException("--" + option + ": '" + s + "' is not a chemical element symbol; give "
                        + "symbols of the elements " + db.symbol(1) + " to " + db.symbol(lastAtomicNumber(db))
                        + " separated by commas, e.g. Mg,Si,Fe,O.");
            }
        }
    }

    private static int lastAtomicNumber(XrayDatabase db) {
        int z = 1;
        while (true) {
            try {
                db.symbol(z + 1);
                z++;
            } catch (IllegalArgumentException e) {
                return z;
            }
        }
    }
}
