package org.psnmf.engine.data;

import java.util.Objects;

/**
 * A model-valued spectrum image kept factored: value(p, c) = sum_k maps[k][p] * spectra[k][c], i.e. Z = W·H with
 * W = component spectra (channels x k) and H = abundances (k x pixels). Used for NMF reconstructions and PCA-denoised
 * data. Every read operation costs O(k) per value and never materialises the dense cube.
 */
public final class FactoredSpectrumImage implements SpectrumImage {

    private final ImageShape shape;
    private final double[][] spectra;
    private final double[][] maps;

    /**
     * @param spectra k arrays of length channels (W columns); Not modified, not copied
     * @param maps    k arrays of length width*height (H rows), row-major pixels; Not modified, not copied
     */
    public FactoredSpectrumImage(int width, int height, EnergyAxis axis, AcquisitionInfo info, double[][] spectra,
            double[][] maps) {
        this(new ImageShape(width, height, axis, info), spectra, maps);
    }

    /**
     * @param spectra k arrays of length channels (W columns); Not modified, not copied
     * @param maps    k arrays of length pixels (H rows), row-major pixels; Not modified, not copied
     */
    public FactoredSpectrumImage(ImageShape shape, double[][] spectra, double[][] maps) {
        this.shape = Objects.requireNonNull(shape);
        int width = shape.width();
        int height = shape.height();
        EnergyAxis axis = shape.axis();
        if (spectra.length == 0 || spectra.length != maps.length) {
            throw new IllegalArgumentException("Factored image needs k >= 1 spectra and as many maps; got "
                    + spectra.length + " spectra and " + maps.length + " maps.");
        }
        for (int k = 0; k < spectra.length; k++) {
            if (spectra[k].length != axis.channels() || maps[k].length != width * height) {
                throw new IllegalArgumentException("Component " + (k + 1) + ": spectrum length " + spectra[k].length
                        + " (expected " + axis.channels() + ") or map length " + maps[k].length + " (expected "
                        + (width * height) + ") does not match.");
            }
        }
        this.spectra = spectra;
        this.maps = maps;
    }

    @Override
    public ImageShape shape() {
        return shape;
    }

    @Override
    public FactoredSpectrumImage withInfo(AcquisitionInfo newInfo) {
        return new FactoredSpectrumImage(shape.withInfo(newInfo), spectra, maps);
    }

    @Override
    public boolean isCounts() {
        return false;
    }

    /** @return number of components k */
    public int components() {
        return spectra.length;
    }

    /** @return component spectrum k (W column). Do not modify. */
    public double[] spectrum(int k) {
        return spectra[k];
    }

    /** @return abundance map k (H row, row-major pixels). Do not modify. */
    public double[] map(int k) {
        return maps[k];
    }

    @Override
    public void addSpectrum(int p, double[] out) {
        for (int k = 0; k < spectra.length; k++) {
            double h = maps[k][p];
            if (h != 0) {
                double[] w = spectra[k];
                for (int c = 0; c < w.length; c++) {
                    out[c] += h * w[c];
                }
            }
        }
    }

    @Override
    public double[] sumSpectrum() {
        double[] out = new double[shape.channels()];
        for (int k = 0; k < spectra.length; k++) {
            double s = 0;
            for (double h : maps[k]) {
                s += h;
            }
            double[] w = spectra[k];
            for (int c = 0; c < w.length; c++) {
                out[c] += s * w[c];
            }
        }
        return out;
    }

    @Override
    public double[] channelWindowMap(int fromChannel, int toChannel) {
        checkChannelWindow(fromChannel, toChannel);
        double[] map = new double[pixels()];
        for (int k = 0; k < spectra.length; k++) {
            double w = 0;
            for (int c = fromChannel; c < toChannel; c++) {
                w += spectra[k][c];
            }
            double[] h = maps[k];
            for (int p = 0; p < map.length; p++) {
                map[p] += w * h[p];
            }
        }
        return map;
    }

    @Override
    public double totalCounts() {
        double t = 0;
        for (double v : sumSpectrum()) {
            t += v;
        }
        return t;
    }
}
