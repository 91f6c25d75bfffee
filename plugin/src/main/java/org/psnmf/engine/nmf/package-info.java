/**
 * The solver: Poisson (generalised Kullback–Leibler) non-negative matrix factorisation on sparse counts, with free or
 * fixed spectra (seeded NMF). The PSNMF method built on it is in {@link org.psnmf.engine.psnmf}.
 *
 * <h2>Symbols (fixed once for the whole package)</h2>
 * <ul>
 * <li>{@code Y} — the counts, stored pixel-major as a {@link org.psnmf.engine.data.SparseSpectrumImage}:
 * {@code y[p][c]}, pixel {@code p = y * width + x} (x = column, y = row), channel {@code c}.</li>
 * <li>{@code W} — component spectra, channels x k; in the public API {@code spectra[j][c]} (k arrays of length
 * channels, the paper's W columns). Unit: counts per channel of a pixel made entirely of component j.</li>
 * <li>{@code H} — abundances, k x pixels; in the public API {@code maps[j][p]} (k arrays of length pixels).</li>
 * <li>Model: {@code m[p][c] = sum_j W[c][j] * H[j][p]}; objective
 * {@code D(Y || WH) = sum_{p,c} ( y log(y / m) - y + m )} (0 log 0 = 0), the Poisson negative log-likelihood up to a
 * constant, equal to half the Poisson deviance.</li>
 * <li>Sum-to-one: {@code sum_j H[j][p] = 1} for every pixel (the paper's constraint); W then carries the count
 * level, so that {@code W·H} reproduces the counts.</li>
 * </ul>
 *
 * <p>Every iteration touches only the stored non-zeros: {@code sum_c m[p][c]} is {@code sum_j H[j][p] * colsum(W)_j},
 * so one iteration costs O(nnz·k + (pixels + channels)·k) and no pixels x channels array is ever built.
 *
 * @see org.psnmf.engine.nmf.PoissonNmf
 * @see org.psnmf.engine.psnmf.Psnmf
 */
package org.psnmf.engine.nmf;
