package org.psnmf.engine.io.jeol;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.psnmf.engine.io.SpectrumFileException;

/**
 * A JEOL Analysis Station project ({@code .ASW}): 12 zero bytes, then a {@link JeolTree} whose
 * {@code SampleInfo/<i>/ViewInfo/<j>/ViewData/<k>/Filename} entries name the view's files (Windows paths relative to
 * the project, e.g. {@code .\Sample\00_View000\View000_0000006.pts}): electron images ({@code .img}), element maps
 * ({@code .map}) and EDS cubes ({@code .pts}). Each view's {@code PositionMM} (float32: x0, y0, -width, height of
 * the field, mm) calibrates its files; HyperSpy takes the pixel size of a cube read through the project from it.
 */
final class AswProject {

    private static final long MAX_BYTES = 64L << 20;

    /** One EDS cube of the project with the field width of its view (µm, NaN if unknown). */
    record Cube(Path file, String view, double fieldWidthUm) {
    }

    private AswProject() {
    }

    /** Content check: 12 zero bytes, then the tree's first entry {@code FileType}. */
    static boolean looksLikeAsw(byte[] head) {
        if (head.length < 26) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (head[i] != 0) {
                return false;
            }
        }
        return head[12] == 1 && new String(head, 17, 8, java.nio.charset.StandardCharsets.US_ASCII).equals(
                "FileType");
    }

    /** @return the {@code .pts} cubes the project references, in file order (they need not exist) */
    static List<Cube> cubes(Path asw) throws IOException {
        long size = Files.size(asw);
        if (size > MAX_BYTES) {
            throw new SpectrumFileException(asw, "is " + size + " bytes, more than a JEOL project file can plausibly"
                    + " be (" + MAX_BYTES + ").");
        }
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(asw)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 13) {
            throw new SpectrumFileException(asw, "is truncated (" + size + " bytes).");
        }
        b.position(12);
        JeolTree.Node root = JeolTree.parse(b, asw, "the .ASW project");
        JeolTree.Node samples = root.at("SampleInfo");
        if (samples == null) {
            throw new SpectrumFileException(asw, "holds no SampleInfo: an empty JEOL project.");
        }
        Path dir = asw.toAbsolutePath().getParent();
        List<Cube> cubes = new ArrayList<>();
        for (JeolTree.Node sample : samples.children().values()) {
            JeolTree.Node views = sample.at("ViewInfo");
            if (views == null) {
                continue;
            }
            for (Map.Entry<String, JeolTree.Node> v : views.children().entrySet()) {
                JeolTree.Node view = v.getValue();
                JeolTree.Node data = view.at("ViewData");
                if (data == null) {
                    continue;
                }
                double[] pos = view.numbers("PositionMM");
                // HyperSpy multiplies the float32 value by 1000 in float32 precision
                double fieldUm = pos != null && pos.length >= 4 ? (float) (Math.abs(pos[2]) * 1000f) : Double.NaN;
                String viewName = view.text("Memo");
                for (JeolTree.Node d : data.children().values()) {
                    String name = d.text("Filename");
                    if (name == null || !name.trim().toLowerCase(Locale.ROOT).endsWith(".pts")) {
                        continue;
                    }
                    Path p = dir;
                    for (String part : name.trim().split("[\\\\/]")) {
                        if (!part.isEmpty() && !part.equals(".")) {
                            p = p.resolve(part);
                        }
                    }
                    cubes.add(new Cube(p.normalize(), viewName == null ? v.getKey() : viewName.trim(), fieldUm
                            > 0 ? fieldUm : Double.NaN));
                }
            }
        }
        return cubes;
    }
}
