package org.psnmf.osgi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Boots a real Equinox, installs the offline org.knime.core stub and the packaged org.psnmf.knime bundle, starts it
 * and runs engine code that calls the embedded EJML. Proves the manifest wiring (Require-Bundle, Bundle-ClassPath).
 */
class EquinoxBundleIT {

    @Test
    void packagedBundle_isActive_andRunsEmbeddedEjml(@TempDir Path storage) throws Exception {
        File stub = new File(System.getProperty("stub.jar", "missing"));
        File bundle = new File(System.getProperty("bundle.jar", "missing"));
        Assumptions.assumeTrue(stub.isFile(), "stub not built (online profile): " + stub);
        assertEquals(true, bundle.isFile(), "packaged bundle missing: " + bundle);

        Map<String, String> cfg = Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Framework fw = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(cfg);
        fw.start();
        try {
            BundleContext ctx = fw.getBundleContext();
            ctx.installBundle(stub.toURI().toString());
            Bundle b = ctx.installBundle(bundle.toURI().toString());
            b.start(); // throws "Unresolved requirement: ..." if the wiring is wrong
            assertEquals(Bundle.ACTIVE, b.getState());
            assertEquals("org.psnmf.knime", b.getSymbolicName());

            Class<?> eig = b.loadClass("org.psnmf.engine.linalg.SymmetricEigen");
            Object result = eig.getMethod("of", double[].class, int.class).invoke(null,
                    new double[] {2, 1, 1, 2}, 2);
            double[] values = (double[]) eig.getMethod("values").invoke(result);
            // eigenvalues of [[2,1],[1,2]] are 3 and 1, computed by EJML inside the bundle's class loader
            assertArrayEquals(new double[] {3, 1}, values, 1e-12);
            assertEquals(b.adapt(org.osgi.framework.wiring.BundleWiring.class).getClassLoader(),
                    eig.getClassLoader());
        } finally {
            fw.stop();
            fw.waitForStop(10_000);
        }
    }
}
