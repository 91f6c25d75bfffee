package org.psnmf.knime.nodes.writer;

import org.psnmf.knime.settings.ParamDialog;

/** Dialog of the "Spectrum Image Writer" node, built from {@link WriterSettings#PARAMS} (same keys, defaults and labels). */
final class WriterNodeDialog extends ParamDialog {

    WriterNodeDialog() {
        super(WriterSettings.PARAMS);
    }
}
