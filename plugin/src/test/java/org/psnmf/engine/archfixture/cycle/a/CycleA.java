package org.psnmf.engine.archfixture.cycle.a;

import org.psnmf.engine.archfixture.cycle.b.CycleB;

/** Test fixture, never in the bundle: half of a deliberate package cycle a -> b -> a for the no-cycle rule. */
public final class CycleA {

    private CycleA() {
    }

    public static int size() {
        return CycleB.one();
    }
}
