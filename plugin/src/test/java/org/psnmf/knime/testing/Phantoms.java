package org.psnmf.knime.testing;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.knime.port.Decomposition;

/**
 * A small two-phase Poisson phantom with known truth, for node tests: phase "FeO" has an Fe Kα peak (6.404 keV),
 * phase "CaO" a Ca Kα peak (3.692 keV), both on a weak flat background and with an O Kα peak (0.525 keV). The
 * abundance of FeO falls linearly from 1 at the left edge to 0 at the right edge; CaO = 1 − FeO (sums to one).
 * Counts: Poisson with the given mean counts per pixel, seeded.
 */
public final class Phantoms {

    /** 0-10.24 keV in 512 channels of 20 eV. */
    public static final EnergyAxis AXIS = new EnergyAxis(512, 0.0, 0.02);

    /** Fe Kα and Ca Kα energies, keV. */
    public static final double FE_KA = 6.404;
    public static final double CA_KA = 3.692;

    /** The image and its ground truth. */
    public record Phantom(SparseSpectrumImage image, Decomposition truth) {
    }

    private Phantoms() {
    }

    /** @return the phantom of {@code w x h} pixels with about {@code countsPerPixel} counts per pixel */
    public static Phantom twoPhase(int w, int h, double countsPerPixel, long seed) {
        double[] fe = spectrum(FE_KA);
        double[] ca = spectrum(CA_KA);
        // scale so that W·H has countsPerPixel counts per pixel (each spectrum sums to countsPerPixel)
        double[][] spectra = {scale(fe, countsPerPixel), scale(ca, countsPerPixel)};
        double[][] maps = new double[2][w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double a = w == 1 ? 1 : 1 - x / (double) (w - 1);
                maps[0][y * w + x] = a;
                maps[1][y * w + x] = 1 - a;
            }
        }
        AcquisitionInfo info = new AcquisitionInfo(200, 0.01, 130, 22, 1, "nm", List.of("Fe", "Ca", "O"),
                "two-phase phantom", "");
        SplittableRandom r = new SplittableRandom(seed);
        SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(w, h, AXIS, info);
        int d = AXIS.channels();
        int[] row = new int[w * d];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                for (int c = 0; c < d; c++) {
                    row[x * d + c] = poisson(r, maps[0][p] * spectra[0][c] + maps[1][p] * spectra[1][c]);
                }
            }
            b.setRowDense(y, row);
        }
        Decomposition truth = new Decomposition(w, h, AXIS, info, List.of("FeO", "CaO"), spectra, maps,
                "Ground truth", Map.of("seed", Long.toString(seed)));
        return new Phantom(b.build(), truth);
    }

    /** Gaussian line (FWHM 130 eV) + O Kα + flat background, unnormalised. */
    private static double[] spectrum(double lineKeV) {
        double[] s = new double[AXIS.channels()];
        double sigma = 0.130 / 2.3548;
        for (int c = 0; c < s.length; c++) {
            double e = AXIS.energyAt(c);
            s[c] = 0.02 + Math.exp(-0.5 * Math.pow((e - lineKeV) / sigma, 2))
                    + 0.5 * Math.exp(-0.5 * Math.pow((e - 0.525) / (0.07 / 2.3548), 2));
        }
        return s;
    }

    private static double[] scale(double[] s, double total) {
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i] * total / sum;
        }
        return out;
    }

    /** Knuth's method; fine for the small means per channel used here. */
    private static int poisson(SplittableRandom r, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
