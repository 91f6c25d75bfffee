/**
 * Principal component analysis with Poisson scaling (Keenan &amp; Kotula, Surf. Interface Anal. 36 (2004) 203,
 * doi:10.1002/sia.1657), the paper's denoising baseline, computed from the sparse counts without a dense cube.
 */
package org.psnmf.engine.pca;
