package org.psnmf.knime.nodes.choosebinning;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.knime.core.node.InvalidSettingsException;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.IntParam;
import org.psnmf.knime.settings.Param.TextParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the Choose Binning Factor node. */
public final class ChooseBinningSettings extends ParamSettings {

    public static final TextParam BINS = new TextParam("binFactors", "Bin factors", "2, 3, 4, 6, 8, 12, 16",
            TextParam.Kind.TEXT, false);
    public static final IntParam COMPONENTS = new IntParam("components", "Components", 3, 1, 64);
    public static final IntParam MAX_ITERATIONS = new IntParam("maxIterations", "Max iterations",
            NmfOptions.DEFAULT_MAX_ITERATIONS, 1, 1_000_000);
    public static final IntParam SEED = new IntParam("seed", "Seed", 0, Integer.MIN_VALUE, Integer.MAX_VALUE);

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(BINS, COMPONENTS, MAX_ITERATIONS, SEED);

    public ChooseBinningSettings() {
        super(PARAMS);
    }

    /**
     * @return the distinct bin factors, ascending
     * @throws IllegalArgumentException naming the entry that is not an integer &gt;= 1
     */
    public List<Integer> bins() {
        TreeSet<Integer> out = new TreeSet<>();
        for (String part : get(BINS).split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                int b = Integer.parseInt(part);
                if (b < 1) {
                    throw new NumberFormatException();
                }
                out.add(b);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + BINS.label() + "': \"" + part
                        + "\" is not an integer >= 1; enter e.g. 2, 4, 8, 12.");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("'" + BINS.label() + "' lists no bin factor; enter e.g. 2, 4, 8, 12.");
        }
        return new ArrayList<>(out);
    }

    @Override
    protected void checkCombination() throws InvalidSettingsException {
        try {
            bins();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
