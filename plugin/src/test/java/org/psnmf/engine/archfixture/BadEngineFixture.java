package org.psnmf.engine.archfixture;

import org.knime.core.node.InvalidSettingsException;

/** Test fixture only: an "engine" class that wrongly depends on KNIME, to prove the architecture rule can fail. */
public final class BadEngineFixture {

    private BadEngineFixture() {
    }

    public static Exception wrong() {
        return new InvalidSettingsException("engine code must not do this");
    }
}
