/**
 * Binning by summing counts, so that the result is still Poisson count data with the total conserved: spatial b x b
 * binning (the first step of PSNMF) and energy binning, {@link org.psnmf.engine.binning.Binning}, returning a
 * {@link org.psnmf.engine.binning.BinningResult} with warnings for what an
 * {@link org.psnmf.engine.binning.EdgePolicy} drops or keeps at the image edge.
 */
package org.psnmf.engine.binning;
