package org.psnmf.knime.workflows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.psnmf.knime.nodes.compare.CompareComponentsRunner;
import org.psnmf.knime.table.TableData;

/**
 * The key output tables of an example workflow, Compare Components' and Quantification's, as text: one file per
 * table output, named {@code <node id>-<port>.tsv}, a header ({@code row} and the column names), then the row id and
 * one cell per column (numbers as Java prints a double/int, {@code ?} = missing, {@code <other>} = an image). The
 * stub-runtime chain ({@link WorkflowChainTest}) and the real-KNIME checker ({@code src/realknime}) write the same
 * form, so {@code RealKnimeIT} compares KNIME's tables with the chain's exactly.
 *
 * <p>The chain test saves its tables under {@code target/workflow-chain/<workflow>/} with a fingerprint of the
 * workflow folder; {@link #expected} reuses them when they belong to this build (fingerprint equal, newer than the
 * compiled classes) and runs the chain itself otherwise.
 */
public final class KeyOutputs {

    /** Node handles ({@link PsnmfNodes}) whose tables are compared. */
    static final List<String> KEY_NODES = List.of("compare", "quantification");

    private static final String FINGERPRINT = "fingerprint.txt";

    private KeyOutputs() {
    }

    /** @return file name → table text of every table output of the key nodes in {@code r} */
    static Map<String, String> of(WorkflowReader.StoredWorkflow wf, ChainRunner.Results r) {
        Map<String, String> out = new TreeMap<>();
        for (WorkflowReader.StoredNode n : wf.nodes()) {
            boolean key = KEY_NODES.stream().anyMatch(h -> PsnmfNodes.DECLS.get(h).factory().equals(n.factory()));
            if (!key) {
                continue;
            }
            List<Object> outs = r.outputs().get(n.id());
            for (int i = 0; i < outs.size(); i++) {
                Object o = outs.get(i);
                TableData t = o instanceof CompareComponentsRunner.Result c ? c.table()
                        : o instanceof TableData d ? d : null;
                if (t != null) {
                    out.put(n.id() + "-" + (i + 1) + ".tsv", text(t));
                }
            }
        }
        return out;
    }

    /** @return {@code t} in the text form described above (as the node's KNIME table holds it) */
    static String text(TableData t) {
        StringBuilder b = new StringBuilder("row");
        for (TableData.Column c : t.columns()) {
            b.append('\t').append(esc(c.name()));
        }
        b.append('\n');
        for (TableData.Row r : t.rows()) {
            b.append(esc(r.id()));
            for (Object v : r.values()) {
                b.append('\t').append(v == null ? "?" : v instanceof Double || v instanceof Integer ? v.toString()
                        : v instanceof String s ? esc(s) : "<other>");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    static Path cache(String workflow) {
        return Path.of("target", "workflow-chain", workflow).toAbsolutePath();
    }

    /** Saves the chain's key tables of {@code workflow} (called by the chain test). */
    static void save(String workflow, Map<String, String> tables) throws IOException {
        Path dir = cache(workflow);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : tables.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve(FINGERPRINT), fingerprint(RepoPaths.workflows().resolve(workflow)));
    }

    /**
     * @return the chain's key tables of {@code workflow}: saved by the chain test of this build, else computed now
     */
    public static Map<String, String> expected(String workflow, Path tmp) throws Exception {
        Path dir = cache(workflow);
        Path fp = dir.resolve(FINGERPRINT);
        Path classes = Path.of("target", "classes").toAbsolutePath();
        if (Files.isRegularFile(fp)
                && Files.readString(fp).equals(fingerprint(RepoPaths.workflows().resolve(workflow)))
                && Files.getLastModifiedTime(fp).compareTo(newest(classes)) > 0) {
            Map<String, String> out = new TreeMap<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".tsv")).toList()) {
                    out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            System.out.println("[key outputs] '" + workflow + "': the chain test's tables of this build (" + dir + ")");
            return out;
        }
        System.out.println("[key outputs] '" + workflow + "': running the stub-runtime chain");
        Path copy = tmp.resolve("chain");
        WorkflowChainTest.copy(RepoPaths.workflows().resolve(workflow), copy);
        WorkflowReader.StoredWorkflow wf = WorkflowReader.read(copy);
        return of(wf, ChainRunner.run(wf, NodeExecutors.all(), new ChainRunner.Context(copy, tmp)));
    }

    /** SHA-256 over the relative paths and bytes of every file in {@code dir}. */
    static String fingerprint(Path dir) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    md.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(p));
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.nio.file.attribute.FileTime newest(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).max(Comparable::compareTo).orElse(java.nio.file.attribute.FileTime.fromMillis(0));
        }
    }
}
