package org.psnmf.osgi;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.adaptor.EclipseStarter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Main class of the forked JVM that {@link RealKnimeIT} starts: a headless Equinox (the real KNIME runtime's
 * framework jar) with the bundles of a bundle list — KNIME's core and its dependencies from {@code ../shared}, the
 * freshly built project bundle, KNIME's reference driver and our checker — started in the order a KNIME launch uses;
 * then the reference driver ({@code knimert.Driver.run}) and the checker ({@code org.psnmf.realknime.Checker.run}).
 * The configuration area is laid out like a KNIME SDK launch (as the runtime's own launcher does), so KNIME skips its
 * p2 profile lookup.
 *
 * <p>usage: {@code RealKnimeLauncher BUNDLES_TXT WORK_DIR WORKFLOWS_DIR BATCH_WORKFLOW|- [driver flags...]};
 * exit code 0 = no problem, 1 = problems (printed as {@code PROBLEM:} lines), 2 = could not run.
 */
public final class RealKnimeLauncher {

    static final String DRIVER = "knimert.driver";
    static final String CHECKER = "org.psnmf.knime.realknime";

    private RealKnimeLauncher() {
    }

    public static void main(String[] args) throws Exception {
        File list = new File(args[0]);
        File work = new File(args[1]);
        String workflows = args[2];
        String batchWorkflow = args[3];
        List<String> flags = Arrays.asList(args).subList(4, args.length);
        File scratch = new File(work, "scratch");
        Map<String, String> p = new HashMap<>();
        p.put("osgi.install.area", new File(work, "install").toURI().toString());
        p.put("osgi.configuration.area",
                new File(work, "ws/.metadata/.plugins/org.eclipse.pde.core/psnmf").toURI().toString());
        p.put("osgi.instance.area", new File(work, "instance").toURI().toString());
        p.put("osgi.user.area", new File(work, "user").toURI().toString());
        p.put("osgi.clean", "true");
        p.put("eclipse.ignoreApp", "true");
        p.put("osgi.noShutdown", "true");
        p.put("eclipse.consoleLog", "true");
        EclipseStarter.setInitialProperties(p);
        BundleContext ctx = EclipseStarter.startup(new String[] {"-consoleLog"}, null);
        System.out.println("[launcher] Equinox " + ctx.getBundle(0).getVersion() + " on Java "
                + System.getProperty("java.version"));
        int rc = 0;
        for (String line : Files.readAllLines(list.toPath())) {
            if (line.isBlank()) {
                continue;
            }
            File f = new File(line.trim());
            try {
                ctx.installBundle(f.isDirectory() ? "reference:" + f.toURI() : f.toURI().toString());
            } catch (BundleException e) {
                System.out.println("[launcher] PROBLEM: cannot install " + f + ": " + e.getMessage());
                rc = 1;
            }
        }
        ctx.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(null);
        String[] startOrder = {"org.apache.felix.scr", "org.eclipse.equinox.common", "org.eclipse.equinox.registry",
            "org.eclipse.core.jobs", "org.eclipse.equinox.preferences", "org.eclipse.core.contenttype",
            "org.eclipse.equinox.app", "org.eclipse.core.runtime", "org.knime.core", "org.psnmf.knime", DRIVER,
            CHECKER};
        Map<String, Bundle> started = new HashMap<>();
        for (String bsn : startOrder) {
            for (Bundle b : ctx.getBundles()) {
                if (bsn.equals(b.getSymbolicName())) {
                    try {
                        b.start(Bundle.START_ACTIVATION_POLICY);
                        started.put(bsn, b);
                    } catch (BundleException e) {
                        System.out.println("[launcher] PROBLEM: bundle " + bsn + " does not start: " + e.getMessage());
                        rc = 1;
                    }
                }
            }
        }
        for (String bsn : List.of("org.knime.core", "org.psnmf.knime", DRIVER, CHECKER)) {
            Bundle b = started.get(bsn);
            System.out.println("[launcher] " + bsn + " " + (b == null ? "NOT STARTED" : b.getVersion() + " "
                    + (b.getState() == Bundle.ACTIVE ? "ACTIVE" : b.getState() == Bundle.STARTING ? "STARTING"
                            : "state " + b.getState())));
        }
        if (started.containsKey(DRIVER) && started.containsKey(CHECKER) && started.containsKey("org.psnmf.knime")) {
            List<String> dargs = new ArrayList<>(List.of(workflows, scratch.getPath()));
            dargs.addAll(flags);
            rc = Math.max(rc, call(started.get(DRIVER), "knimert.Driver", dargs));
            rc = Math.max(rc, call(started.get(CHECKER), "org.psnmf.realknime.Checker",
                    List.of(new File(scratch, "saved").getPath(), new File(work, "out").getPath(), batchWorkflow)));
        } else {
            System.out.println("[launcher] PROBLEM: driver, checker or project bundle not started; nothing run");
            rc = 2;
        }
        System.out.flush();
        try {
            EclipseStarter.shutdown();
        } catch (Exception e) {
            System.out.println("[launcher] shutdown: " + e);
        }
        System.exit(rc);
    }

    private static int call(Bundle b, String cls, List<String> args) {
        try {
            return (Integer) b.loadClass(cls).getMethod("run", String[].class).invoke(null,
                    (Object) args.toArray(new String[0]));
        } catch (InvocationTargetException e) {
            System.out.println("[launcher] PROBLEM: " + cls + " threw " + e.getCause());
            e.getCause().printStackTrace(System.out);
        } catch (ReflectiveOperationException e) {
            System.out.println("[launcher] PROBLEM: cannot call " + cls + ".run: " + e);
        }
        return 1;
    }
}
