package org.psnmf.engine.quant;

/** Measures line intensities of spectra on one energy axis. Implementations are immutable and thread-safe. */
interface LineIntensityEstimator {

    /**
     * @param spectrum values on the plan's energy axis, validated (finite, &gt;= 0); Not modified
     * @return intensities per plan element
     */
    LineIntensities estimate(double[] spectrum);
}
