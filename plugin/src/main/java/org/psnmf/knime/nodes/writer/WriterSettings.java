package org.psnmf.knime.nodes.writer;

import java.util.List;

import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.BoolParam;
import org.psnmf.knime.settings.Param.ChoiceParam;
import org.psnmf.knime.settings.Param.TextParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the Spectrum Image Writer node. */
public final class WriterSettings extends ParamSettings {

    /** Format: the whole image as RIPPLE. */
    public static final String RIPPLE = "RIPPLE (.rpl + .raw)";
    /** Format: the sum spectrum as EMSA/MAS. */
    public static final String MSA = "MSA sum spectrum (.msa)";

    public static final TextParam FILE = new TextParam("file", "Output file", "", TextParam.Kind.SAVE_FILE, false,
            ".rpl", ".msa");
    public static final ChoiceParam FORMAT = new ChoiceParam("format", "Format", RIPPLE, RIPPLE, MSA);
    public static final BoolParam OVERWRITE = new BoolParam("overwrite", "Overwrite existing files", false);

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(FILE, FORMAT, OVERWRITE);

    public WriterSettings() {
        super(PARAMS);
    }
}
