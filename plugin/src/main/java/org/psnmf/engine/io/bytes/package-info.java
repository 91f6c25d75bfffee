/**
 * Byte-level input shared by binary vendor formats: buffered little-endian reading ({@link
 * org.psnmf.engine.io.bytes.LeInput}) in which running out of data is a {@link
 * org.psnmf.engine.io.SpectrumFileException} saying what was truncated.
 */
package org.psnmf.engine.io.bytes;
