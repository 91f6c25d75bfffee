package org.psnmf.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
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
import org.psnmf.knime.nodes.NodeCatalog;

/**
 * In a real Equinox with the offline org.knime.core stub: every registered node factory, the port object, spec and
 * serializer classes load through the packaged bundle's class loader (so the stub exports every KNIME package they
 * need), and each factory finds its description XML and the icon it names, and the category icon, inside the bundle.
 */
class NodesBundleIT {

    @Test
    void packagedBundle_loadsEveryNodeFactoryWithDescriptionAndIcon(@TempDir Path storage) throws Exception {
        File stub = new File(System.getProperty("stub.jar", "missing"));
        File bundle = new File(System.getProperty("bundle.jar", "missing"));
        Assumptions.assumeTrue(stub.isFile(), "stub not built (online profile): " + stub);
        assertTrue(bundle.isFile(), "packaged bundle missing: " + bundle);

        Map<String, String> cfg = Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Framework fw = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(cfg);
        fw.start();
        try {
            BundleContext ctx = fw.getBundleContext();
            ctx.installBundle(stub.toURI().toString());
            Bundle b = ctx.installBundle(bundle.toURI().toString());
            b.start();
            assertEquals(Bundle.ACTIVE, b.getState());
            Class<?> nodeFactory = b.loadClass("org.knime.core.node.NodeFactory");
            for (NodeCatalog.Entry e : NodeCatalog.NODES) {
                Class<?> f = b.loadClass(e.factoryClass());
                assertTrue(nodeFactory.isAssignableFrom(f), f.getName());
                // resolve every class the factory package holds (model, dialog, settings, runner) against the stub
                for (String suffix : new String[] {"NodeModel", "Settings", "Runner"}) {
                    String name = e.factoryClass().replace("NodeFactory", suffix);
                    Class<?> c = b.loadClass(name);
                    c.getDeclaredMethods(); // links signatures: fails on a KNIME type the stub does not export
                }
                URL xml = f.getResource(f.getSimpleName() + ".xml");
                assertNotNull(xml, e.factoryClass() + " description not in the bundle");
                String icon = new String(xml.openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .replaceAll("(?s).*icon=\"([^\"]+)\".*", "$1");
                // resolved as KNIME's NodeFactory.resolveIcon does: strip "./", prefix the package path, class loader
                String path = f.getPackageName().replace('.', '/') + "/" + icon.replaceFirst("^\\./", "");
                assertNotNull(f.getClassLoader().getResource(path), e.factoryClass() + " icon " + path
                        + " not in the bundle");
            }
            for (String c : new String[] {"settings.ParamDialog", "settings.ParamSettings", "util.PsnmfNodeFactory",
                "util.PsnmfNodeModel"}) {
                b.loadClass("org.psnmf.knime." + c).getDeclaredMethods();
            }
            for (String c : new String[] {"SpectrumImagePortObject", "SpectrumImagePortObject$Serializer",
                "SpectrumImageSpec", "SpectrumImageSpec$Serializer", "DecompositionPortObject",
                "DecompositionPortObject$Serializer", "DecompositionSpec", "DecompositionSpec$Serializer"}) {
                b.loadClass("org.psnmf.knime.port." + c).getDeclaredMethods();
            }
            assertNotNull(b.getEntry("icons/psnmf16.png"), "category icon not in the bundle");
            assertNotNull(b.getEntry("plugin.xml"));
        } finally {
            fw.stop();
            fw.waitForStop(10_000);
        }
    }
}
