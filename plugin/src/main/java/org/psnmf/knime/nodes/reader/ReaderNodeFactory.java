package org.psnmf.knime.nodes.reader;

import org.psnmf.knime.util.PsnmfNodeFactory;

/**
 * Factory of the "EDX Spectrum Image Reader" node. The description is ReaderNodeFactory.xml next to this class; the logic is in
 * {@link ReaderRunner}, the settings in {@link ReaderSettings}.
 */
public final class ReaderNodeFactory extends PsnmfNodeFactory<ReaderSettings, ReaderNodeModel> {

    public ReaderNodeFactory() {
        super(ReaderNodeModel::new, ReaderSettings::new);
    }
}
