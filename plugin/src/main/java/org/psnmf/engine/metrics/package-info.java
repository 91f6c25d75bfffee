/**
 * Quality measures for decompositions against a reference (ground truth): spectral angle (the paper's eq. 1), map
 * mean squared error (eq. 2), optimal component-to-reference matching, Poisson deviance of a model on counts, and the
 * PSNR of elemental maps. Each class is a stateless holder of static functions.
 */
package org.psnmf.engine.metrics;
