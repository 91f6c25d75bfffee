package org.psnmf.engine.quant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.progress.Progress;
import org.psnmf.testutil.SharedData;

/**
 * Test fixture: the 12 noise-free espm spectra of {@code shared/data/independent} (an independent simulator: its
 * own line shapes sampled at channel centres, detector width 0.01 E + 0.065 keV, two-term Lifshin continuum,
 * pure-element self-absorption on {@code _abs}) with their truth, exact k-factors and per-family line counts.
 * Callers skip where the folder is absent ({@link SharedData#require}).
 */
record IndependentSpectra(Path dir) {

    /** One spectrum with everything the data README says about it. */
    record Case(String name, SpectrumImage image, Map<String, Double> truthAtomicPercent, KFactorTable kFactors,
            Map<String, Double> familyCounts, double characteristicCounts) {

        /** @return settings for exactly its elements, with the simulator's k-factors */
        QuantSettings settings() {
            return QuantSettings.of(new ArrayList<>(truthAtomicPercent.keySet())).withKFactors(kFactors);
        }

        double[] spectrum() {
            return image.sumSpectrum();
        }
    }

    static IndependentSpectra require() {
        return new IndependentSpectra(SharedData.require("independent/truth.csv").getParent());
    }

    List<Case> cases() throws IOException {
        Map<String, Map<String, Double>> truth = new LinkedHashMap<>();
        for (String[] f : rows("truth.csv")) {
            truth.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Double.parseDouble(f[2]));
        }
        Map<String, Map<String, Double>> families = new LinkedHashMap<>();
        for (String[] f : rows("lines.csv")) {
            families.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1] + " " + f[2], Double.parseDouble(f[6]));
        }
        KFactorTable abs = KFactorTable.read(dir.resolve("kfactors.csv"));
        KFactorTable noabs = KFactorTable.read(dir.resolve("kfactors_noabs.csv"));
        List<Case> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> e : truth.entrySet()) {
            String name = e.getKey();
            KFactorTable all = name.endsWith("_abs") ? abs : noabs;
            Map<String, KFactorTable.Entry> mine = new LinkedHashMap<>();
            for (String el : e.getValue().keySet()) {
                mine.put(el, all.get(el));
            }
            Map<String, Double> fam = families.get(name);
            double total = fam.values().stream().mapToDouble(Double::doubleValue).sum();
            SpectrumImage img = Readers.read(dir.resolve(name + ".msa"), Progress.NONE);
            out.add(new Case(name, img, e.getValue(), KFactorTable.of(mine), fam, total));
        }
        return out;
    }

    private List<String[]> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file));
        List<String[]> out = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            if (!l.isBlank()) {
                out.add(l.split(","));
            }
        }
        return out;
    }
}
