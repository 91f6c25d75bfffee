package org.psnmf.knime.nodes.writer;

import org.psnmf.knime.util.PsnmfNodeFactory;

/**
 * Factory of the "Spectrum Image Writer" node. The description is WriterNodeFactory.xml next to this class; the logic is in
 * {@link WriterRunner}, the settings in {@link WriterSettings}.
 */
public final class WriterNodeFactory extends PsnmfNodeFactory<WriterSettings, WriterNodeModel> {

    public WriterNodeFactory() {
        super(WriterNodeModel::new, WriterSettings::new);
    }
}
