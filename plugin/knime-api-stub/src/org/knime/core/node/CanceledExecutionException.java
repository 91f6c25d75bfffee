/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.3.0 (5.5.0 only adds an implemented interface
 * that our code does not use, so the stub follows the oldest supported API),
 * org.knime.core/src/eclipse/org/knime/core/node/CanceledExecutionException.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node;



public class CanceledExecutionException extends Exception {

    public CanceledExecutionException() {
        super();
    }

    public CanceledExecutionException(final String s) {
        super(s);
    }

}
