package org.psnmf.knime.nodes.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.synth.GrainSpec;
import org.psnmf.engine.synth.Phase;
import org.psnmf.engine.synth.SyntheticDataset;
import org.psnmf.engine.synth.SyntheticOptions;
import org.psnmf.engine.synth.Synthesizer;
import org.psnmf.knime.port.Decomposition;
import org.psnmf.knime.port.DecompositionSpec;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.table.TableData.Column;
import org.psnmf.knime.table.TableData.ColumnType;

/**
 * The Synthetic node's work without KNIME (engine: {@link Synthesizer}): the mantle preset at the chosen size, counts,
 * beam energy and seeds; with a phases table (custom preset) its phases replace the preset's, the first phase being
 * the matrix and every other phase getting {@link #CUSTOM_GRAINS} grains of radius size / 18.
 */
public final class SyntheticRunner {

    /** Grains per non-matrix phase of a custom phase table. */
    public static final int CUSTOM_GRAINS = 10;

    /** Columns of the optional phases table. */
    public static final String[] PHASE_COLUMNS = {"phase", "element", "atomic_percent"};

    /** Counts, ground truth, compositions. */
    public record Result(SyntheticDataset dataset, Decomposition truth, TableData compositions) {
    }

    private SyntheticRunner() {
    }

    /**
     * @param phases custom phases or null for the preset's
     * @throws IllegalArgumentException naming the bad value
     */
    public static SyntheticOptions options(SyntheticSettings s, List<Phase> phases) {
        int size = s.get(SyntheticSettings.SIZE);
        SyntheticOptions o = SyntheticOptions.mantle(size).withCountsPerPixel(s.countsPerPixel())
                .withBeamEnergyKv(s.get(SyntheticSettings.BEAM)).withSeed(s.get(SyntheticSettings.SEED))
                .withMapSeed(s.get(SyntheticSettings.MAP_SEED));
        if (phases != null && s.get(SyntheticSettings.PRESET).equals(SyntheticSettings.CUSTOM)) {
            List<GrainSpec> grains = new ArrayList<>();
            for (int i = 1; i < phases.size(); i++) {
                grains.add(new GrainSpec(CUSTOM_GRAINS, Math.max(0.5, size / 18.0)));
            }
            o = o.withPhases(phases, grains).withTitle("PSNMF synthetic sample (custom phases)");
        }
        return o;
    }

    /**
     * Parses phase table rows (phase, element, atomic %), in order of first appearance of each phase.
     *
     * @throws IllegalArgumentException for a missing value, a non-number or an unknown element (row named)
     */
    public static List<Phase> phases(List<String[]> rows) {
        Map<String, Map<String, Double>> byPhase = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (row[0] == null || row[1] == null || row[2] == null) {
                throw new IllegalArgumentException("Phases table row " + (r + 1) + " has a missing value; every row "
                        + "needs phase, element and atomic_percent.");
            }
            double at;
            try {
                at = Double.parseDouble(row[2]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Phases table row " + (r + 1) + ": atomic_percent \"" + row[2]
                        + "\" is not a number.");
            }
            byPhase.computeIfAbsent(row[0].trim(), k -> new LinkedHashMap<>()).merge(row[1].trim(), at, Double::sum);
        }
        if (byPhase.isEmpty()) {
            throw new IllegalArgumentException("The phases table is empty; give rows of phase, element, atomic_percent.");
        }
        List<Phase> out = new ArrayList<>();
        byPhase.forEach((name, comp) -> out.add(new Phase(name, comp)));
        return out;
    }

    public static List<Column> compositionColumns() {
        return List.of(new Column("phase", ColumnType.STRING), new Column("element", ColumnType.STRING),
                new Column("atomic_percent", ColumnType.DOUBLE));
    }

    /** @return the specs of the three outputs (image, truth decomposition) for these options */
    public static SpectrumImageSpec imageSpec(SyntheticOptions o) {
        return new SpectrumImageSpec(o.width(), o.height(), o.axis(), info(o), true, 0);
    }

    public static DecompositionSpec truthSpec(SyntheticOptions o) {
        List<String> names = o.phases().stream().map(Phase::name).toList();
        return new DecompositionSpec(names.size(), o.width(), o.height(), o.axis(), info(o), names, "Ground truth");
    }

    /** Metadata known before generating: beam energy, detector resolution, elements (the title gains details). */
    private static AcquisitionInfo info(SyntheticOptions o) {
        Set<String> elements = new LinkedHashSet<>();
        for (Phase ph : o.phases()) {
            elements.addAll(ph.atomicPercent().keySet());
        }
        return new AcquisitionInfo(o.beamEnergyKv(), Double.NaN, o.detector().resolutionMnKaEv(), Double.NaN,
                Double.NaN, "", new ArrayList<>(elements), o.title(), "");
    }

    public static Result run(SyntheticSettings s, List<Phase> phases, Progress progress) {
        SyntheticOptions o = options(s, phases);
        SyntheticDataset d = Synthesizer.generate(o, progress);
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("preset", s.get(SyntheticSettings.PRESET));
        prov.put("counts per pixel", Double.toString(o.countsPerPixel()));
        prov.put("beam energy kV", Double.toString(o.beamEnergyKv()));
        prov.put("noise seed", Long.toString(o.seed()));
        prov.put("map seed", Long.toString(o.mapSeed()));
        Decomposition truth = new Decomposition(o.width(), o.height(), o.axis(), d.counts().info(), d.phaseNames(),
                d.spectra(), d.maps(), "Ground truth", prov);
        TableData comp = new TableData(compositionColumns());
        for (Phase p : d.phases()) {
            for (Map.Entry<String, Double> e : p.atomicFractions().entrySet()) {
                comp.add(p.name() + " " + e.getKey(), p.name(), e.getKey(), 100 * e.getValue());
            }
        }
        return new Result(d, truth, comp);
    }
}
