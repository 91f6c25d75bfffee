package org.psnmf.knime.nodes.reader;

import org.psnmf.knime.settings.ParamDialog;

/** Dialog of the "EDX Spectrum Image Reader" node, built from {@link ReaderSettings#PARAMS} (same keys, defaults and labels). */
final class ReaderNodeDialog extends ParamDialog {

    ReaderNodeDialog() {
        super(ReaderSettings.PARAMS);
    }
}
