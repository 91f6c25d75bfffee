package org.psnmf.knime.workflows;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository root (the folder holding {@code plugin/plugin.xml}) from the test's working dir. */
public final class RepoPaths {

    private RepoPaths() {
    }

    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isRegularFile(q.resolve("plugin/plugin.xml")) && Files.isDirectory(q.resolve("workflows"))) {
                return q;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (plugin/plugin.xml + workflows/) above " + p);
    }

    public static Path workflows() {
        return root().resolve("workflows");
    }

    public static Path plugin() {
        return root().resolve("plugin");
    }
}
