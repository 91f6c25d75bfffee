/*
 * OFFLINE COMPILE-ONLY STUB. Signature copied from knime-shared analytics-platform/5.5.0,
 * org.knime.core.util/src/main/java/org/knime/core/node/InvalidSettingsException.java. Never shipped.
 */
package org.knime.core.node;

@SuppressWarnings("serial")
public class InvalidSettingsException extends Exception {

    public InvalidSettingsException(final String s) {
        super(s);
    }

    public InvalidSettingsException(final Throwable cause) {
        super(cause);
    }

    public InvalidSettingsException(final String msg, final Throwable cause) {
        super(msg, cause);
    }
}
