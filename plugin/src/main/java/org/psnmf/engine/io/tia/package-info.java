/**
 * FEI/Thermo Fisher TIA acquisitions: an {@code .emi} file with its {@code NAME_n.ser} series; the EDS spectrum
 * image or line profile is read into sparse storage, image series and single spectra are refused. Mirrors
 * RosettaSciIO {@code rsciio.tia} and the published description of the {@code .ser} format (C. Boothroyd) it follows.
 */
package org.psnmf.engine.io.tia;
