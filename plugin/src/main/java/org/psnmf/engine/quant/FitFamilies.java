package org.psnmf.engine.quant;

import java.util.ArrayList;
import java.util.List;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.xray.LineFamily;
import org.psnmf.engine.xray.XrayDatabase;
import org.psnmf.engine.xray.XrayLine;

/**
 * The line families of a {@link LinePlan} and how they share amplitudes in the fit.
 *
 * <p>Every transition of a plan element that puts counts into the fit range belongs to a {@link LineFamily}. A family
 * gets its own non-negative amplitude (it is <i>free</i>) when its detected table intensity ({@code sum sigma_l
 * eps(E_l) A(E_l)}) is at least {@value #FREE_FRACTION} of its element's strongest family, and always when it is
 * the family the element is quantified with. Weaker families are tied, at the tables' ratio, to the free family of
 * the same element and shell nearest in energy (they hold too few counts to be measured on their own, and a free
 * column for each would only add variance to their neighbours). Families of one element closer than
 * {@value #RESOLVED_FWHM} FWHM to a stronger one (Fe Lb4 on Fe Lb3) cannot be told apart and share the amplitude of
 * the stronger one; of two families of different elements closer than {@value #OVERLAP_FWHM} FWHM one follows its
 * own element ({@link #demoteOverlaps}). Families centred outside the fit range (Si L below 0.2 keV) are always
 * tied. The transitions of a catch-all family ({@code L_other},
 * {@code M_other}) are fit units of their own under the same rules; the reported family sums them. Immutable.
 */
final class FitFamilies {

    /** Families weaker than this fraction of their element's strongest one are tied to a neighbour. */
    static final double FREE_FRACTION = 0.01;
    /**
     * Families of one element closer than this many FWHM share one amplitude (Fe Lb3 / Lb4 both at 0.7921 keV, Nd
     * Lb1 / Lb4 1.6 eV apart). Pairs a little further apart keep their own amplitudes although the data hardly
     * separate them (Fe La 0.7045 / Lb1 0.7175 keV, 0.18 FWHM: standard error of the split ~5e6 counts on a
     * 1e6-count spectrum, their sum to 0.2 %): tying them at the tables' ratio biased the neighbours where the
     * specimen absorbs the two differently (Cu Lb1 above the Cu L3 edge: O in espm's Au-Cu -0.18 at%).
     */
    static final double RESOLVED_FWHM = 0.1;
    /** Families of different elements closer than this many FWHM: one of them is tied ({@link #demoteOverlaps}). */
    static final double OVERLAP_FWHM = 0.25;
    /**
     * The same when one of the two is the other element's quantified family: a free neighbour within this distance
     * costs the quantification its precision (Nd Lb1 0.68 FWHM from Sm La: on PSNMF components of the mantle sample
     * Sm came out -0.07 at% with Nd Lb1 free, -0.02 tied; Cr Kb on Mn Ka, Mn Kb on Fe Ka).
     */
    static final double QUANT_OVERLAP_FWHM = 0.75;

    /** One fit column: a lead family and the families tied to it, all scaled to the lead family's counts. */
    record Group(int element, List<LineFamily> families, double[] ratio) {
        LineFamily lead() {
            return families.get(0);
        }
    }

    private final List<Group> groups;
    private final int[] quantGroup;
    private final double lo;
    private final double hi;

    private FitFamilies(List<Group> groups, int[] quantGroup, double lo, double hi) {
        this.groups = List.copyOf(groups);
        this.quantGroup = quantGroup;
        this.lo = lo;
        this.hi = hi;
    }

    static FitFamilies of(LinePlan plan, DetectorResponse det) {
        return of(plan, det, new boolean[plan.elements().size()]);
    }

    /**
     * @param weak per plan element: true to give it one amplitude per shell (the quantified family's shell follows
     *             the quantified family, every other shell its strongest family), the tables' ratios within a shell
     */
    static FitFamilies of(LinePlan plan, DetectorResponse det, boolean[] weak) {
        EnergyAxis axis = plan.axis();
        double lo = axis.energyAt(plan.fitFrom()) - 0.5 * axis.scaleKeV();
        double hi = axis.energyAt(plan.fitTo() - 1) + 0.5 * axis.scaleKeV();
        XrayDatabase db = XrayDatabase.get();
        double beam = plan.settings().beamEnergyKv();
        List<QuantElement> els = plan.elements();
        int m = els.size();
        List<List<LineFamily>> units = new ArrayList<>();
        List<List<LineFamily>> leads = new ArrayList<>();
        LineFamily[] quant = new LineFamily[m];
        double[] strongest = new double[m];
        for (int i = 0; i < m; i++) {
            QuantElement el = els.get(i);
            // every line that puts counts into the fit range (a peak reaches 6 sigma beyond its centre)
            List<XrayLine> inRange = new ArrayList<>();
            for (XrayLine l : db.lines(el.element(), beam)) {
                double reach = det.reachKeV(l.energyKeV());
                if (l.crossSection() > 0 && l.energyKeV() < beam && l.energyKeV() + reach >= lo
                        && l.energyKeV() - reach <= hi) {
                    inRange.add(l);
                }
            }
            // fit units: the families, with each transition of a catch-all family (M_other spans 0.2-1.4 keV for
            // La) on its own, so that energy-dependent absorption cannot bias its neighbours through fixed ratios
            List<LineFamily> fams = new ArrayList<>();
            for (LineFamily f : LineFamily.group(inRange)) {
                if (f.name().endsWith("_other")) {
                    for (XrayLine l : f.lines()) {
                        fams.add(new LineFamily(f.element(), f.name(), List.of(l)));
                    }
                } else {
                    fams.add(f);
                }
            }
            for (LineFamily f : fams) {
                strongest[i] = Math.max(strongest[i], weight(f, det));
                if (f.name().equals(el.line())) {
                    quant[i] = f;
                }
            }
            if (quant[i] == null) {
                throw new IllegalArgumentException(el.element() + " " + el.line()
                        + " is not a line family of the fit range (families: Ka, Kb, La, Lb1, ..., Ma, Mb, Mg).");
            }
            // leads: the quantified family and every family above the threshold, minus unresolved weaker ones
            List<LineFamily> ld = new ArrayList<>();
            ld.add(quant[i]);
            List<LineFamily> byWeight = new ArrayList<>(fams);
            byWeight.sort((x, y) -> Double.compare(weight(y, det), weight(x, det)));
            for (LineFamily f : byWeight) {
                if (f == quant[i] || weight(f, det) < FREE_FRACTION * strongest[i] || f.energyKeV() < lo
                        || f.energyKeV() > hi) {
                    continue;
                }
                if (weak[i]) {
                    boolean shellTaken = false;
                    for (LineFamily g : ld) {
                        shellTaken |= g.shell() == f.shell();
                    }
                    if (shellTaken) {
                        continue;
                    }
                }
                boolean unresolved = false;
                for (LineFamily g : ld) {
                    unresolved |= Math.abs(g.energyKeV() - f.energyKeV()) < RESOLVED_FWHM * det.fwhmKeV(f.energyKeV());
                }
                if (!unresolved) {
                    ld.add(f);
                }
            }
            units.add(fams);
            leads.add(ld);
        }
        demoteOverlaps(leads, quant, strongest, det);
        List<Group> groups = new ArrayList<>();
        int[] quantGroup = new int[m];
        for (int i = 0; i < m; i++) {
            List<LineFamily> ld = leads.get(i);
            List<List<LineFamily>> members = new ArrayList<>();
            for (LineFamily f : ld) {
                members.add(new ArrayList<>(List.of(f)));
            }
            for (LineFamily f : units.get(i)) {
                if (!ld.contains(f)) {
                    members.get(nearestLead(ld, f)).add(f);
                }
            }
            for (int g = 0; g < ld.size(); g++) {
                List<LineFamily> ms = members.get(g);
                double[] ratio = new double[ms.size()];
                double w0 = unabsorbedWeight(ms.get(0), det);
                for (int k = 0; k < ratio.length; k++) {
                    ratio[k] = unabsorbedWeight(ms.get(k), det) / w0;
                }
                if (g == 0) {
                    quantGroup[i] = groups.size();
                }
                groups.add(new Group(i, ms, ratio));
            }
        }
        return new FitFamilies(groups, quantGroup, lo, hi);
    }

    /**
     * Families of two elements closer than {@value #OVERLAP_FWHM} FWHM ({@link #QUANT_OVERLAP_FWHM} when one is
     * quantified): only their sum is measured well, so one of them
     * loses its own amplitude and follows its element's other families at the tables' ratio (Zr Lb1 2.1244 keV under
     * Au Ma 2.1216 keV; Zr La under P Ka). The demoted one is the family that is not quantified, else the weaker
     * relative to its element's strongest family.
     */
    private static void demoteOverlaps(List<List<LineFamily>> leads, LineFamily[] quant, double[] strongest,
            DetectorResponse det) {
        int m = leads.size();
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                for (LineFamily f : new ArrayList<>(leads.get(i))) {
                    for (LineFamily g : new ArrayList<>(leads.get(j))) {
                        boolean fq = f == quant[i];
                        boolean gq = g == quant[j];
                        double radius = fq || gq ? QUANT_OVERLAP_FWHM : OVERLAP_FWHM;
                        if (!leads.get(i).contains(f) || !leads.get(j).contains(g) || (fq && gq)
                                || Math.abs(f.energyKeV() - g.energyKeV()) >= radius * det.fwhmKeV(f.energyKeV())) {
                            continue;
                        }
                        boolean demoteF = gq || (!fq && weight(f, det) / strongest[i] < weight(g, det) / strongest[j]);
                        if (demoteF) {
                            leads.get(i).remove(f);
                        } else {
                            leads.get(j).remove(g);
                        }
                    }
                }
            }
        }
    }

    /** @return index of the lead nearest in energy to f, preferring the same shell */
    private static int nearestLead(List<LineFamily> leads, LineFamily f) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int pass = 0; pass < 2 && best < 0; pass++) {
            for (int g = 0; g < leads.size(); g++) {
                LineFamily lead = leads.get(g);
                if (pass == 0 && lead.shell() != f.shell()) {
                    continue;
                }
                double d = Math.abs(lead.energyKeV() - f.energyKeV());
                if (d < bestD) {
                    bestD = d;
                    best = g;
                }
            }
        }
        return best;
    }

    /** @return detected table intensity of a family per unit amount: sum sigma eps A */
    static double weight(LineFamily f, DetectorResponse det) {
        double s = 0;
        for (XrayLine l : f.lines()) {
            s += l.crossSection() * det.efficiency(l.energyKeV()) * det.absorption(l.energyKeV());
        }
        return s;
    }

    /**
     * @return the same without the approximate absorption factor: amplitudes and reported family counts are
     *         unabsorbed counts, so that the k-factors apply unchanged when that correction is on
     */
    static double unabsorbedWeight(LineFamily f, DetectorResponse det) {
        double s = 0;
        for (XrayLine l : f.lines()) {
            s += l.crossSection() * det.efficiency(l.energyKeV());
        }
        return s;
    }

    List<Group> groups() {
        return groups;
    }

    /** @return index of the group whose lead is element i's quantified family */
    int quantGroup(int element) {
        return quantGroup[element];
    }

    /** @return lowest and highest tabulated line energy of all groups, keV */
    double[] lineRange() {
        double mn = Double.POSITIVE_INFINITY;
        double mx = Double.NEGATIVE_INFINITY;
        for (Group g : groups) {
            for (LineFamily f : g.families()) {
                for (XrayLine l : f.lines()) {
                    mn = Math.min(mn, l.energyKeV());
                    mx = Math.max(mx, l.energyKeV());
                }
            }
        }
        return new double[] {mn, mx};
    }

    /**
     * Adds the template of group g (counts per unabsorbed count of its lead family) times {@code amplitude} to
     * {@code out}.
     */
    void addTemplate(int g, DetectorResponse det, EnergyAxis axis, double amplitude, double[] out) {
        Group gr = groups.get(g);
        double w0 = unabsorbedWeight(gr.lead(), det);
        for (LineFamily f : gr.families()) {
            for (XrayLine l : f.lines()) {
                double e = l.energyKeV();
                det.addPeak(out, axis, e, amplitude * l.crossSection() * det.efficiency(e) * det.absorption(e) / w0);
            }
        }
    }

    /** Adds the derivatives of group g's template times {@code amplitude} with respect to {a, b, c, offset, gain}. */
    void addTemplateDerivatives(int g, DetectorResponse det, EnergyAxis axis, double amplitude, double[][] out,
            double[] scratchCentre, double[] scratchSigma) {
        Group gr = groups.get(g);
        double w0 = unabsorbedWeight(gr.lead(), det);
        for (LineFamily f : gr.families()) {
            for (XrayLine l : f.lines()) {
                double e = l.energyKeV();
                det.addPeakDerivatives(out, scratchCentre, scratchSigma, axis, e,
                        amplitude * l.crossSection() * det.efficiency(e) * det.absorption(e) / w0);
            }
        }
    }

    double fitLo() {
        return lo;
    }

    double fitHi() {
        return hi;
    }
}
