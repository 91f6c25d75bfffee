/**
 * Bruker Esprit files: the {@code .bcf} hypermap inside its AidAim SFS container ({@link
 * org.psnmf.engine.io.bruker.SfsContainer}) with the XML header ({@link org.psnmf.engine.io.bruker.BcfHeader}).
 * Mirrors RosettaSciIO {@code rsciio.bruker} (the format as described there and in Bruker's public examples); the
 * single-spectrum {@code .spx} reader belongs here too.
 */
package org.psnmf.engine.io.bruker;
