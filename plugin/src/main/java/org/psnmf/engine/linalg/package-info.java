/**
 * Small dense linear algebra the engine needs beyond EJML's operations:
 * {@link org.psnmf.engine.linalg.SymmetricEigen} (eigen-decomposition of a symmetric matrix, eigenvalues in
 * descending order), used by the PCA and the NMF initialisations.
 */
package org.psnmf.engine.linalg;
