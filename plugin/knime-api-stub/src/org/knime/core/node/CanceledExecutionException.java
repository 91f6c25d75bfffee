/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (5.3.0 lacks the interface IdentifiableType /
 * MessageAwareException this type implements in 5.5.0; our code does not use it, so this compiles for both),
 * org.knime.core/src/eclipse/org/knime/core/node/CanceledExecutionException.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node;

import org.knime.core.internal.MessageAwareException;

public class CanceledExecutionException extends Exception implements MessageAwareException {

    public CanceledExecutionException() {
        super();
    }

    public CanceledExecutionException(final String s) {
        super(s);
    }

}
