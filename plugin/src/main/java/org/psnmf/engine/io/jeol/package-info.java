/**
 * JEOL Analysis Station files: {@code .pts} EDS cubes (an event stream over several frames, read straight into
 * sparse storage, with frame selection and downsampling on load), {@code .ASW} projects that reference them and
 * {@code .EDS} single spectra; {@code .img}/{@code .map} images are recognised and refused. The headers are
 * {@link org.psnmf.engine.io.jeol.JeolTree tagged trees}. Mirrors RosettaSciIO {@code rsciio.jeol}: the format as
 * described and read there, with the values HyperSpy 1.7.3 reads from its public sample files as the reference.
 */
package org.psnmf.engine.io.jeol;
