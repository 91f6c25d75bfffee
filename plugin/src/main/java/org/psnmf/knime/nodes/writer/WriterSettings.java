package org.psnmf.knime.nodes.writer;

import java.util.List;

import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.BoolParam;
import org.psnmf.knime.settings.Param.TextParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the Spectrum Image Writer node. */
public final class WriterSettings extends ParamSettings {

    public static final TextParam FILE = new TextParam("file", "Output file", "", TextParam.Kind.SAVE_FILE, false,
            ".rpl");
    public static final BoolParam OVERWRITE = new BoolParam("overwrite", "Overwrite existing files", false);

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(FILE, OVERWRITE);

    public WriterSettings() {
        super(PARAMS);
    }
}
