package org.psnmf.engine.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigen-decomposition of a real symmetric matrix through EJML, with eigenpairs sorted by decreasing eigenvalue.
 * Used by the Poisson-scaled PCA (channel x channel covariance).
 */
public final class SymmetricEigen {

    private final double[] values;
    private final double[][] vectors;

    private SymmetricEigen(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /**
     * @param a symmetric n x n matrix, row-major, length n*n; Not modified
     * @param n size
     * @return eigenvalues (descending) and unit eigenvectors
     */
    public static SymmetricEigen of(double[] a, int n) {
        if (a.length != n * n) {
            throw new IllegalArgumentException("Matrix has " + a.length + " entries, expected " + n + " x " + n + ".");
        }
        DMatrixRMaj m = new DMatrixRMaj(n, n, true, a);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(m)) {
            throw new ArithmeticException("Eigen-decomposition did not converge for a " + n + " x " + n + " matrix.");
        }
        Integer[] order = new Integer[n];
        double[] vals = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            vals[i] = eig.getEigenvalue(i).getReal();
        }
        java.util.Arrays.sort(order, (i, j) -> Double.compare(vals[j], vals[i]));
        double[] sortedValues = new double[n];
        double[][] vecs = new double[n][];
        for (int r = 0; r < n; r++) {
            sortedValues[r] = vals[order[r]];
            DMatrixRMaj v = eig.getEigenVector(order[r]);
            vecs[r] = v == null ? new double[n] : v.getData().clone();
        }
        return new SymmetricEigen(sortedValues, vecs);
    }

    /** @return eigenvalues, descending. Do not modify. */
    public double[] values() {
        return values;
    }

    /** @return eigenvector r (unit length), matching {@link #values()}[r]. Do not modify. */
    public double[] vector(int r) {
        return vectors[r];
    }
}
