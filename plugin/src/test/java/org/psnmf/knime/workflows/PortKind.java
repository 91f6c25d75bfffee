package org.psnmf.knime.workflows;

/**
 * The kinds of port our nodes have, for connection checks and for drawing. Port index 0 of every KNIME native
 * node is the implicit flow-variable port, so the first data port has index 1 ({@code shared/notes/knime.md}
 * section 5).
 *
 * <p>The colours are those the nodes register for their port types in plugin.xml (and KNIME's black triangle
 * for data tables); they are only used by {@link WorkflowRenderer}.
 */
public enum PortKind {
    /** KNIME's implicit flow-variable port (index 0 on both sides). */
    FLOW_VARIABLE(0xC8323C),
    /** {@code BufferedDataTable}. */
    TABLE(0x000000),
    /** The nodes' Spectrum Image port object. */
    SPECTRUM_IMAGE(0x1F77B4),
    /** The nodes' Decomposition port object (W, H, axis, provenance). */
    DECOMPOSITION(0x2CA02C);

    private final int rgb;

    PortKind(int rgb) {
        this.rgb = rgb;
    }

    public int rgb() {
        return rgb;
    }

    /** Can an output of kind {@code this} feed an input of kind {@code in}? Same kind only (no subtyping here). */
    public boolean feeds(PortKind in) {
        return this == in;
    }
}
