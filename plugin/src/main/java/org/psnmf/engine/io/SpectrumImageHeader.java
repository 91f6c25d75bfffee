package org.psnmf.engine.io;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;

/**
 * What a file's header says about its spectrum image, without reading the data: lets a KNIME node describe its
 * output (size, energy axis, metadata) at configure time.
 *
 * @param counts true if the data are raw counts (integer storage)
 */
public record SpectrumImageHeader(int width, int height, EnergyAxis axis, AcquisitionInfo info, boolean counts) {
}
