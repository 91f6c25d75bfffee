package org.psnmf.engine.quant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.xray.LineFamily;

/**
 * Line intensities of one spectrum by a fit of every line family with its own amplitude and of the detector
 * response:
 * <pre>
 *   y_c ≈ mu_c = sum_g x_g T_g(c; theta) + sum_k beta_k b_k(c),     x &gt;= 0, beta &gt;= 0
 * </pre>
 * T_g is the template of fit group g ({@link FitFamilies}: a line family plus the weak families tied to it), in
 * counts per count of its lead family, built with the {@link DetectorResponse} theta = (a, b, c, offset, gain)
 * (width law FWHM^2 = a + b E + c E^2 and energy-scale correction); b_k is the {@link BremsstrahlungBasis}.
 *
 * <p><b>Fit.</b> Variable projection: for a given theta the amplitudes are the non-negative weighted least-squares
 * solution ({@link Nnls}); theta is refined by Levenberg-Marquardt on the weighted residual with the amplitudes held
 * at their current solution when the Jacobian (central differences of the templates) is formed, and re-solved for
 * every trial step. The weights are Poisson: first {@code 1 / max(y_c, 1)} (Neyman), then twice more
 * {@code 1 / max(mu_c, floor)} with the fitted model (iteratively reweighted least squares, which converges to the
 * Poisson maximum-likelihood fit and removes the low-count bias of Neyman weights). The start is the width law from
 * the file's metadata or the user's resolution at Mn Ka (Fiori-Newbury) with no energy correction. Steps that
 * would make a width below 20 eV on the lines' energy range, an offset beyond 0.1 keV or a gain beyond 1 % are
 * refused. Parameters that no line constrains keep their starting value (Marquardt damping).
 *
 * <p><b>Uncertainties.</b> The covariance is the inverse Poisson Fisher information {@code [A J]^T diag(1/mu) [A J]}
 * at the solution, over the free group columns, the active background columns and the five detector parameters, so
 * that the uncertainty of the width and calibration enters the intensities' errors. Groups fitted at 0 keep their
 * column (the standard error of an unconstrained estimate at 0, as a detection limit needs).
 */
final class FamilyFitEstimator implements LineIntensityEstimator {

    private static final int OUTER = 3;
    private static final int MAX_LM = 40;
    private static final double MAX_OFFSET_KEV = 0.1;
    private static final double MAX_GAIN = 0.01;

    private final LinePlan plan;
    private final FitFamilies families;
    private final DetectorResponse start;
    private final int from;
    private final int to;
    private final int ng;
    private final int nb;
    /** background columns over the whole axis and their supports. */
    private final double[][] basis;
    private final int[] basisLo;
    private final int[] basisHi;
    private final boolean fitResponse;

    FamilyFitEstimator(LinePlan plan, boolean fitResponse) {
        this(plan, FitFamilies.of(plan, plan.detector()), fitResponse);
    }

    FamilyFitEstimator(LinePlan plan, FitFamilies families, boolean fitResponse) {
        this.plan = plan;
        this.start = plan.detector();
        this.families = families;
        this.from = plan.fitFrom();
        this.to = plan.fitTo();
        this.ng = families.groups().size();
        this.basis = BremsstrahlungBasis.build(plan.axis(), from, to, plan.settings().beamEnergyKv(), start);
        this.nb = basis.length;
        this.basisLo = new int[nb];
        this.basisHi = new int[nb];
        for (int k = 0; k < nb; k++) {
            int[] s = support(basis[k], from, to);
            basisLo[k] = s[0];
            basisHi[k] = s[1];
        }
        this.fitResponse = fitResponse;
    }

    FitFamilies families() {
        return families;
    }

    /** The design at one theta: group columns over the whole axis with their supports, plus the background. */
    private final class Design {
        final DetectorResponse det;
        final double[][] cols;
        final int[] lo;
        final int[] hi;

        Design(DetectorResponse det) {
            this.det = det;
            int p = ng + nb;
            cols = new double[p][];
            lo = new int[p];
            hi = new int[p];
            EnergyAxis axis = plan.axis();
            for (int g = 0; g < ng; g++) {
                double[] t = new double[axis.channels()];
                families.addTemplate(g, det, axis, 1, t);
                cols[g] = t;
                int[] s = support(t, from, to);
                lo[g] = s[0];
                hi[g] = s[1];
            }
            for (int k = 0; k < nb; k++) {
                cols[ng + k] = basis[k];
                lo[ng + k] = basisLo[k];
                hi[ng + k] = basisHi[k];
            }
        }

        int p() {
            return cols.length;
        }

        /** weighted Gram matrix and right-hand side. */
        double[][] gram(double[] w) {
            int p = p();
            double[][] g = new double[p][p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j <= i; j++) {
                    int a = Math.max(lo[i], lo[j]);
                    int b = Math.min(hi[i], hi[j]);
                    double s = 0;
                    double[] ci = cols[i];
                    double[] cj = cols[j];
                    for (int c = a; c < b; c++) {
                        s += w[c] * ci[c] * cj[c];
                    }
                    g[i][j] = s;
                    g[j][i] = s;
                }
            }
            return g;
        }

        double[] rhs(double[] w, double[] y) {
            double[] b = new double[p()];
            for (int i = 0; i < b.length; i++) {
                double s = 0;
                for (int c = lo[i]; c < hi[i]; c++) {
                    s += w[c] * cols[i][c] * y[c];
                }
                b[i] = s;
            }
            return b;
        }

        double[] model(double[] x) {
            double[] mu = new double[plan.axis().channels()];
            for (int i = 0; i < p(); i++) {
                if (x[i] == 0) {
                    continue;
                }
                for (int c = lo[i]; c < hi[i]; c++) {
                    mu[c] += x[i] * cols[i][c];
                }
            }
            return mu;
        }
    }

    /** Solution at one theta. */
    private record Solution(Design design, double[] x, double[] mu, double chi2) {
    }

    private Solution solve(DetectorResponse det, double[] w, double[] y, Solution previous) {
        return solve0(det, w, y, previous, true);
    }

    /** Unconstrained amplitudes: the objective of the response refinement is then smooth in theta. */
    private Solution solveFree(DetectorResponse det, double[] w, double[] y) {
        return solve0(det, w, y, null, false);
    }

    private Solution solve0(DetectorResponse det, double[] w, double[] y, Solution previous, boolean nonNegative) {
        Design d = new Design(det);
        if (!nonNegative) {
            double[][] g = d.gram(w);
            double[] b = d.rhs(w, y);
            int p = b.length;
            double[] sc = new double[p];
            for (int i = 0; i < p; i++) {
                sc[i] = g[i][i] > 0 ? 1 / Math.sqrt(g[i][i]) : 0;
            }
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    g[i][j] = sc[i] > 0 && sc[j] > 0 ? g[i][j] * sc[i] * sc[j] : (i == j ? 1 : 0);
                }
                b[i] *= sc[i];
            }
            double[] x = Cholesky.solveRegularised(g, b);
            for (int i = 0; i < p; i++) {
                x[i] *= sc[i];
            }
            return finish(d, x, w, y);
        }
        // warm start from the previous positive set (first solve: all columns, feasible when every family shows)
        boolean[] start = new boolean[d.p()];
        for (int i = 0; i < start.length; i++) {
            start[i] = previous == null || previous.x[i] > 0;
        }
        double[] x = Nnls.solve(d.gram(w), d.rhs(w, y), start);
        return finish(d, x, w, y);
    }

    private Solution finish(Design d, double[] x, double[] w, double[] y) {
        double[] mu = d.model(x);
        double chi2 = 0;
        for (int c = from; c < to; c++) {
            double r = y[c] - mu[c];
            chi2 += w[c] * r * r;
        }
        return new Solution(d, x, mu, chi2);
    }

    @Override
    public LineIntensities estimate(double[] y) {
        Fit f = fit(y);
        return result(f.solution, f.covariance, f.solution.design.det);
    }

    /**
     * A quick first look (one non-negative fit at the starting response, Neyman weights): the relative standard
     * error of each element's quantified family, +infinity where it is 0.
     */
    double[] quantRelativeErrors(double[] y) {
        int n = plan.axis().channels();
        double[] w = new double[n];
        for (int c = from; c < to; c++) {
            w[c] = 1 / Math.max(y[c], 1);
        }
        Solution sol = solve(start, w, y, null);
        double[][] cov = covarianceOf(sol, w, false);
        double[] out = new double[plan.elements().size()];
        for (int i = 0; i < out.length; i++) {
            int q = families.quantGroup(i);
            double x = sol.x[q];
            out[i] = cov == null || !(x > 0) ? Double.POSITIVE_INFINITY : Math.sqrt(Math.max(0, cov[q][q])) / x;
        }
        return out;
    }

    /** A converged fit: the solution at the refined response and the group covariance (null if singular). */
    private record Fit(Solution solution, double[][] covariance) {
    }

    private Fit fit(double[] y) {
        int n = plan.axis().channels();
        double[] w = new double[n];
        for (int c = from; c < to; c++) {
            w[c] = 1 / Math.max(y[c], 1);
        }
        double ymax = 0;
        for (int c = from; c < to; c++) {
            ymax = Math.max(ymax, y[c]);
        }
        double floor = Math.min(1, 1e-6 * ymax) + Double.MIN_NORMAL;
        DetectorResponse det = start;
        Solution sol = null;
        for (int outer = 0; outer < OUTER; outer++) {
            if (fitResponse) {
                det = refine(solveFree(det, w, y), w, y).solution.design.det;
            }
            sol = solve(det, w, y, sol);
            for (int c = from; c < to; c++) {
                w[c] = 1 / Math.max(sol.mu[c], floor);
            }
        }
        // w now holds 1 / mu: the Poisson Fisher information at the model
        return new Fit(sol, covariance(sol, w));
    }

    /**
     * Fits a spectrum (the sum of an image) and returns one template per plan element for per-pixel fits of the same
     * image: the element's fitted families at the refined response, in counts per count of its quantified family,
     * i.e. the sub-line and family ratios measured on this spectrum. An element whose quantified family is 0 there
     * gets the tables' ratios.
     *
     * @return {@code [element][channel]} over the whole axis
     */
    double[][] elementTemplates(double[] y) {
        Solution sol = fit(y).solution;
        DetectorResponse det = sol.design.det;
        int m = plan.elements().size();
        double[][] out = new double[m][plan.axis().channels()];
        for (int i = 0; i < m; i++) {
            int q = families.quantGroup(i);
            double xq = sol.x[q];
            double wq = FitFamilies.unabsorbedWeight(families.groups().get(q).lead(), det);
            for (int g = 0; g < ng; g++) {
                FitFamilies.Group gr = families.groups().get(g);
                if (gr.element() != i) {
                    continue;
                }
                double amp = xq > 0 ? sol.x[g] / xq : FitFamilies.unabsorbedWeight(gr.lead(), det) / wq;
                if (amp > 0) {
                    families.addTemplate(g, det, plan.axis(), amp, out[i]);
                }
            }
        }
        return out;
    }

    private record LmResult(Solution solution, int iterations) {
    }

    /** Levenberg-Marquardt on theta at fixed weights. */
    private LmResult refine(Solution sol, double[] w, double[] y) {
        double lambda = 1e-3;
        double[] range = families.lineRange();
        double wyy = 0;
        double sy = 0;
        for (int c = from; c < to; c++) {
            wyy += w[c] * y[c] * y[c];
            sy += y[c];
        }
        double unit = sy > 0 ? wyy / sy : 1;
        int it = 0;
        for (; it < MAX_LM; it++) {
            double[][] jac = jacobian(sol);
            double[] q = sol.design.det.parameters();
            double[][] h = new double[5][5];
            double[] gr = new double[5];
            for (int c = from; c < to; c++) {
                double r = y[c] - sol.mu[c];
                for (int a = 0; a < 5; a++) {
                    double ja = jac[a][c];
                    if (ja == 0) {
                        continue;
                    }
                    gr[a] += w[c] * ja * r;
                    for (int b = 0; b < 5; b++) {
                        h[a][b] += w[c] * ja * jac[b][c];
                    }
                }
            }
            boolean accepted = false;
            for (int tries = 0; tries < 12 && !accepted; tries++) {
                double[][] m = new double[5][5];
                for (int a = 0; a < 5; a++) {
                    System.arraycopy(h[a], 0, m[a], 0, 5);
                    m[a][a] += lambda * (h[a][a] > 0 ? h[a][a] : 1);
                }
                double[] step = Cholesky.solveRegularised(m, gr);
                double[] q2 = new double[5];
                for (int a = 0; a < 5; a++) {
                    q2[a] = q[a] + step[a];
                }
                DetectorResponse d2 = sol.design.det.withParameters(q2);
                if (!admissible(d2, range)) {
                    lambda *= 4;
                    continue;
                }
                Solution s2 = solveFree(d2, w, y);
                if (s2.chi2 < sol.chi2) {
                    double drop = sol.chi2 - s2.chi2;
                    double relDrop = drop / Math.max(sol.chi2, Double.MIN_NORMAL);
                    sol = s2;
                    lambda = Math.max(lambda / 3, 1e-9);
                    accepted = true;
                    // converged: chi^2 falls by under 1e-10 relative or 1e-4 of one Poisson variance (parameter
                    // changes far below their statistical error); unit = 1 for counts, the value scale otherwise
                    if (relDrop < 1e-10 || drop < 1e-4 * unit) {
                        return new LmResult(sol, it + 1);
                    }
                } else {
                    lambda *= 4;
                }
            }
            if (!accepted) {
                break;
            }
        }
        return new LmResult(sol, it);
    }

    private static boolean admissible(DetectorResponse d, double[] range) {
        double min2 = DetectorResponse.MIN_FWHM_KEV * DetectorResponse.MIN_FWHM_KEV;
        for (double e : new double[] {range[0], 0.5 * (range[0] + range[1]), range[1]}) {
            if (!(d.fwhmA() + e * (d.fwhmB() + e * d.fwhmC()) > min2)) {
                return false;
            }
        }
        return Math.abs(d.offsetKeV()) <= MAX_OFFSET_KEV && Math.abs(d.gain()) <= MAX_GAIN;
    }

    /** @return d mu / d theta_a over the axis, at the amplitudes of {@code sol} (analytical) */
    private double[][] jacobian(Solution sol) {
        int n = plan.axis().channels();
        double[][] jac = new double[5][n];
        double[] sc = new double[n];
        double[] ss = new double[n];
        for (int g = 0; g < ng; g++) {
            if (sol.x[g] != 0) {
                families.addTemplateDerivatives(g, sol.design.det, plan.axis(), sol.x[g], jac, sc, ss);
            }
        }
        for (double[] j : jac) {
            for (int c = 0; c < n; c++) {
                if (c < from || c >= to) {
                    j[c] = 0;
                }
            }
        }
        return jac;
    }

    private double[][] covariance(Solution sol, double[] w) {
        return covarianceOf(sol, w, fitResponse);
    }

    /** @return covariance of the group amplitudes (ng x ng), or null if the information matrix is singular */
    private double[][] covarianceOf(Solution sol, double[] w, boolean withResponse) {
        Design d = sol.design;
        List<double[]> cols = new ArrayList<>();
        List<int[]> sup = new ArrayList<>();
        for (int i = 0; i < d.p(); i++) {
            if (i < ng || sol.x[i] > 0) {
                cols.add(d.cols[i]);
                sup.add(new int[] {d.lo[i], d.hi[i]});
            }
        }
        if (withResponse) {
            for (double[] j : jacobian(sol)) {
                cols.add(j);
                sup.add(new int[] {from, to});
            }
        }
        int q = cols.size();
        double[][] f = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j <= i; j++) {
                int a = Math.max(sup.get(i)[0], sup.get(j)[0]);
                int b = Math.min(sup.get(i)[1], sup.get(j)[1]);
                double s = 0;
                double[] ci = cols.get(i);
                double[] cj = cols.get(j);
                for (int c = a; c < b; c++) {
                    s += w[c] * ci[c] * cj[c];
                }
                f[i][j] = s;
                f[j][i] = s;
            }
        }
        double[][] inv = ModelFitEstimator.covariance(f);
        if (inv == null) {
            return null;
        }
        double[][] out = new double[ng][ng];
        for (int i = 0; i < ng; i++) {
            System.arraycopy(inv[i], 0, out[i], 0, ng);
        }
        return out;
    }

    private LineIntensities result(Solution sol, double[][] cov, DetectorResponse det) {
        List<QuantElement> els = plan.elements();
        int m = els.size();
        double[] counts = new double[m];
        double[][] covE = new double[m][m];
        for (int i = 0; i < m; i++) {
            int gi = families.quantGroup(i);
            counts[i] = sol.x[gi];
            for (int j = 0; j < m; j++) {
                covE[i][j] = cov == null ? Double.NaN : cov[gi][families.quantGroup(j)];
            }
        }
        // reported families: (element, name) -> coefficients over the groups (catch-all families sum several units)
        java.util.Map<String, double[]> coef = new java.util.LinkedHashMap<>();
        java.util.Map<String, FamilyIntensity> proto = new java.util.LinkedHashMap<>();
        for (int g = 0; g < ng; g++) {
            FitFamilies.Group gr = families.groups().get(g);
            for (int k = 0; k < gr.families().size(); k++) {
                LineFamily f = gr.families().get(k);
                String key = f.element() + " " + f.name();
                coef.computeIfAbsent(key, x -> new double[ng])[g] += gr.ratio()[k];
                FamilyIntensity old = proto.get(key);
                boolean free = k == 0 || (old != null && old.free());
                boolean quant = k == 0 && g == families.quantGroup(gr.element());
                double e = old == null ? f.energyKeV() : old.energyKeV();
                proto.put(key, new FamilyIntensity(f.element(), f.name(), e, 0, 0, free, quant || (old != null && old.quantified())));
            }
        }
        List<FamilyIntensity> fams = new ArrayList<>();
        for (java.util.Map.Entry<String, double[]> en : coef.entrySet()) {
            double[] cf = en.getValue();
            double cnt = 0;
            double var = 0;
            for (int g = 0; g < ng; g++) {
                cnt += cf[g] * sol.x[g];
                if (cov != null && cf[g] != 0) {
                    for (int h = 0; h < ng; h++) {
                        var += cf[g] * cov[g][h] * cf[h];
                    }
                }
            }
            FamilyIntensity pr = proto.get(en.getKey());
            fams.add(new FamilyIntensity(pr.element(), pr.family(), pr.energyKeV(), cnt,
                    cov == null ? Double.NaN : Math.sqrt(Math.max(0, var)), pr.free(), pr.quantified()));
        }
        fams.sort((x, z) -> x.element().equals(z.element()) ? Double.compare(x.energyKeV(), z.energyKeV()) : 0);
        List<String> warnings = new ArrayList<>();
        if (cov == null) {
            warnings.add("The line families are not linearly independent on this axis; uncertainties are not available.");
        }
        return new LineIntensities(counts, covE, warnings, fams, fitResponse ? det : null);
    }

    /** @return [first, last) channels within [from, to) where v is non-zero ([from, from) if none) */
    static int[] support(double[] v, int from, int to) {
        int a = from;
        while (a < to && v[a] == 0) {
            a++;
        }
        int b = to;
        while (b > a && v[b - 1] == 0) {
            b--;
        }
        return new int[] {a, b};
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "family fit: %d line-family groups + %d background functions on channels [%d, %d)",
                ng, nb, from, to);
    }
}
