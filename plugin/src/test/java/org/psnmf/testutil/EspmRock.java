package org.psnmf.testutil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.progress.Progress;

/**
 * The two noisy espm spectrum images of {@code shared/data/independent} ({@code rock_si_120}, {@code rock_si_25}:
 * 96 x 96 x 1980, olivine matrix with garnet and phosphate grains, simulated by another group's code, see its
 * README) with their ground truth. The {@code .raw} is stored gzip-compressed; it is gunzipped into a temporary folder
 * next to a copy of the {@code .rpl} and read with the project's RIPPLE reader, then deleted. For tests and the
 * evaluation only; nothing of it is shipped.
 *
 * @param name    "rock_si_120" or "rock_si_25"
 * @param counts  the noisy counts
 * @param spectra truth phase spectra (olivine, garnet, phosphate), each summing to 1, k x 1980
 * @param maps    truth abundances, k x 9216 (p = y·96 + x), summing to 1 per pixel
 * @param phases  phase names in order
 */
public record EspmRock(String name, SparseSpectrumImage counts, double[][] spectra, double[][] maps,
        List<String> phases) {

    /** @return the image, or empty where {@code shared/data/independent} is absent */
    public static java.util.Optional<EspmRock> find(String name) throws IOException {
        java.util.Optional<Path> root = SharedData.root();
        if (root.isEmpty() || !Files.exists(root.get().resolve("independent").resolve(name + ".raw.gz"))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(load(root.get().resolve("independent"), name));
    }

    /** Reads {@code dir/name.rpl} + {@code name.raw.gz} and the truth files of {@code dir}. */
    public static EspmRock load(Path dir, String name) throws IOException {
        Path tmp = Files.createTempDirectory("psnmf-espm");
        try {
            Files.copy(dir.resolve(name + ".rpl"), tmp.resolve(name + ".rpl"));
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(name + ".raw.gz")));
                    OutputStream out = Files.newOutputStream(tmp.resolve(name + ".raw"))) {
                in.transferTo(out);
            }
            SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(tmp.resolve(name + ".rpl"), Progress.NONE);
            double[][] spectra = columns(dir.resolve("truth_spectra.csv"), 1);
            double[][] maps = columns(dir.resolve("truth_maps.csv"), 2);
            return new EspmRock(name, img, spectra, maps, List.of("olivine", "garnet", "phosphate"));
        } finally {
            try (var s = Files.walk(tmp)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * @return the numeric columns after the first {@code skip} ones, as k arrays; a file starting with columns x,y
     *         (truth_maps.csv) is placed by pixel p = y·96 + x, any other in row order
     */
    private static double[][] columns(Path csv, int skip) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            int n = header.split(",").length - skip;
            int[] xy = header.startsWith("x,y") ? new int[] {0, 1} : null;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                double[] v = new double[n + (xy != null ? 2 : 0)];
                for (int i = 0; i < n; i++) {
                    v[i] = Double.parseDouble(f[skip + i]);
                }
                if (xy != null) {
                    v[n] = Double.parseDouble(f[0]);
                    v[n + 1] = Double.parseDouble(f[1]);
                }
                rows.add(v);
            }
            double[][] out = new double[n][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                double[] v = rows.get(i);
                // maps: place by (x, y) so the order of the file does not matter
                int at = xy != null ? (int) v[n + 1] * 96 + (int) v[n] : i;
                for (int j = 0; j < n; j++) {
                    out[j][at] = v[j];
                }
            }
            return out;
        }
    }
}
