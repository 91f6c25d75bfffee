package org.psnmf.engine.data;

import java.util.Objects;

/**
 * A model-valued (non-count) spectrum image held densely: one {@code double[width * channels]} per image row,
 * pixel-major ({@code row[x * channels + c]}).
 *
 * <p>Memory-hungry by design (8 bytes per value: a 512 x 512 x 2048 cube needs 4 GiB). It exists only for files that
 * hold non-integer values, e.g. a float RIPPLE file or an EMSA spectrum with decimals; count data always go to
 * {@link SparseSpectrumImage} and decompositions to {@link FactoredSpectrumImage}. {@link #isCounts()} is false, so
 * Poisson methods refuse it.
 */
public final class DenseSpectrumImage implements SpectrumImage {

    private final ImageShape shape;
    private final double[][] rows;

    /**
     * @param rows height arrays of length width * channels, pixel-major; taken over (not copied), must not be
     *             modified afterwards
     */
    public DenseSpectrumImage(int width, int height, EnergyAxis axis, AcquisitionInfo info, double[][] rows) {
        this(new ImageShape(width, height, axis, info), rows);
    }

    /**
     * @param rows height arrays of length width * channels, pixel-major; taken over (not copied), must not be
     *             modified afterwards
     */
    public DenseSpectrumImage(ImageShape shape, double[][] rows) {
        this.shape = Objects.requireNonNull(shape);
        int width = shape.width();
        int height = shape.height();
        EnergyAxis axis = shape.axis();
        if ((long) width * axis.channels() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("One image row (" + width + " pixels x " + axis.channels()
                    + " channels) exceeds 2^31 values.");
        }
        if (rows.length != height) {
            throw new IllegalArgumentException("Dense image needs " + height + " rows, got " + rows.length + ".");
        }
        for (int y = 0; y < height; y++) {
            if (rows[y] == null || rows[y].length != width * axis.channels()) {
                throw new IllegalArgumentException("Row " + y + " must hold " + (width * axis.channels())
                        + " values (width x channels).");
            }
        }
        this.rows = rows;
    }

    /** @return a 1 x 1 image holding one spectrum (copied) */
    public static DenseSpectrumImage ofSpectrum(double[] spectrum, EnergyAxis axis, AcquisitionInfo info) {
        return new DenseSpectrumImage(1, 1, axis, info, new double[][] {spectrum.clone()});
    }

    @Override
    public ImageShape shape() {
        return shape;
    }

    @Override
    public DenseSpectrumImage withInfo(AcquisitionInfo newInfo) {
        return new DenseSpectrumImage(shape.withInfo(newInfo), rows);
    }

    @Override
    public boolean isCounts() {
        return false;
    }

    /** @return row y, pixel-major ({@code [x * channels + c]}). Do not modify. */
    public double[] row(int y) {
        return rows[y];
    }

    @Override
    public void addSpectrum(int p, double[] out) {
        int width = shape.width();
        int y = p / width;
        int x = p - y * width;
        int ch = shape.channels();
        double[] r = rows[y];
        for (int c = 0, base = x * ch; c < ch; c++) {
            out[c] += r[base + c];
        }
    }

    @Override
    public double[] sumSpectrum() {
        int ch = shape.channels();
        double[] out = new double[ch];
        for (double[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                out[i % ch] += r[i];
            }
        }
        return out;
    }

    @Override
    public double[] channelWindowMap(int fromChannel, int toChannel) {
        checkChannelWindow(fromChannel, toChannel);
        int ch = shape.channels();
        int width = shape.width();
        double[] map = new double[pixels()];
        for (int y = 0, height = shape.height(); y < height; y++) {
            double[] r = rows[y];
            for (int x = 0; x < width; x++) {
                double s = 0;
                for (int c = fromChannel; c < toChannel; c++) {
                    s += r[x * ch + c];
                }
                map[y * width + x] = s;
            }
        }
        return map;
    }

    @Override
    public double totalCounts() {
        double t = 0;
        for (double[] r : rows) {
            for (double v : r) {
                t += v;
            }
        }
        return t;
    }
}
