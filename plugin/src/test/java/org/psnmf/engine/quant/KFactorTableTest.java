package org.psnmf.engine.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psnmf.engine.io.SpectrumFileException;
import org.psnmf.engine.xray.XrayDatabase;
import org.psnmf.engine.xray.XrayLine;

/** User k-factor tables: parsing, validation, and their effect on line choice and composition. */
class KFactorTableTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path p = dir.resolve("k.csv");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void theoreticalKFactorsFollowDetectedCrossSections() {
        LinePlan plan = LinePlan.resolve(QuantSettings.of(List.of("Si", "Fe", "Nd", "O")), MixtureSpectra.AXIS);
        assertEquals(1.0, plan.elements().get(0).kFactor(), 1e-12);
        assertEquals("Ka", plan.elements().get(1).line());
        assertEquals("La", plan.elements().get(2).line());
        // k_Fe = sigma(Si Ka) eps(Si Ka) / sigma(Fe Ka) eps(Fe Ka), each summed over the family's transitions
        XrayDatabase db = XrayDatabase.get();
        double si = 0;
        for (XrayLine l : db.family("Si", "Ka", 200)) {
            si += l.crossSection() * db.detectorEfficiency(l.energyKeV());
        }
        double fe = 0;
        for (XrayLine l : db.family("Fe", "Ka", 200)) {
            fe += l.crossSection() * db.detectorEfficiency(l.energyKeV());
        }
        assertEquals(si / fe, plan.elements().get(1).kFactor(), 1e-12 * si / fe);
    }

    @Test
    void tableOverridesLineAndK() throws IOException {
        Path p = write("# comment\nelement,line,k\nFe,Ka,2.0\nnd,Lb1,3.5\n\n");
        KFactorTable t = KFactorTable.read(p);
        QuantSettings s = QuantSettings.of(List.of("Fe", "Nd", "O")).withKFactors(t);
        LinePlan plan = LinePlan.resolve(s, MixtureSpectra.AXIS);
        assertEquals(2.0, plan.elements().get(0).kFactor());
        assertEquals("Lb1", plan.elements().get(1).line());
        assertEquals(3.5, plan.elements().get(1).kFactor());
        assertTrue(plan.elements().get(1).kFromTable());
        assertTrue(!plan.elements().get(2).kFromTable());
    }

    @Test
    void doublingKDoublesTheRatio() {
        Map<String, Double> truth = ModelFitAccuracyTest.map("Fe", 30, "O", 70);
        double[] y = MixtureSpectra.spectrum(truth, 1e5, 0.3);
        QuantSettings s = QuantSettings.of(List.of("Fe", "O"));
        Quantifier base = new Quantifier(s, MixtureSpectra.AXIS);
        double kFe = base.plan().elements().get(0).kFactor();
        double kO = base.plan().elements().get(1).kFactor();
        Composition c0 = base.quantify("a", y);
        KFactorTable t = KFactorTable.of(Map.of("Fe", new KFactorTable.Entry("Fe", "Ka", 2 * kFe), "O",
                new KFactorTable.Entry("O", "Ka", kO)));
        Composition c1 = new Quantifier(s.withKFactors(t), MixtureSpectra.AXIS).quantify("b", y);
        double r0 = c0.atomicPercent("Fe") / c0.atomicPercent("O");
        double r1 = c1.atomicPercent("Fe") / c1.atomicPercent("O");
        assertEquals(2 * r0, r1, 1e-9 * r1);
        // weight % from atomic %: w_i ∝ M_i C_i
        double wRatio = c0.weightPercent("Fe") / c0.weightPercent("O");
        assertEquals(r0 * 55.845 / 15.999, wRatio, 1e-3 * wRatio);
    }

    @Test
    void badTablesNameFileAndLine() throws IOException {
        assertBad("element,line\nFe,Ka\n", "line 1", "header");
        assertBad("element,line,k\nFe,Ka,abc\n", "line 2", "abc");
        assertBad("element,line,k\nXx,Ka,1\n", "line 2", "Xx");
        assertBad("element,line,k\nFe,Kz,1\n", "line 2", "Kz");
        assertBad("element,line,k\nFe,Ka,-1\n", "line 2", "positive");
        assertBad("element,line,k\nFe,Ka,1\nFe,Kb,2\n", "line 3", "twice");
        assertBad("element,line,k\nFe,Ka\n", "line 2", "3 fields");
        assertBad("", "empty");
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> KFactorTable.read(dir.resolve("none.csv")));
        assertTrue(e.getMessage().contains("none.csv"));
    }

    private void assertBad(String text, String... parts) throws IOException {
        Path p = write(text);
        SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> KFactorTable.read(p));
        assertTrue(e.getMessage().startsWith("'k.csv'"), e.getMessage());
        for (String s : parts) {
            assertTrue(e.getMessage().contains(s), e.getMessage() + " should mention " + s);
        }
    }

    /**
     * A weight-fraction table (HyperSpy's convention) gives the same compositions as the atomic table it is
     * equivalent to: kw_i = k_i M_i / M_Si.
     */
    @Test
    void weightFractionTableEqualsTheEquivalentAtomicTable() throws IOException {
        XrayDatabase db = XrayDatabase.get();
        Path atomic = dir.resolve("atomic.csv");
        Path weight = dir.resolve("weight.csv");
        Files.writeString(atomic, "element,line,k\nSi,Ka,1\nFe,Ka,1.3\nO,Ka,1.7\n");
        double mSi = db.atomicWeight("Si");
        Files.writeString(weight, String.format(java.util.Locale.ROOT, "element,line,k_weight\nSi,Ka,1\nFe,Ka,%.17g\nO,Ka,%.17g\n",
                1.3 * db.atomicWeight("Fe") / mSi, 1.7 * db.atomicWeight("O") / mSi));
        KFactorTable a = KFactorTable.read(atomic);
        KFactorTable w = KFactorTable.read(weight);
        for (String el : List.of("Si", "Fe", "O")) {
            assertEquals(a.get(el).k(), w.get(el).k(), 1e-12 * a.get(el).k(), el);
        }
    }
}
