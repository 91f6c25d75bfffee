/**
 * HDF5 helpers shared by the HDF5-based readers (Velox, AZtec, HyperSpy), on top of jHDF: signature detection with a
 * user block (signature at 0, 512, 1024, 2048), opening with one-line errors naming the file, memory-mapped opening
 * so that a damaged header cannot make jHDF allocate what it declares, and bounded text-dataset reads.
 */
package org.psnmf.engine.io.hdf5;
