package org.psnmf.engine.quant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.xray.XrayLine;

/**
 * The per-pixel fit of composition maps (and the one-template-per-element model of earlier versions): a weighted
 * non-negative least-squares fit of the spectrum y (fit-range channels c) on
 * <pre>
 *   y_c ≈ sum_i I_i T_i(c) + sum_k beta_k b_k(c),      I_i &gt;= 0, beta_k &gt;= 0
 * </pre>
 * where T_i is the template of element i. For maps it comes from {@link FamilyFitEstimator#elementTemplates}: the
 * families and detector response fitted on the image's sum spectrum, so that each pixel fits one amplitude per
 * element (a pixel's ~100 counts cannot measure family ratios) at the cost of the old model. The table template
 * ({@link #template}) is: every emission line l of the element that reaches the fit range, a
 * channel-integrated Gaussian of unit area with the detector's width at E_l ({@link DetectorResponse}), weighted by
 * {@code sigma_l eps(E_l) A(E_l) / s_i} (A the optional absorption factor, 1 by default). The normalisation {@code s_i = sum_{l in family} sigma_l eps(E_l)} makes the fitted
 * coefficient I_i equal to the counts in element i's quantified family (all of its Gaussian area, including any tail
 * outside the axis). b_k is the {@link BremsstrahlungBasis}.
 *
 * <p><b>Weights.</b> Poisson weights {@code w_c = 1 / max(y_c, 1)} (Neyman chi-square): for counts this
 * approximates the maximum-likelihood fit; for spectra whose values are all below 1 (normalised component spectra)
 * it reduces to ordinary least squares. The weighted Gram matrix is {@code G = A^T A - sum_{c: y_c &gt; 1} (1 - 1/y_c)
 * a_c a_c^T}, so per-pixel fits of sparse count data cost O(channels x p + nnz x p^2), with A^T A built once.
 *
 * <p><b>Uncertainties.</b> The covariance of the intensities is the inverse Fisher information of the Poisson model,
 * approximated at the data as {@code F = A^T diag(1/max(y,1)) A}, restricted to all element columns plus the
 * background columns that are active (non-zero) in the solution; background columns at their bound are treated as
 * fixed. Element columns are always kept, so an element with no signal gets intensity 0 and the standard error of an
 * unconstrained estimate at 0 (what a detection limit needs), never NaN. These errors assume y is in counts; for a
 * spectrum in other units (a normalised NMF component) they scale with that normalisation.
 */
final class ModelFitEstimator implements LineIntensityEstimator {

    private final LinePlan plan;
    private final int m;
    private final int p;
    private final int from;
    private final int to;
    /** design rows, {@code rows[c - from][j]}, j &lt; m elements, then background. */
    private final double[][] rows;
    /** unweighted Gram matrix A^T A. */
    private final double[][] gram0;

    ModelFitEstimator(LinePlan plan) {
        this(plan, tableTemplates(plan));
    }

    private static double[][] tableTemplates(LinePlan plan) {
        double[][] t = new double[plan.elements().size()][];
        for (int i = 0; i < t.length; i++) {
            t[i] = template(plan, plan.elements().get(i));
        }
        return t;
    }

    /**
     * @param templates one column per plan element over the whole axis, in counts per count of its quantified family
     *                  (e.g. {@link FamilyFitEstimator#elementTemplates}: fitted on the image's sum spectrum)
     */
    ModelFitEstimator(LinePlan plan, double[][] templates) {
        this.plan = plan;
        EnergyAxis axis = plan.axis();
        this.from = plan.fitFrom();
        this.to = plan.fitTo();
        List<QuantElement> els = plan.elements();
        this.m = els.size();
        double[][] basis = BremsstrahlungBasis.build(axis, from, to, plan.settings().beamEnergyKv(), plan.detector());
        this.p = m + basis.length;
        double[][] cols = new double[p][];
        for (int i = 0; i < m; i++) {
            cols[i] = templates[i];
            double inRange = 0;
            for (int c = from; c < to; c++) {
                inRange += cols[i][c];
            }
            if (!(inRange > 0)) {
                throw new IllegalArgumentException("No line of " + els.get(i).element() + " reaches the fit range.");
            }
        }
        for (int k = 0; k < basis.length; k++) {
            cols[m + k] = basis[k];
        }
        int n = to - from;
        rows = new double[n][p];
        for (int c = 0; c < n; c++) {
            for (int j = 0; j < p; j++) {
                rows[c][j] = cols[j][from + c];
            }
        }
        gram0 = new double[p][p];
        for (double[] a : rows) {
            for (int i = 0; i < p; i++) {
                double ai = a[i];
                if (ai == 0) {
                    continue;
                }
                for (int j = 0; j <= i; j++) {
                    gram0[i][j] += ai * a[j];
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                gram0[j][i] = gram0[i][j];
            }
        }
    }

    /**
     * @return the template of one element over the whole axis: counts per channel for 1 count in its quantified
     *         family
     */
    static double[] template(LinePlan plan, QuantElement el) {
        EnergyAxis axis = plan.axis();
        DetectorResponse det = plan.detector();
        double[] t = new double[axis.channels()];
        for (XrayLine l : el.templateLines()) {
            double area = l.crossSection() * det.efficiency(l.energyKeV()) * det.absorption(l.energyKeV()) / el.familyWeight();
            det.addPeak(t, axis, l.energyKeV(), area);
        }
        return t;
    }

    /** @return the background basis functions plus templates, for diagnostics: column j over the fit range */
    double[] column(int j) {
        double[] v = new double[to - from];
        for (int c = 0; c < v.length; c++) {
            v[c] = rows[c][j];
        }
        return v;
    }

    @Override
    public LineIntensities estimate(double[] y) {
        double[][] g = new double[p][];
        for (int i = 0; i < p; i++) {
            g[i] = gram0[i].clone();
        }
        double[] b = new double[p];
        for (int c = from; c < to; c++) {
            double v = y[c];
            if (v == 0) {
                continue;
            }
            double[] a = rows[c - from];
            double w = v > 1 ? 1 / v : 1;
            for (int j = 0; j < p; j++) {
                b[j] += a[j] * v * w;
            }
            if (v > 1) {
                double f = 1 - w;
                for (int i = 0; i < p; i++) {
                    double ai = a[i] * f;
                    if (ai == 0) {
                        continue;
                    }
                    double[] gi = g[i];
                    for (int j = 0; j < p; j++) {
                        gi[j] -= ai * a[j];
                    }
                }
            }
        }
        double[] x = Nnls.solve(g, b);
        // Fisher information on elements + active background columns
        int[] keep = new int[p];
        int q = 0;
        for (int j = 0; j < p; j++) {
            if (j < m || x[j] > 0) {
                keep[q++] = j;
            }
        }
        double[][] f = new double[q][q];
        for (int a = 0; a < q; a++) {
            for (int c = 0; c < q; c++) {
                f[a][c] = g[keep[a]][keep[c]];
            }
        }
        double[][] cov = covariance(f);
        double[] counts = new double[m];
        double[][] covE = new double[m][m];
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            counts[i] = x[i];
            for (int j = 0; j < m; j++) {
                covE[i][j] = cov == null ? Double.NaN : cov[i][j];
            }
        }
        if (cov == null) {
            warnings.add("The element templates are not linearly independent on this axis; uncertainties are not available.");
        }
        return new LineIntensities(counts, covE, warnings);
    }

    /** Inverse of a symmetric positive definite matrix after diagonal scaling (for conditioning); null if singular. */
    static double[][] covariance(double[][] f) {
        int q = f.length;
        double[] d = new double[q];
        for (int i = 0; i < q; i++) {
            d[i] = f[i][i] > 0 ? 1 / Math.sqrt(f[i][i]) : 0;
            if (d[i] == 0) {
                return null;
            }
        }
        double[][] s = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                s[i][j] = f[i][j] * d[i] * d[j];
            }
        }
        double[][] inv = Cholesky.inverse(s);
        if (inv == null) {
            return null;
        }
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                inv[i][j] *= d[i] * d[j];
            }
        }
        return inv;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "model fit: %d elements + %d background functions on channels [%d, %d)", m,
                p - m, from, to);
    }
}
