package org.psnmf.knime.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundle and feature identity every {@code settings.xml} names ({@code node-bundle-*}, {@code node-feature-*}),
 * read from {@code plugin/META-INF/MANIFEST.MF} and {@code feature/feature.xml} so the workflows cannot drift
 * from the build. Versions drop the {@code .qualifier} (KNIME accepts any version string here).
 */
public record BundleInfo(String bundleName, String symbolicName, String vendor, String version, String featureName,
        String featureSymbolicName, String featureVendor, String featureVersion) {

    public static BundleInfo read(Path repoRoot) throws IOException {
        Manifest mf;
        try (InputStream in = Files.newInputStream(repoRoot.resolve("plugin/META-INF/MANIFEST.MF"))) {
            mf = new Manifest(in);
        }
        Attributes a = mf.getMainAttributes();
        String sym = a.getValue("Bundle-SymbolicName").split(";")[0].trim();
        String feature = Files.readString(repoRoot.resolve("feature/feature.xml"));
        return new BundleInfo(a.getValue("Bundle-Name"), sym, a.getValue("Bundle-Vendor"),
                stripQualifier(a.getValue("Bundle-Version")), attr(feature, "label"), attr(feature, "id")
                        + ".feature.group", attr(feature, "provider-name"), stripQualifier(attr(feature, "version")));
    }

    private static String attr(String xml, String name) {
        Matcher m = Pattern.compile("<feature\\b[^>]*?\\s" + name + "=\"([^\"]*)\"", Pattern.DOTALL).matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("feature.xml lacks attribute " + name);
        }
        return m.group(1);
    }

    private static String stripQualifier(String v) {
        return v.replace(".qualifier", "");
    }
}
