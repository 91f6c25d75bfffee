package org.psnmf.engine.io;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.ImageShape;

/**
 * What a file's header says about its spectrum image, without reading the data: lets a KNIME node describe its
 * output (size, energy axis, metadata) at configure time.
 *
 * @param shape  grid, energy axis and metadata
 * @param counts true if the data are raw counts (integer storage)
 */
public record SpectrumImageHeader(ImageShape shape, boolean counts) {

    public SpectrumImageHeader(int width, int height, EnergyAxis axis, AcquisitionInfo info, boolean counts) {
        this(new ImageShape(width, height, axis, info), counts);
    }

    public int width() {
        return shape.width();
    }

    public int height() {
        return shape.height();
    }

    public EnergyAxis axis() {
        return shape.axis();
    }

    public AcquisitionInfo info() {
        return shape.info();
    }
}
