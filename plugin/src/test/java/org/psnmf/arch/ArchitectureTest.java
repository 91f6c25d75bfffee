package org.psnmf.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The engine is plain Java: dependencies point knime -> engine <- cli, never from the engine outwards.
 */
class ArchitectureTest {

    /** The rule itself, shared by the real check and the self-test. */
    static final ArchRule ENGINE_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("org.psnmf.engine..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.knime..", "org.psnmf.knime..", "org.psnmf.cli..")
            .because("the engine must run without KNIME and without the command line");

    @Test
    void engine_dependsOnNeitherKnimeNorNodesNorCli() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.psnmf");
        // guard against a vacuous pass: the import must really see engine classes
        assertTrue(production.contain("org.psnmf.engine.data.SparseSpectrumImage"), "engine classes not found");
        ENGINE_IS_PLAIN_JAVA.check(production);
    }

    @Test
    void rule_failsOnAnEngineClassThatImportsKnime() {
        // BadEngineFixture lives in a test-only package under org.psnmf.engine and uses a KNIME type.
        JavaClasses fixture = new ClassFileImporter().importClasses(
                org.psnmf.engine.archfixture.BadEngineFixture.class);
        EvaluationResult result = ENGINE_IS_PLAIN_JAVA.evaluate(fixture);
        assertTrue(result.hasViolation(), "rule must flag an engine class importing org.knime");
        assertFalse(result.getFailureReport().getDetails().isEmpty());
    }
}
