/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/node/ExecutionMonitor.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node;



public class ExecutionMonitor {

    public ExecutionMonitor() {
        // stub: a monitor that is never cancelled (tests pass it to serializers)
    }

    public void checkCanceled() throws CanceledExecutionException {
        // stub: never cancelled
    }

    public void setProgress(final double progress, final String message) {
        // stub: progress is not shown
    }

    public void setMessage(final String message) {
        // stub: progress is not shown
    }

    public void setProgress(final String message) {
        // stub: progress is not shown
    }

    public ExecutionMonitor createSubProgress(final double maxProg) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

}
