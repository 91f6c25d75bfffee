/**
 * The registry of readers: {@link org.psnmf.engine.io.registry.Readers#all()} lists every format, {@link
 * org.psnmf.engine.io.registry.Readers#detect} picks one by content (falling back to the extension) and {@link
 * org.psnmf.engine.io.registry.Readers#read} reads a file. The counterpart of RosettaSciIO's plugin list
 * ({@code rsciio.IO_PLUGINS}); the only package that depends on the format packages.
 */
package org.psnmf.engine.io.registry;
