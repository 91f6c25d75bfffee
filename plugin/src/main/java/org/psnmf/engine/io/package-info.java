/**
 * Spectrum-image file input and output: the contracts every format package implements and the helpers they share.
 *
 * <p>{@link org.psnmf.engine.io.SpectrumImageReader} (one per format, stateless), {@link
 * org.psnmf.engine.io.SpectrumFileException} (a one-line message that starts with the file name), {@link
 * org.psnmf.engine.io.SpectrumImageHeader} (size, axis and metadata known without reading the data), {@link
 * org.psnmf.engine.io.AtomicOutput} (temporary file + rename for every writer) and {@link
 * org.psnmf.engine.io.RowBlocks} (row-block parallel reading).
 *
 * <p>The layout follows RosettaSciIO ({@code rsciio}): one package per format below this one ({@code ripple},
 * {@code msa}, {@code hspy}, {@code velox}, {@code bruker}, {@code oxford}, {@code gatan}), shared helpers in their own
 * packages ({@code hdf5}, {@code json}, {@code bytes}) and the registry with content detection in {@code registry}.
 * Dependencies point one way: registry &rarr; format packages &rarr; helpers &rarr; this package. Nothing here
 * depends on a format package, so adding a format never creates a package cycle.
 */
package org.psnmf.engine.io;
