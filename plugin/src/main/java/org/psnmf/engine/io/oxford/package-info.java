/**
 * Oxford Instruments AZtec {@code .h5oina} files (HDF5), specification 7.0 and later (per-pixel EDS spectra), as
 * published by Oxford Instruments (github.com/oinanoanalysis/h5oina, {@code H5OINAFile.md}). RosettaSciIO has no
 * reader for it; this one follows the specification.
 */
package org.psnmf.engine.io.oxford;
