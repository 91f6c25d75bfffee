/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (unchanged in analytics-platform/5.3.0),
 * org.knime.core/src/eclipse/org/knime/core/node/defaultnodesettings/DialogComponentFileChooser.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.node.defaultnodesettings;



public class DialogComponentFileChooser extends DialogComponent {

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID, final String... validExtensions) {
        super(stringModel);
    }

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID, final int dialogType, final String... validExtensions) {
        super(stringModel);
    }

    public void setBorderTitle(final String title) {
        throw new UnsupportedOperationException("KNIME API stub: compile only");
    }

}
