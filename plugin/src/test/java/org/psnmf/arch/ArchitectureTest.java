package org.psnmf.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The engine is plain Java: dependencies point knime -> engine <- cli, never from the engine outwards; and inside the
 * engine the packages form no cycle (each package, sub-packages included, is its own slice), so the folders show the
 * layering of the method: data at the bottom, readers, binning, solvers and pipelines above it.
 */
class ArchitectureTest {

    /** The rule itself, shared by the real check and the self-test. */
    static final ArchRule ENGINE_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("org.psnmf.engine..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.knime..", "org.psnmf.knime..", "org.psnmf.cli..")
            .because("the engine must run without KNIME and without the command line");

    /** No package cycles inside the engine: every package (io and io.ripple are two) is one slice. */
    static final ArchRule ENGINE_HAS_NO_PACKAGE_CYCLES = slices().matching("org.psnmf.engine.(**)").should()
            .beFreeOfCycles().because("a cycle ties packages together so that neither can be understood, tested or "
                    + "moved alone");

    private static JavaClasses production() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.psnmf");
    }

    @Test
    void engine_hasNoPackageCycles() {
        JavaClasses production = production();
        assertTrue(production.contain("org.psnmf.engine.io.registry.Readers"), "engine classes not found");
        ENGINE_HAS_NO_PACKAGE_CYCLES.check(production);
    }

    @Test
    void cycleRule_failsOnTwoEnginePackagesThatUseEachOther() {
        // archfixture.cycle.a and .b are test-only packages under org.psnmf.engine that import each other
        JavaClasses fixture = new ClassFileImporter().importClasses(
                org.psnmf.engine.archfixture.cycle.a.CycleA.class, org.psnmf.engine.archfixture.cycle.b.CycleB.class);
        EvaluationResult result = ENGINE_HAS_NO_PACKAGE_CYCLES.evaluate(fixture);
        assertTrue(result.hasViolation(), "rule must flag the cycle archfixture.cycle.a <-> archfixture.cycle.b");
        assertTrue(result.getFailureReport().toString().contains("archfixture.cycle"), result.getFailureReport()
                .toString());
    }

    @Test
    void engine_dependsOnNeitherKnimeNorNodesNorCli() {
        JavaClasses production = production();
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
