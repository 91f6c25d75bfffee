package org.psnmf.engine.data;

import java.util.Objects;

/**
 * The shape and metadata of a spectrum image without its values: a {@code width x height} pixel grid (pixels
 * row-major, {@code p = y * width + x}), the energy axis of every pixel's spectrum and the acquisition metadata. Held
 * by every spectrum image, by a reader's header and by the KNIME port specs, so the four facts are declared and
 * checked in one place.
 *
 * @param width  pixels per row, at least 1
 * @param height rows, at least 1
 * @param axis   energy axis (gives the number of channels)
 * @param info   acquisition metadata; null becomes {@link AcquisitionInfo#UNKNOWN}
 */
public record ImageShape(int width, int height, EnergyAxis axis, AcquisitionInfo info) {

    public ImageShape {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("Spectrum image size must be at least 1 x 1, got " + width + " x "
                    + height + ".");
        }
        Objects.requireNonNull(axis, "axis");
        info = info == null ? AcquisitionInfo.UNKNOWN : info;
    }

    /** @return the shape of {@code image} */
    public static ImageShape of(SpectrumImage image) {
        return image.shape();
    }

    /** @return {@code width * height} */
    public int pixels() {
        return width * height;
    }

    /** @return the number of energy channels */
    public int channels() {
        return axis.channels();
    }

    /** @return the same shape with other metadata */
    public ImageShape withInfo(AcquisitionInfo newInfo) {
        return new ImageShape(width, height, axis, newInfo);
    }

    /** @return the same grid and metadata on another energy axis */
    public ImageShape withAxis(EnergyAxis newAxis) {
        return new ImageShape(width, height, newAxis, info);
    }
}
