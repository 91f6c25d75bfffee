package org.psnmf.knime.nodes.elementalmaps;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.psnmf.knime.settings.Param;
import org.psnmf.knime.settings.Param.BoolParam;
import org.psnmf.knime.settings.Param.DoubleParam;
import org.psnmf.knime.settings.Param.TextParam;
import org.psnmf.knime.settings.ParamSettings;

/** Settings of the Elemental Maps node. */
public final class ElementalMapsSettings extends ParamSettings {

    public static final TextParam ELEMENTS = new TextParam("elements", "Elements", "Fe, Ca, Nd", TextParam.Kind.TEXT,
            false);
    public static final DoubleParam WINDOW = new DoubleParam("windowFwhm", "Window width (FWHM)", 2, 0.2, 10, 0.1);
    public static final BoolParam BACKGROUND = new BoolParam("subtractBackground", "Subtract background", true);
    public static final DoubleParam RESOLUTION = new DoubleParam("resolutionEv", "Detector resolution (eV)", 130, 30,
            1000, 1);

    /** All settings in dialog order. */
    public static final List<Param<?>> PARAMS = List.of(ELEMENTS, WINDOW, BACKGROUND, RESOLUTION);

    /** An element and an optional Siegbahn line ("" = automatic). */
    public record ElementLine(String element, String line) {
    }

    public ElementalMapsSettings() {
        super(PARAMS);
    }

    /**
     * @return the parsed element list, e.g. "Fe, Nd:La" -> (Fe, ""), (Nd, La)
     * @throws IllegalArgumentException on an empty entry
     */
    public List<ElementLine> elements() {
        List<ElementLine> out = new ArrayList<>();
        for (String part : get(ELEMENTS).split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String[] el = p.split(":", 2);
            ElementLine e = new ElementLine(el[0].trim(), el.length > 1 ? el[1].trim() : "");
            if (out.contains(e)) {
                throw new IllegalArgumentException("'" + ELEMENTS.label() + "' lists " + p + " twice.");
            }
            out.add(e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("'" + ELEMENTS.label() + "' lists no element; enter e.g. Fe, Ca, Nd.");
        }
        return out;
    }

    @Override
    protected void checkCombination() throws InvalidSettingsException {
        try {
            for (ElementLine e : elements()) {
                if (!org.psnmf.engine.xray.XrayDatabase.get().isElement(e.element())) {
                    throw new InvalidSettingsException("'" + ELEMENTS.label() + "': \"" + e.element()
                            + "\" is not a chemical element symbol (e.g. Fe, Ca, Nd).");
                }
            }
        } catch (IllegalArgumentException ex) {
            throw new InvalidSettingsException(ex.getMessage(), ex);
        }
    }
}
