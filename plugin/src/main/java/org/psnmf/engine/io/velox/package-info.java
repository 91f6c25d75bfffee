/**
 * Thermo Fisher (FEI) Velox {@code .emd} files (HDF5): the EDS {@code SpectrumStream} event streams decoded straight
 * into sparse rows, with the JSON metadata of each stream. Mirrors RosettaSciIO {@code rsciio.emd} (its
 * {@code _emd_velox} reader), whose public description of the stream encoding this reader follows.
 */
package org.psnmf.engine.io.velox;
