package org.psnmf.knime.util;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.util.FileUtil;
import org.psnmf.knime.port.DecompositionSpec;
import org.psnmf.knime.port.SpectrumImageSpec;

/** Checks of input specs and file locations shared by the node models. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * @return the spectrum-image spec at {@code port}, or null if not yet known (upstream not executed)
     * @throws InvalidSettingsException if something else is connected
     */
    public static SpectrumImageSpec image(PortObjectSpec[] specs, int port) throws InvalidSettingsException {
        PortObjectSpec s = specs.length > port ? specs[port] : null;
        if (s == null || s instanceof SpectrumImageSpec) {
            return (SpectrumImageSpec) s;
        }
        throw new InvalidSettingsException("Input " + port + " must be a Spectrum Image, got "
                + s.getClass().getSimpleName() + ".");
    }

    /** @return the decomposition spec at {@code port}, or null if not yet known */
    public static DecompositionSpec decomposition(PortObjectSpec[] specs, int port) throws InvalidSettingsException {
        PortObjectSpec s = specs.length > port ? specs[port] : null;
        if (s == null || s instanceof DecompositionSpec) {
            return (DecompositionSpec) s;
        }
        throw new InvalidSettingsException("Input " + port + " must be a Decomposition, got "
                + s.getClass().getSimpleName() + ".");
    }

    /**
     * Resolves a file setting: a plain path, a file: URL or a KNIME URL such as {@code knime://knime.workflow/data/x}.
     *
     * @throws InvalidSettingsException if it cannot be resolved to a local file
     */
    public static Path path(String location, String settingLabel) throws InvalidSettingsException {
        String s = location.trim();
        try {
            if (s.contains("://") || s.startsWith("file:")) {
                Path p = FileUtil.resolveToPath(FileUtil.toURL(s));
                if (p == null) {
                    throw new InvalidSettingsException("'" + settingLabel + "': " + s
                            + " does not point to a local file.");
                }
                return p;
            }
            return Path.of(s);
        } catch (IOException | URISyntaxException | InvalidPathException e) {
            throw new InvalidSettingsException("'" + settingLabel + "': cannot resolve \"" + s + "\" ("
                    + e.getMessage() + ").", e);
        }
    }
}
