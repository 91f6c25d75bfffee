/**
 * Figures without a charting library, for the demo report, the documentation and KNIME image cells:
 * {@link org.psnmf.engine.render.MapImage} (a map as a colour image), {@link org.psnmf.engine.render.LinePlot}
 * (spectra), {@link org.psnmf.engine.render.FigureGrid} (titled panels on a grid, as in the paper's figures),
 * {@link org.psnmf.engine.render.Colormap} and {@link org.psnmf.engine.render.Png} (encoding, atomic file writes).
 */
package org.psnmf.engine.render;
