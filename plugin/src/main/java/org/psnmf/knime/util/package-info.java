/**
 * Plumbing shared by the node packages: the generic {@link org.psnmf.knime.util.PsnmfNodeFactory} and
 * {@link org.psnmf.knime.util.PsnmfNodeModel} (settings handling, engine exceptions to KNIME messages),
 * {@link org.psnmf.knime.util.KnimeProgress} (the engine's progress and cancellation on a KNIME execution monitor),
 * input checks ({@link org.psnmf.knime.util.Inputs}), channel ranges ({@link org.psnmf.knime.util.Channels}) and the
 * decomposition output tables ({@link org.psnmf.knime.util.DecompositionTables}).
 */
package org.psnmf.knime.util;
