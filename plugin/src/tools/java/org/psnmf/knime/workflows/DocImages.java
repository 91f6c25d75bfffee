package org.psnmf.knime.workflows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.psnmf.engine.render.Colormap;
import org.psnmf.engine.render.FigureGrid;
import org.psnmf.engine.render.LinePlot;
import org.psnmf.engine.render.MapImage;
import org.psnmf.engine.render.Png;
import org.psnmf.knime.nodes.compare.CompareComponentsRunner;
import org.psnmf.knime.nodes.elementalmaps.ElementalMapsRunner;
import org.psnmf.knime.port.Decomposition;

/**
 * Example output images for the documentation, drawn from the results of the chain run of workflow 1 (so they show
 * what the workflow produces): abundance maps (ground truth, PSNMF, plain NMF, matched by spectral angle), the
 * component spectra against the truth, and the Nd map raw / PCA-denoised / PSNMF-denoised (the paper's Figure 2).
 */
final class DocImages {

    static final String MAPS = "docs/images/mantle-maps.png";
    static final String SPECTRA = "docs/images/mantle-spectra.png";
    static final String ND = "docs/images/mantle-nd.png";

    private DocImages() {
    }

    /** Runs workflow 1 from its files (on a temporary copy) and writes the three images. */
    static void regenerate(Path root) throws Exception {
        Path tmp = Files.createTempDirectory("psnmf-docimages");
        try {
            Path dir = tmp.resolve("wf");
            WorkflowChainTest.copy(RepoPaths.workflows().resolve(ExampleWorkflows.MANTLE), dir);
            ChainRunner.Results r = ChainRunner.run(WorkflowReader.read(dir), NodeExecutors.all(),
                    new ChainRunner.Context(dir, tmp));
            M ids = new M();
            write(root, (Decomposition) r.output(ids.synth, 2), (Decomposition) r.output(ids.seeded, 1),
                    ((CompareComponentsRunner.Result) r.output(ids.compare, 1)).matches(),
                    (Decomposition) r.output(ids.plainNmf, 1),
                    ((CompareComponentsRunner.Result) r.output(ids.plainCompare, 1)).matches(),
                    nd(r.output(ids.rawMaps, 1)), nd(r.output(ids.pcaMaps, 1)), nd(r.output(ids.maps, 1)));
        } finally {
            try (java.util.stream.Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Node ids of workflow 1, as {@link ExampleWorkflows#mantle()} numbers them. */
    static final class M {
        final int synth = 1;
        final int seeded = 4;
        final int maps = 6;
        final int quant = 7;
        final int compare = 8;
        final int plainNmf = 9;
        final int plainCompare = 10;
        final int pcaMaps = 12;
        final int rawMaps = 13;
    }

    private static ElementalMapsRunner.ElementMap nd(Object elementalMapsResult) {
        return ((ElementalMapsRunner.Result) elementalMapsResult).maps().stream()
                .filter(m -> m.element().equals("Nd")).findFirst().orElseThrow();
    }

    static void write(Path root, Decomposition truth, Decomposition psnmf, List<CompareComponentsRunner.Match> psnmfMatch,
            Decomposition nmf, List<CompareComponentsRunner.Match> nmfMatch, ElementalMapsRunner.ElementMap rawNd,
            ElementalMapsRunner.ElementMap pcaNd, ElementalMapsRunner.ElementMap psnmfNd) throws IOException {
        int k = truth.components();
        int w = truth.width();
        int h = truth.height();
        int zoom = MapImage.zoomFor(w, h, 200);
        FigureGrid maps = new FigureGrid(k).title("Abundance maps: ground truth, PSNMF (b = 12), plain NMF");
        maps.rowLabel(0, "Ground truth").rowLabel(1, "PSNMF").rowLabel(2, "NMF");
        for (int r = 0; r < k; r++) {
            maps.add(truth.names().get(r), MapImage.render(truth.maps()[r], w, h, 0, 1, Colormap.VIRIDIS, zoom));
        }
        for (int r = 0; r < k; r++) {
            CompareComponentsRunner.Match m = psnmfMatch.get(r);
            maps.add(String.format("%s  (%.2f°, MSE %.4f)", psnmf.names().get(m.component()), m.angleDeg(),
                    m.mapMse()), MapImage.render(psnmf.maps()[m.component()], w, h, 0, 1, Colormap.VIRIDIS, zoom));
        }
        for (int r = 0; r < k; r++) {
            CompareComponentsRunner.Match m = nmfMatch.get(r);
            maps.add(String.format("%s  (%.2f°, MSE %.4f)", nmf.names().get(m.component()), m.angleDeg(),
                    m.mapMse()), MapImage.render(nmf.maps()[m.component()], w, h, 0, 1, Colormap.VIRIDIS, zoom));
        }
        save(root, MAPS, maps.render());

        FigureGrid spectra = new FigureGrid(k).title("Component spectra (log scale): truth vs PSNMF vs NMF");
        double[] e = truth.axis().energies();
        for (int r = 0; r < k; r++) {
            LinePlot p = new LinePlot(e).title(truth.names().get(r)).labels("Energy (keV)", "Counts").logY(true)
                    .add("truth", truth.spectra()[r]).add("PSNMF", psnmf.spectra()[psnmfMatch.get(r).component()])
                    .add("NMF", nmf.spectra()[nmfMatch.get(r).component()], true);
            spectra.add("", p.render(420, 300));
        }
        save(root, SPECTRA, spectra.render());

        FigureGrid nd = new FigureGrid(3).title("Nd map (trace element): raw, PCA-denoised, PSNMF-denoised");
        for (ElementalMapsRunner.ElementMap m : List.of(rawNd, pcaNd, psnmfNd)) {
            nd.add(m == rawNd ? "raw" : m == pcaNd ? "PCA (k = 3)" : "PSNMF",
                    MapImage.autoScaled(m.map(), w, h, Colormap.VIRIDIS, zoom));
        }
        save(root, ND, nd.render());
    }

    private static void save(Path root, String rel, BufferedImage img) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Png.write(img, p, true);
    }
}
