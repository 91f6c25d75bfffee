/**
 * Progress and cancellation for long engine work, independent of any user interface:
 * {@link org.psnmf.engine.progress.Progress} (report a fraction with a lazily built message, ask whether to stop;
 * {@link org.psnmf.engine.progress.Progress#NONE} when nobody listens) and
 * {@link org.psnmf.engine.progress.CancelledException}, thrown by {@code checkCancelled()}. The KNIME nodes adapt it to
 * an execution monitor, the command line prints it.
 */
package org.psnmf.engine.progress;
