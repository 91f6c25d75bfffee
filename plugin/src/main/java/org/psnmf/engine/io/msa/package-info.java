/**
 * EMSA/MAS spectral data files ({@code .msa}, ISO 22029:2022, the Microscopy Society of America's EMSA format):
 * one spectrum, read as a 1 x 1 image and written for sum and component spectra. Mirrors RosettaSciIO
 * {@code rsciio.msa} in keys ({@code #FWHMMNKA}, {@code #ELEVANGLE}) and axis conventions.
 */
package org.psnmf.engine.io.msa;
