package org.psnmf.engine.archfixture.cycle.b;

import org.psnmf.engine.archfixture.cycle.a.CycleA;

/** Test fixture, never in the bundle: the other half of the deliberate package cycle a -> b -> a. */
public final class CycleB {

    private CycleB() {
    }

    /** A method, not a constant: javac would inline a constant and the bytecode would lose the dependency. */
    public static int one() {
        return 1;
    }

    public static int twice() {
        return 2 * CycleA.size();
    }
}
