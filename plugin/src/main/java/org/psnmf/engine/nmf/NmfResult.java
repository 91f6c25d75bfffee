package org.psnmf.engine.nmf;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.FactoredSpectrumImage;

/**
 * Outcome of one Poisson NMF fit (the best restart).
 *
 * @param spectra         W, k arrays of length channels (counts per channel of a pure-component pixel)
 * @param maps            H, k arrays of length pixels, row-major (x fastest)
 * @param iterations      iterations run by the kept restart
 * @param objectiveTrace  generalised KL objective (plus the smoothness penalty if any) at each evaluation, in order;
 *                        non-increasing
 * @param traceIterations iteration number of each trace entry
 * @param objective       final objective D(Y || WH) (+ penalty) of the returned factors
 * @param converged       true if the tolerance was met before the iteration limit and wall-time budget
 * @param seconds         wall-clock seconds of the whole fit (all restarts)
 * @param bestRestart     index of the kept restart (0 = the run started with the chosen init)
 */
public record NmfResult(double[][] spectra, double[][] maps, int iterations, double[] objectiveTrace,
        int[] traceIterations, double objective, boolean converged, double seconds, int bestRestart) {

    /** @return number of components */
    public int components() {
        return spectra.length;
    }

    /** @return the model W·H as a factored image (arrays shared, not copied) */
    public FactoredSpectrumImage toImage(int width, int height, EnergyAxis axis, AcquisitionInfo info) {
        return new FactoredSpectrumImage(width, height, axis, info, spectra, maps);
    }
}
