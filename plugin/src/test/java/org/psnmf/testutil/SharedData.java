package org.psnmf.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's optional shared data folder ({@code shared/data}: X-ray tables, vendor sample files) that a
 * developer checkout may have next to the repository. A user's clone has none, so tests that need it call
 * {@link #require(String)}, which skips the test (JUnit assumption) instead of failing.
 */
public final class SharedData {

    private SharedData() {
    }

    /** @return the {@code shared/data} folder found by walking up from the working directory, if any */
    public static Optional<Path> root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * @param relative path inside {@code shared/data}, e.g. "xray"
     * @return the resolved path; skips the calling test when the shared folder or that entry is absent
     */
    public static Path require(String relative) {
        Optional<Path> r = root();
        Assumptions.assumeTrue(r.isPresent(), "shared/data not found (optional developer data); test skipped");
        Path p = r.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared/data/" + relative + " not found; test skipped");
        return p;
    }
}
