package org.psnmf.engine.quant;

import java.util.Map;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.xray.DetectorModel;
import org.psnmf.engine.xray.LineProfile;
import org.psnmf.engine.xray.XrayDatabase;
import org.psnmf.engine.xray.XrayLine;

/**
 * Test fixture: noise-free thin-film spectra written directly from the physics (independently of the fit templates):
 * counts of line l of element i = scale x atomic fraction x sigma_l x eps(E_l), channel-integrated Gaussians, plus a
 * continuum that is NOT exactly in the fit's background basis (Kramers x efficiency x a low-energy absorption factor
 * 1 - exp(-E / 0.6 keV)).
 */
final class MixtureSpectra {

    static final EnergyAxis AXIS = new EnergyAxis(2048, 0.0, 0.01);
    static final double BEAM = 200;

    private MixtureSpectra() {
    }

    /**
     * @param atomicPercent element -&gt; at% (need not sum to 100)
     * @param peakScale     counts per (atomic fraction x cross-section x efficiency) unit, before normalisation:
     *                      the spectrum is scaled so that the characteristic lines hold {@code lineCounts} counts
     * @param continuumFraction continuum counts as a fraction of the line counts
     */
    static double[] spectrum(Map<String, Double> atomicPercent, double lineCounts, double continuumFraction) {
        XrayDatabase db = XrayDatabase.get();
        DetectorModel det = DetectorModel.DEFAULT;
        double[] lines = new double[AXIS.channels()];
        for (Map.Entry<String, Double> e : atomicPercent.entrySet()) {
            for (XrayLine l : db.lines(e.getKey(), BEAM)) {
                LineProfile.addLine(lines, AXIS, det, l, e.getValue() / 100);
            }
        }
        double sum = 0;
        for (double v : lines) {
            sum += v;
        }
        double[] cont = new double[AXIS.channels()];
        double csum = 0;
        for (int c = 1; c < cont.length; c++) {
            double en = AXIS.energyAt(c);
            cont[c] = (BEAM - en) / en * det.efficiency(en) * (1 - Math.exp(-en / 0.6));
            csum += cont[c];
        }
        double[] y = new double[AXIS.channels()];
        for (int c = 0; c < y.length; c++) {
            y[c] = lines[c] * lineCounts / sum + (continuumFraction > 0 ? cont[c] * continuumFraction * lineCounts / csum : 0);
        }
        return y;
    }
}
