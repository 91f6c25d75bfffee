package org.psnmf.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.knime.nodes.NodeCatalog;
import org.psnmf.knime.workflows.KeyOutputs;

/**
 * The freshly built bundle in the real KNIME core, once per runtime found in {@code ../shared} ({@code knime-runtime}:
 * KNIME 5.5.0 on Java 17; {@code knime-runtime-5.11}: KNIME 5.11.0 on Java 21+), each test skipped with a message
 * where its runtime or JDK is absent. One forked JVM per runtime ({@link RealKnimeLauncher}) runs
 * <ol>
 * <li>KNIME's reference driver as it is ({@code prebuilt/knimert.driver.jar}): every factory through the node
 * extension point with its description, ports and dialog; every node added to a new workflow and its dialog opened;
 * both port types with their serializers; each example workflow copied, loaded, every dialog opened with the node's
 * settings, compared ({@code areDialogAndNodeSettingsEqual}) and applied unchanged ({@code --apply-dialogs}),
 * executed, saved and reloaded with its port objects read back;</li>
 * <li>our checker ({@code src/realknime}, compiled here against that runtime's jars): each workflow as KNIME saved it
 * executed, every node EXECUTED with no warning and no error, the Compare Components and Quantification tables as
 * text; KNIME's batch executor on "PSNMF on your data" (5.5.0; 5.11 moved it out of the core).</li>
 * </ol>
 * The test fails on any {@code PROBLEM:} line, on a step that did not run, and on a key table that differs from the
 * stub-runtime chain's ({@link KeyOutputs}: same settings, same seeds, so the same numbers). About a minute per
 * runtime on two cores.
 */
class RealKnimeIT {

    /** One of the runtimes in {@code ../shared}. */
    record Runtime(String folder, String version, int minJava, boolean batchExecutor) {
    }

    static final Runtime KNIME_5_5 = new Runtime("knime-runtime", "5.5.0", 17, true);
    static final Runtime KNIME_5_11 = new Runtime("knime-runtime-5.11", "5.11.0", 21, false);

    /** The workflow the batch executor runs (the smallest: a few seconds). */
    static final String BATCH_WORKFLOW = "PSNMF on your data";

    /** Generous: a run takes about a minute on two idle cores, several under load. */
    static final long TIMEOUT_S = 600;

    @Test
    void knime_5_5_0(@TempDir Path tmp) throws Exception {
        run(KNIME_5_5, tmp);
    }

    @Test
    void knime_5_11_0(@TempDir Path tmp) throws Exception {
        run(KNIME_5_11, tmp);
    }

    void run(Runtime rt, Path tmp) throws Exception {
        Optional<Path> home = shared(rt.folder());
        Assumptions.assumeTrue(home.isPresent(), "../shared/" + rt.folder() + " (KNIME " + rt.version()
                + " runtime) not found: real-KNIME test skipped");
        Optional<Path> jdk = jdk(rt.minJava());
        Assumptions.assumeTrue(jdk.isPresent(), "no Java " + rt.minJava() + "+ JDK (JAVA21_HOME, JAVA_HOME or "
                + "/usr/lib/jvm) for KNIME " + rt.version() + ": real-KNIME test skipped");
        Path bundle = Path.of(System.getProperty("bundle.jar", "missing"));
        assertTrue(Files.isRegularFile(bundle), "packaged bundle missing: " + bundle);
        Path rtHome = home.get();
        Path work = Path.of("target", "real-knime-" + rt.version()).toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        System.out.println("[RealKnimeIT] KNIME " + rt.version() + " from " + rtHome + ", Java " + jdk.get()
                + ", bundle " + bundle.getFileName() + "; log: " + work.resolve("run.log"));

        List<Path> knime = list(rtHome.resolve("bundles/knime"), Files::isDirectory);
        List<Path> deps = new ArrayList<>(list(rtHome.resolve("bundles/deps"), p -> p.toString().endsWith(".jar")));
        deps.addAll(list(rtHome.resolve("bundles/deps-ui"), p -> p.toString().endsWith(".jar")));
        Path checker = buildChecker(jdk.get(), knime, deps, work);
        List<String> bundles = new ArrayList<>();
        deps.forEach(p -> bundles.add(p.toString()));
        knime.forEach(p -> bundles.add(p.toString()));
        bundles.add(bundle.toString());
        bundles.add(rtHome.resolve("prebuilt/knimert.driver.jar").toString());
        bundles.add(checker.toString());
        Path bundleList = work.resolve("bundles.txt");
        Files.write(bundleList, bundles);

        Path framework = list(rtHome.resolve("framework"), p -> p.getFileName().toString().startsWith("org.eclipse.osgi"))
                .get(0);
        Path launcherClasses = Path.of(RealKnimeLauncher.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Path workflows = Path.of("..", "workflows").toAbsolutePath().normalize();
        List<String> cmd = new ArrayList<>(List.of(jdk.get().resolve("bin/java").toString(), "-Djava.awt.headless=true",
                "-Xmx3g", "-cp", launcherClasses + File.pathSeparator + framework, RealKnimeLauncher.class.getName(),
                bundleList.toString(), work.toString(), workflows.toString(),
                rt.batchExecutor() ? workflows.resolve(BATCH_WORKFLOW).toString() : "-", "--knime-url-handler",
                "--apply-dialogs"));
        Path log = work.resolve("run.log");
        long t0 = System.nanoTime();
        Process proc = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!proc.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            fail("KNIME " + rt.version() + " run did not finish within " + TIMEOUT_S + " s; log: " + log);
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Path knimeLog = work.resolve("instance/.metadata/knime/knime.log");
        if (Files.isRegularFile(knimeLog)) {
            Files.copy(knimeLog, work.resolve("knime.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        List<String> problems = out.lines().filter(l -> l.contains("PROBLEM:")).map(String::trim).toList();
        Summary s = Summary.of(out);
        System.out.println("[RealKnimeIT] KNIME " + rt.version() + ": exit " + proc.exitValue() + " in " + seconds
                + " s; " + s);
        assertTrue(problems.isEmpty(), "KNIME " + rt.version() + ": " + problems.size() + " problem(s) (log: " + log
                + "):\n  " + String.join("\n  ", problems.subList(0, Math.min(40, problems.size()))));
        assertEquals(0, proc.exitValue(), "KNIME " + rt.version() + " run exit code; log: " + log);

        // every step ran (a step that silently did nothing must not pass)
        assertEquals(NodeCatalog.NODES.size(), s.factories, "factories found by KNIME's node extension point");
        assertEquals(2, s.portTypes, "port types registered by KNIME");
        List<String> names = list(workflows, p -> Files.isRegularFile(p.resolve("workflow.knime"))).stream()
                .map(p -> p.getFileName().toString()).toList();
        assertEquals(names, s.executed, "workflows executed by KNIME");
        assertEquals(names, s.checked, "workflows checked as saved by KNIME");
        assertTrue(s.nodes > 0 && s.nodes == s.nodesExecuted, s.nodesExecuted + " of " + s.nodes + " nodes EXECUTED");
        assertTrue(s.dialogs >= NodeCatalog.NODES.size() + s.nodes, "dialogs compared: " + s.dialogs);
        assertEquals(s.dialogs, s.dialogsEqual, "dialogs equal to their node's settings");
        assertEquals(s.dialogs, s.dialogsApplied, "dialogs applied unchanged");
        if (rt.batchExecutor()) {
            assertEquals("0", s.batchExit, "KNIME batch executor exit code on '" + BATCH_WORKFLOW + "'");
        }

        // key outputs: KNIME's tables equal the stub-runtime chain's
        int tables = 0;
        for (String wf : names) {
            Map<String, String> expected = KeyOutputs.expected(wf, tmp.resolve(wf));
            Map<String, String> actual = readTables(work.resolve("out/tables").resolve(wf));
            assertEquals(expected.keySet(), actual.keySet(), "'" + wf + "': key tables written by KNIME");
            for (Map.Entry<String, String> e : expected.entrySet()) {
                assertEquals(e.getValue(), actual.get(e.getKey()), "'" + wf + "' table " + e.getKey()
                        + ": KNIME's output differs from the stub-runtime chain's");
                tables++;
            }
        }
        System.out.println("[RealKnimeIT] KNIME " + rt.version() + ": " + tables
                + " key tables (Compare Components, Quantification) equal to the stub-runtime chain's");
    }

    /** What the log shows was done (counted from the driver's and the checker's report lines). */
    static final class Summary {
        int factories = -1;
        int portTypes;
        final List<String> executed = new ArrayList<>();
        final List<String> checked = new ArrayList<>();
        int nodes;
        int nodesExecuted;
        int nodesWithMessage;
        int dialogs;
        int dialogsEqual;
        int dialogsApplied;
        String batchExit = "not run";

        static Summary of(String log) {
            Summary s = new Summary();
            Pattern exec = Pattern.compile("===== \\(d\\) executeAllAndWaitUntilDone '(.*)' =====");
            Pattern nodes = Pattern.compile("\\[psnmf\\] '(.*)': (\\d+) of (\\d+) nodes EXECUTED");
            Pattern node = Pattern.compile("\\[psnmf\\] node .* \\| (\\S+) +\\| (.*)$");
            Pattern batch = Pattern.compile("\\[psnmf\\] batch executor: .* -> (-?\\d+) in");
            for (String l : log.lines().toList()) {
                Matcher m;
                if (l.startsWith("factories contributed by org.psnmf.knime: ")) {
                    s.factories = Integer.parseInt(l.substring(l.indexOf(": ") + 2).trim());
                } else if (l.startsWith("port type '")) {
                    s.portTypes++;
                } else if ((m = exec.matcher(l)).find()) {
                    s.executed.add(m.group(1));
                } else if ((m = nodes.matcher(l)).find()) {
                    s.checked.add(m.group(1));
                    s.nodesExecuted += Integer.parseInt(m.group(2));
                    s.nodes += Integer.parseInt(m.group(3));
                } else if ((m = node.matcher(l)).find()) {
                    s.nodesWithMessage += m.group(1).equals("EXECUTED") && m.group(2).equals("no message") ? 0 : 1;
                } else if ((m = batch.matcher(l)).find()) {
                    s.batchExit = m.group(1);
                } else if (l.contains("[psnmf] batch executor: NOT AVAILABLE")) {
                    s.batchExit = "not available in this core";
                } else if (l.contains(" valid=") && l.contains("equalToNodeSettings=")) {
                    s.dialogs++;
                    s.dialogsEqual += l.contains("valid=true equalToNodeSettings=true") ? 1 : 0;
                } else if (l.contains("after applySettingsFromDialog:") && l.contains("equal=true")) {
                    s.dialogsApplied++;
                }
            }
            return s;
        }

        @Override
        public String toString() {
            return factories + " node factories, " + portTypes + " port types; " + executed.size()
                    + " workflows loaded, executed, saved, reloaded (" + nodesExecuted + " of " + nodes
                    + " nodes EXECUTED, " + nodesWithMessage + " not EXECUTED or with a message); " + dialogsEqual + " of " + dialogs
                    + " dialogs equal to the node settings, " + dialogsApplied + " applied unchanged; batch executor: "
                    + batchExit;
        }
    }

    /**
     * Compiles the checker against the runtime's jars with that runtime's javac and packages it as a bundle that
     * requires org.knime.core.
     */
    static Path buildChecker(Path jdk, List<Path> knime, List<Path> deps, Path work) throws Exception {
        Path src = Path.of("src", "realknime", "java").toAbsolutePath();
        List<String> sources = list(src.resolve("org/psnmf/realknime"), p -> p.toString().endsWith(".java")).stream()
                .map(Path::toString).toList();
        List<String> cp = new ArrayList<>();
        for (Path k : knime) {
            cp.add(k.toString()); // directory bundles with classes at their root
            try (Stream<Path> s = Files.walk(k)) {
                s.filter(p -> p.toString().endsWith(".jar")).forEach(p -> cp.add(p.toString()));
            }
        }
        deps.forEach(p -> cp.add(p.toString()));
        Path classes = work.resolve("checker-classes");
        List<String> cmd = new ArrayList<>(List.of(jdk.resolve("bin/javac").toString(), "--release", "17", "-proc:none",
                "-encoding", "UTF-8", "-nowarn", "-d", classes.toString(), "-cp", String.join(File.pathSeparator, cp)));
        cmd.addAll(sources);
        Path log = work.resolve("checker-javac.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "javac of the checker did not finish");
        assertEquals(0, p.exitValue(), "the checker does not compile against this KNIME core:\n"
                + Files.readString(log));
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", RealKnimeLauncher.CHECKER);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Name", "PSNMF real-KNIME checker (test only)");
        a.putValue("Require-Bundle", "org.knime.core");
        a.putValue("Bundle-RequiredExecutionEnvironment", "JavaSE-17");
        Path jar = work.resolve("org.psnmf.knime.realknime.jar");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(os, mf);
                Stream<Path> s = Files.walk(classes)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                jos.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                jos.write(Files.readAllBytes(f));
                jos.closeEntry();
            }
        }
        return jar;
    }

    /** @return {@code shared/<name>} found by walking up from the working directory (as the shared data is found) */
    static Optional<Path> shared(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path c = dir.resolve("shared").resolve(name);
            if (Files.isRegularFile(c.resolve("prebuilt/knimert.driver.jar"))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * @return a JDK of at least {@code minJava}, found as the runtimes' run.sh find it: this JVM, JAVA21_HOME,
     *         JAVA_HOME, else the newest in /usr/lib/jvm
     */
    static Optional<Path> jdk(int minJava) throws IOException {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("java.home")));
        for (String env : new String[] {"JAVA21_HOME", "JAVA_HOME"}) {
            String v = System.getenv(env);
            if (v != null && !v.isBlank()) {
                candidates.add(Path.of(v));
            }
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            candidates.addAll(list(jvms, Files::isDirectory).stream().sorted(Comparator.reverseOrder()).toList());
        }
        for (Path c : candidates) {
            if (Files.isExecutable(c.resolve("bin/java")) && Files.isExecutable(c.resolve("bin/javac"))
                    && major(c) >= minJava) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** @return the Java feature version from the JDK's {@code release} file, or 0 */
    static int major(Path jdk) throws IOException {
        Path release = jdk.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Matcher m = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static Map<String, String> readTables(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            for (Path p : list(dir, f -> f.toString().endsWith(".tsv"))) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(filter).sorted().toList();
        }
    }

    static void deleteTree(Path d) throws IOException {
        if (Files.exists(d)) {
            try (Stream<Path> s = Files.walk(d)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
