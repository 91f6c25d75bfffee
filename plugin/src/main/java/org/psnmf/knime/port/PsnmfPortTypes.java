package org.psnmf.knime.port;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * The port types of the PSNMF nodes (registered in plugin.xml under org.knime.core.PortType). Kept apart from the
 * port object classes so that those load without KNIME's registry (unit tests, the workflow chain runner).
 */
public final class PsnmfPortTypes {

    /** Spectrum Image (counts or factored model). */
    public static final PortType SPECTRUM_IMAGE =
            PortTypeRegistry.getInstance().getPortType(SpectrumImagePortObject.class);

    /** Optional Spectrum Image input. */
    public static final PortType SPECTRUM_IMAGE_OPTIONAL =
            PortTypeRegistry.getInstance().getPortType(SpectrumImagePortObject.class, true);

    /** Decomposition (component spectra and maps). */
    public static final PortType DECOMPOSITION =
            PortTypeRegistry.getInstance().getPortType(DecompositionPortObject.class);

    /** Optional Decomposition input. */
    public static final PortType DECOMPOSITION_OPTIONAL =
            PortTypeRegistry.getInstance().getPortType(DecompositionPortObject.class, true);

    /** A data table. */
    public static final PortType TABLE = BufferedDataTable.TYPE;

    /** An optional data table. */
    public static final PortType TABLE_OPTIONAL = BufferedDataTable.TYPE_OPTIONAL;

    private PsnmfPortTypes() {
    }
}
