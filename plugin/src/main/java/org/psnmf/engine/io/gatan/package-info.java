/**
 * Gatan DigitalMicrograph {@code .dm3}/{@code .dm4} files: the tag tree ({@link org.psnmf.engine.io.gatan.DmTagFile})
 * and the spectrum or spectrum image in it. Mirrors RosettaSciIO {@code rsciio.digitalmicrograph}, following the
 * community description of the tag format (C. Boothroyd).
 */
package org.psnmf.engine.io.gatan;
