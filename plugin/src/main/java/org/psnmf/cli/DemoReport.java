package org.psnmf.cli;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.io.AtomicOutput;
import org.psnmf.engine.nmf.NmfResult;
import org.psnmf.engine.psnmf.PsnmfResult;
import org.psnmf.engine.pca.PcaResult;
import org.psnmf.engine.quant.Composition;
import org.psnmf.engine.render.Colormap;
import org.psnmf.engine.render.FigureGrid;
import org.psnmf.engine.render.LinePlot;
import org.psnmf.engine.render.MapImage;
import org.psnmf.engine.render.Png;
import org.psnmf.engine.synth.SyntheticDataset;

/**
 * Writes the demo's one-page HTML report and its PNG figures: abundance maps (truth / PSNMF / NMF), component
 * spectra on a log axis, the Nd elemental map raw / PCA / PSNMF against the truth (the paper's Figure 2) and the PCA
 * scree. Every file is written atomically and replaced on each run.
 */
final class DemoReport {

    static final String HTML = "report.html";
    static final String MAPS = "maps.png";
    static final String SPECTRA = "spectra.png";
    static final String ND = "nd_maps.png";
    static final String SCREE = "scree.png";

    private DemoReport() {
    }

    private static String compositionHtml(SyntheticDataset truth, List<Composition> found) {
        StringBuilder sb = new StringBuilder("<h2>Quantification of the PSNMF spectra (Cliff-Lorimer, atomic %)</h2>\n");
        sb.append("<p>k-factors from the X-ray emission cross-sections at the beam energy, model-fit line intensities. ")
                .append("Truth = the composition used to simulate the phase.</p>\n<table><tr><th>Element</th>");
        for (String p : truth.phaseNames()) {
            sb.append("<th>").append(p).append(" truth</th><th>").append(p).append(" PSNMF &plusmn; 1&sigma;</th>");
        }
        sb.append("</tr>\n");
        for (String el : DemoCommand.ELEMENTS) {
            sb.append("<tr><td>").append(el).append("</td>");
            for (int i = 0; i < found.size(); i++) {
                double t = truth.phases().get(i).atomicPercent().getOrDefault(el, 0.0);
                sb.append(String.format(Locale.ROOT, "<td>%.2f</td><td>%.2f &plusmn; %.2f</td>", t,
                        found.get(i).atomicPercent(el), found.get(i).sigmaAtomicPercent(el)));
            }
            sb.append("</tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    static void write(Path dir, SyntheticDataset truth, PsnmfResult ps, NmfResult nmf, PcaResult pca,
            DemoCommand.DemoScores s, List<Composition> compositions, long seed) throws IOException {
        List<String> phases = truth.phaseNames();
        int w = truth.counts().width();
        int h = truth.counts().height();
        int k = phases.size();
        int zoom = MapImage.zoomFor(w, h, 240);

        FigureGrid maps = new FigureGrid(k).title("Abundance maps (0 to 1)");
        for (int i = 0; i < k; i++) {
            maps.add(phases.get(i) + " truth", MapImage.render(truth.maps()[i], w, h, 0, 1, Colormap.VIRIDIS, zoom));
        }
        for (int i = 0; i < k; i++) {
            maps.add(String.format(Locale.ROOT, "PSNMF, MSE %.4f", s.psnmfMse()[i]),
                    MapImage.render(ps.maps()[s.psnmfMatch()[i]], w, h, 0, 1, Colormap.VIRIDIS, zoom));
        }
        for (int i = 0; i < k; i++) {
            maps.add(String.format(Locale.ROOT, "NMF, MSE %.4f", s.nmfMse()[i]),
                    MapImage.render(nmf.maps()[s.nmfMatch()[i]], w, h, 0, 1, Colormap.VIRIDIS, zoom));
        }
        maps.rowLabel(0, "Truth").rowLabel(1, "PSNMF").rowLabel(2, "NMF");
        Png.write(maps.render(), dir.resolve(MAPS), true);

        EnergyAxis axis = truth.counts().energyAxis();
        double[] energies = axis.energies();
        FigureGrid spectra = new FigureGrid(1).title("Component spectra (log scale; dashed = truth)");
        for (int i = 0; i < k; i++) {
            BufferedImage plot = new LinePlot(energies).logY(true).labels("Energy (keV)", "Counts per pixel")
                    .title(String.format(Locale.ROOT, "%s: PSNMF %.2f°, NMF %.2f°", phases.get(i),
                            s.psnmfAngles()[i], s.nmfAngles()[i]))
                    .add("NMF", nmf.spectra()[s.nmfMatch()[i]], new Color(0xd62728), false)
                    .add("PSNMF", ps.spectra()[s.psnmfMatch()[i]], new Color(0x1f77b4), false)
                    .add("truth", truth.spectra()[i], Color.BLACK, true)
                    .render(900, 260);
            spectra.add("", plot);
        }
        Png.write(spectra.render(), dir.resolve(SPECTRA), true);

        // one colour scale for all four Nd maps (the truth's range), so noise and bias are visible as they are
        double[] range = MapImage.robustRange(s.ndMaps()[0]);
        String[] names = {"Ground truth", "Raw", "PCA (3 comp.)", "PSNMF"};
        double[] psnr = {Double.NaN, s.ndRawPsnr(), s.ndPcaPsnr(), s.ndPsnmfPsnr()};
        FigureGrid nd = new FigureGrid(4).title(String.format(Locale.ROOT,
                "Nd L\u03b1 elemental map (%.2f-%.2f keV window), common colour scale", s.ndFromKeV(), s.ndToKeV()));
        for (int i = 0; i < 4; i++) {
            String t = i == 0 ? names[i] : String.format(Locale.ROOT, "%s, PSNR %.1f dB", names[i], psnr[i]);
            nd.add(t, MapImage.render(s.ndMaps()[i], w, h, range[0], range[1], Colormap.INFERNO, zoom));
        }
        Png.write(nd.render(), dir.resolve(ND), true);

        int n = Math.min(10, pca.explainedVariance().length);
        double[] idx = new double[n];
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i + 1;
            ev[i] = pca.explainedVariance()[i];
        }
        Png.write(new LinePlot(idx).logY(true).title("PCA scree (Poisson-scaled)")
                .labels("Component", "Explained variance ratio").add("explained variance", ev).render(520, 300),
                dir.resolve(SCREE), true);

        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>PSNMF demo report</title><style>body{font-family:sans-serif;max-width:1000px;")
                .append("margin:2em auto;color:#222}table{border-collapse:collapse}td,th{border:1px solid #bbb;")
                .append("padding:4px 10px;text-align:right}th{background:#eee}img{max-width:100%}</style></head><body>\n")
                .append("<h1>PSNMF on the synthetic mantle sample</h1>\n")
                .append(String.format(Locale.ROOT, "<p>%d&times;%d pixels, %d channels (%.2f-%.2f keV), %.1f mean "
                        + "counts per pixel, seed %d. Phases Brg, Fp and CaPv with the compositions of Table 1 of "
                        + "Chen, Alexander &amp; H&eacute;bert (arXiv:2405.14649). PSNMF with b = %d "
                        + "(binned image %d&times;%d), compared with plain Poisson NMF on the original image and "
                        + "Poisson-scaled PCA, all with 3 components.</p>\n", w, h, axis.channels(),
                        axis.offsetKeV(), axis.maxEnergy(), truth.counts().totalCounts() / truth.counts().pixels(),
                        seed, ps.bin(), ps.binnedWidth(), ps.binnedHeight()))
                .append("<h2>Scores against the ground truth</h2>\n<table><tr><th>Phase</th><th>PSNMF spectral angle")
                .append("</th><th>NMF spectral angle</th><th>PSNMF map MSE</th><th>NMF map MSE</th></tr>\n");
        for (String row : s.rows(phases)) {
            html.append(row).append('\n');
        }
        html.append("</table>\n").append(String.format(Locale.ROOT, "<p>Nd map PSNR against the truth: raw %.1f dB, "
                + "PCA %.1f dB, PSNMF %.1f dB (higher is better).</p>\n", s.ndRawPsnr(), s.ndPcaPsnr(),
                s.ndPsnmfPsnr()))
                .append(String.format(Locale.ROOT, "<p>Run time: PSNMF binned stage %.1f s (%d iterations), "
                        + "full-resolution stage %.1f s (%d iterations); plain NMF %.1f s (%d iterations).</p>\n",
                        ps.binnedSeconds(), ps.binned().iterations(), ps.fullSeconds(), ps.full().iterations(),
                        nmf.seconds(), nmf.iterations()))
                .append(compositionHtml(truth, compositions))
                .append("<h2>Abundance maps</h2>\n<img src=\"").append(MAPS).append("\" alt=\"abundance maps\">\n")
                .append("<h2>Component spectra</h2>\n<img src=\"").append(SPECTRA).append("\" alt=\"spectra\">\n")
                .append("<h2>Denoising: the trace element Nd</h2>\n<img src=\"").append(ND)
                .append("\" alt=\"Nd maps\">\n<h2>PCA scree</h2>\n<img src=\"").append(SCREE)
                .append("\" alt=\"scree\">\n<p>Files: <code>spectra.csv</code>, <code>maps.csv</code> and ")
                .append("<code>summary.json</code> hold the PSNMF result, <code>quant.csv</code> its quantification, in the format of <code>psnmf run</code>.</p>\n")
                .append("</body></html>\n");
        try (AtomicOutput o = AtomicOutput.open(dir.resolve(HTML), true)) {
            o.stream().write(html.toString().getBytes(StandardCharsets.UTF_8));
            o.commit();
        }
    }
}
