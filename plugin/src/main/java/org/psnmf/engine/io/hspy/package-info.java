/**
 * HyperSpy {@code .hspy} files (HDF5, HyperSpy file format 1.x-3.x): {@code /Experiments/<name>/data} with its
 * {@code axis-i} groups and the EDS metadata tree. Mirrors the reading side of RosettaSciIO {@code rsciio.hspy}
 * ({@code rsciio._hierarchical}); opened through the shared {@link org.psnmf.engine.io.hdf5.Hdf5Files}.
 */
package org.psnmf.engine.io.hspy;
