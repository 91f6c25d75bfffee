package org.psnmf.realknime;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.workflow.NodeContainer;
import org.knime.core.node.workflow.NodeMessage;
import org.knime.core.node.workflow.WorkflowLoadHelper;
import org.knime.core.node.workflow.WorkflowManager;
import org.knime.core.node.workflow.WorkflowPersistor.WorkflowLoadResult;
import org.knime.core.node.workflow.contextv2.WorkflowContextV2;

/**
 * Runs inside the real KNIME core after KNIME's reference driver (which loaded, executed, saved and reloaded every
 * example workflow and compared every dialog with its node's settings): loads each workflow as KNIME saved it
 * executed, requires every node EXECUTED with no warning and no error, writes the output tables of the key nodes
 * (Compare Components, Quantification) as text for the integration test to compare with the stub-runtime chain, and
 * runs KNIME's batch executor on one workflow where the core still has it (5.5; 5.11 moved it out of the core).
 *
 * <p>Compiled by {@code RealKnimeIT} at test time against the KNIME jars of the runtime it runs in (never by the
 * build: the project compiles against the API stub only). Problems are printed as {@code PROBLEM:} lines.
 */
public final class Checker {

    /** Nodes whose output tables are compared with the stub-runtime chain (node names as in the descriptions). */
    static final List<String> KEY_NODES = List.of("Compare Components", "Quantification");

    private static int problems;

    private Checker() {
    }

    static void p(String s) {
        System.out.println(s);
        System.out.flush();
    }

    static void problem(String s) {
        problems++;
        p("  PROBLEM: " + s);
    }

    /**
     * @param args saved-workflows folder, output folder, workflow folder for the batch executor (or "-")
     * @return 0 when no problem was found, else 1
     */
    public static int run(String[] args) throws Exception {
        Path saved = Path.of(args[0]);
        Path out = Path.of(args[1]);
        p("\n===== [psnmf] executed workflows as saved by KNIME: states, messages, key output tables =====");
        List<Path> wfs = new ArrayList<>();
        if (Files.isDirectory(saved)) {
            try (Stream<Path> s = Files.list(saved)) {
                s.filter(d -> Files.isRegularFile(d.resolve("workflow.knime"))).sorted().forEach(wfs::add);
            }
        }
        if (wfs.isEmpty()) {
            problem("no saved workflow in " + saved + " (the reference driver saves each executed workflow there)");
        }
        for (Path w : wfs) {
            checkSaved(w, out.resolve("tables").resolve(w.getFileName().toString()));
        }
        if (!"-".equals(args[2])) {
            batch(Path.of(args[2]), out.resolve("batch"));
        }
        p("\n===== [psnmf] checker done: " + problems + " problem(s) =====");
        return problems == 0 ? 0 : 1;
    }

    static WorkflowLoadResult load(Path dir) throws Exception {
        WorkflowContextV2 ctx = WorkflowContextV2.builder()
            .withAnalyticsPlatformExecutor(exec -> exec.withCurrentUserAsUserId().withLocalWorkflowPath(dir)
                .withBatchMode(true))
            .withLocalLocation().build();
        return WorkflowManager.loadProject(dir.toFile(), new ExecutionMonitor(), new WorkflowLoadHelper(ctx));
    }

    static void checkSaved(Path dir, Path tables) throws Exception {
        String name = dir.getFileName().toString();
        p("--- [psnmf] '" + name + "'");
        WorkflowLoadResult r = load(dir);
        WorkflowManager wfm = r.getWorkflowManager();
        if (wfm == null || r.hasErrors()) {
            problem("'" + name + "': saved workflow does not load cleanly: " + r.getMessage());
            if (wfm == null) {
                return;
            }
        }
        try {
            List<NodeContainer> ncs = new ArrayList<>(wfm.getNodeContainers());
            ncs.sort(Comparator.comparingInt(nc -> nc.getID().getIndex()));
            int executed = 0;
            for (NodeContainer nc : ncs) {
                NodeMessage m = nc.getNodeMessage();
                boolean clean = m == null || m.getMessageType() == NodeMessage.Type.RESET;
                boolean ok = nc.getNodeContainerState().isExecuted();
                executed += ok ? 1 : 0;
                p(String.format("  [psnmf] node %-40s | %-10s | %s", nc.getNameWithID(), nc.getNodeContainerState(),
                    clean ? "no message" : m.getMessageType() + ": " + m.getMessage().replace('\n', ' ')));
                if (!ok) {
                    problem("'" + name + "' " + nc.getNameWithID() + " is " + nc.getNodeContainerState()
                        + ", not EXECUTED");
                }
                if (!clean) {
                    problem("'" + name + "' " + nc.getNameWithID() + " ends with a " + m.getMessageType() + ": "
                        + m.getMessage().replace('\n', ' '));
                }
                if (ok && KEY_NODES.contains(nc.getName())) {
                    for (int i = 1; i < nc.getNrOutPorts(); i++) {
                        PortObject po = nc.getOutPort(i).getPortObject();
                        if (po instanceof BufferedDataTable t) {
                            Path f = tables.resolve(nc.getID().getIndex() + "-" + i + ".tsv");
                            write(t, f);
                            p("  [psnmf]   table " + nc.getNameWithID() + " out " + i + ": " + t.size() + " rows -> "
                                + f.getFileName());
                        }
                    }
                }
            }
            p("  [psnmf] '" + name + "': " + executed + " of " + ncs.size() + " nodes EXECUTED");
        } finally {
            WorkflowManager.ROOT.removeProject(wfm.getID());
        }
    }

    /** Table as text: a header, then the row id and one cell per column; the test writes the chain's the same way. */
    static void write(BufferedDataTable t, Path f) throws IOException {
        StringBuilder b = new StringBuilder("row");
        for (String c : t.getDataTableSpec().getColumnNames()) {
            b.append('\t').append(esc(c));
        }
        b.append('\n');
        for (DataRow row : t) {
            b.append(esc(row.getKey().getString()));
            for (DataCell c : row) {
                b.append('\t').append(text(c));
            }
            b.append('\n');
        }
        Files.createDirectories(f.getParent());
        Files.writeString(f, b, StandardCharsets.UTF_8);
    }

    static String text(DataCell c) {
        if (c.isMissing()) {
            return "?";
        } else if (c instanceof IntValue v) {
            return Integer.toString(v.getIntValue());
        } else if (c instanceof DoubleValue v) {
            return Double.toString(v.getDoubleValue());
        } else if (c instanceof StringValue v) {
            return esc(v.getStringValue());
        }
        return "<other>"; // images: compared by presence only
    }

    static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    /** KNIME's batch application code path (what {@code -application KNIME_BATCH_APPLICATION} runs). */
    static void batch(Path src, Path work) throws Exception {
        String name = src.getFileName().toString();
        p("\n===== [psnmf] BatchExecutor.mainRun '" + name + "' =====");
        Method main;
        try {
            main = Class.forName("org.knime.core.node.workflow.BatchExecutor").getMethod("mainRun", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            // KNIME 5.11 keeps a deprecated BatchExecutor stub in the core; the application moved to knime-ap-batch
            p("  [psnmf] batch executor: NOT AVAILABLE in this org.knime.core (" + e + ")");
            return;
        }
        Path dir = work.resolve("in").resolve(name);
        copy(src, dir);
        String[] a = {"-workflowDir=" + dir, "-reset", "-failonloaderror", "-nosave"};
        long t0 = System.currentTimeMillis();
        int rc = (Integer) main.invoke(null, (Object) a);
        p("  [psnmf] batch executor: BatchExecutor.mainRun " + List.of(a) + " -> " + rc + " in "
            + (System.currentTimeMillis() - t0) + " ms");
        if (rc != 0) {
            problem("BatchExecutor.mainRun on '" + name + "' returned " + rc + " (0 = success; 1 = warning, "
                + "3 = load error, 4 = execution error)");
        }
    }

    static void copy(Path src, Path dst) throws IOException {
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
