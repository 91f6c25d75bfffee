package org.psnmf.engine.data;

/**
 * A spectrum image: {@code width x height} pixels, each holding a spectrum of {@link EnergyAxis#channels()}
 * values. Pixels are indexed row-major, {@code p = y * width + x} (x = column, y = row).
 *
 * <p>Two implementations: {@link SparseSpectrumImage} holds raw X-ray counts (Poisson data) and
 * {@link FactoredSpectrumImage} holds a model {@code W·H} without materialising the dense cube.
 * All read operations stream; none allocates {@code pixels x channels}.
 */
public interface SpectrumImage {

    /** @return grid, energy axis and metadata */
    ImageShape shape();

    default int width() {
        return shape().width();
    }

    default int height() {
        return shape().height();
    }

    /** @return {@code width * height} */
    default int pixels() {
        return width() * height();
    }

    default EnergyAxis energyAxis() {
        return shape().axis();
    }

    default int channels() {
        return energyAxis().channels();
    }

    default AcquisitionInfo info() {
        return shape().info();
    }

    /** @return the same data with other metadata */
    SpectrumImage withInfo(AcquisitionInfo info);

    /** @return true when the values are raw integer counts (Poisson statistics apply) */
    boolean isCounts();

    /**
     * Adds the spectrum of pixel {@code p} to {@code out}.
     *
     * @param p   pixel index, {@code y * width + x}
     * @param out length {@link #channels()}; Modified (added to)
     */
    void addSpectrum(int p, double[] out);

    /** @return the spectrum of pixel (x, y), a new array */
    default double[] spectrum(int x, int y) {
        checkPixel(x, y);
        double[] out = new double[channels()];
        addSpectrum(y * width() + x, out);
        return out;
    }

    /** @return the sum of all pixel spectra */
    double[] sumSpectrum();

    /**
     * @return the sum spectrum over the rectangle [x0, x1) x [y0, y1)
     */
    default double[] sumSpectrum(int x0, int y0, int x1, int y1) {
        if (x0 < 0 || y0 < 0 || x1 > width() || y1 > height() || x0 >= x1 || y0 >= y1) {
            throw new IllegalArgumentException("Region [" + x0 + "," + x1 + ") x [" + y0 + "," + y1
                    + ") is empty or outside the " + width() + " x " + height() + " image.");
        }
        double[] out = new double[channels()];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                addSpectrum(y * width() + x, out);
            }
        }
        return out;
    }

    /**
     * @param fromChannel first channel, inclusive
     * @param toChannel   last channel, exclusive
     * @return per pixel, the sum over the channel window; length {@link #pixels()}, row-major
     */
    double[] channelWindowMap(int fromChannel, int toChannel);

    /** @return per pixel, the sum over all channels (the total-counts map) */
    default double[] totalMap() {
        return channelWindowMap(0, channels());
    }

    /** @return the sum of all values */
    double totalCounts();

    default void checkPixel(int x, int y) {
        if (x < 0 || y < 0 || x >= width() || y >= height()) {
            throw new IllegalArgumentException("Pixel (" + x + ", " + y + ") is outside the " + width() + " x "
                    + height() + " image.");
        }
    }

    default void checkChannelWindow(int fromChannel, int toChannel) {
        if (fromChannel < 0 || toChannel > channels() || fromChannel >= toChannel) {
            throw new IllegalArgumentException("Channel window [" + fromChannel + ", " + toChannel
                    + ") is empty or outside [0, " + channels() + ").");
        }
    }
}
