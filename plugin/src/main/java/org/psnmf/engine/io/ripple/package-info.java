/**
 * Lispix RIPPLE: a text header {@code NAME.rpl} plus the binary cube {@code NAME.raw} (read and write, every
 * {@code data-type}/{@code data-length}, {@code byte-order} and {@code record-by}). Keys and layout follow the
 * Lispix description (NIST, D. Bright) as HyperSpy's reader and writer interpret them (RosettaSciIO
 * {@code rsciio.ripple}); HyperSpy loads what we write as an {@code EDSTEMSpectrum}.
 */
package org.psnmf.engine.io.ripple;
