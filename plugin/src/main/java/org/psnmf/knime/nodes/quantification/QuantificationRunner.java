package org.psnmf.knime.nodes.quantification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.quant.ComponentSpectra;
import org.psnmf.engine.quant.Composition;
import org.psnmf.engine.quant.CompositionMaps;
import org.psnmf.engine.quant.FamilyIntensity;
import org.psnmf.engine.quant.KFactorTable;
import org.psnmf.engine.quant.QuantSettings;
import org.psnmf.engine.quant.Quantifier;
import org.psnmf.engine.render.Colormap;
import org.psnmf.engine.render.MapImage;
import org.psnmf.engine.render.Png;
import org.psnmf.knime.port.Decomposition;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.table.TableData.Column;
import org.psnmf.knime.table.TableData.ColumnType;

/**
 * The Quantification node's work without KNIME (engine: {@link Quantifier}, Cliff-Lorimer with cross-section or
 * user k-factors): every component spectrum of a decomposition, and/or the sum spectrum of an image, and optionally
 * every pixel of the image (composition maps).
 */
public final class QuantificationRunner {

    /** Columns of the optional k-factor table. */
    public static final String[] KFACTOR_COLUMNS = {"element", "line", "k"};

    /** Composition rows, optional maps, fitted line families, warnings. */
    public record Result(List<Composition> compositions, TableData table, TableData maps, TableData families,
            List<String> warnings) {
    }

    private QuantificationRunner() {
    }

    public static List<Column> columns() {
        return List.of(new Column("component", ColumnType.STRING), new Column("element", ColumnType.STRING),
                new Column("line", ColumnType.STRING), new Column("atomic_percent", ColumnType.DOUBLE),
                new Column("sigma_atomic_percent", ColumnType.DOUBLE), new Column("weight_percent", ColumnType.DOUBLE),
                new Column("intensity_counts", ColumnType.DOUBLE), new Column("fwhm_mn_ka_ev", ColumnType.DOUBLE),
                new Column("energy_offset_ev", ColumnType.DOUBLE));
    }

    /** Columns of the line-family output: every fitted family of every spectrum. */
    public static List<Column> familyColumns() {
        return List.of(new Column("component", ColumnType.STRING), new Column("element", ColumnType.STRING),
                new Column("family", ColumnType.STRING), new Column("energy_keV", ColumnType.DOUBLE),
                new Column("counts", ColumnType.DOUBLE), new Column("sigma_counts", ColumnType.DOUBLE),
                new Column("free", ColumnType.STRING), new Column("quantified", ColumnType.STRING));
    }

    public static List<Column> mapColumns() {
        return List.of(new Column("element", ColumnType.STRING), new Column("atomic_percent_map", ColumnType.PNG),
                new Column("mean_atomic_percent", ColumnType.DOUBLE));
    }

    /**
     * @return the user k-factor table from rows (element, line, k)
     * @throws IllegalArgumentException naming the bad row
     */
    public static KFactorTable kFactors(List<String[]> rows) {
        return kFactors(rows, false);
    }

    /**
     * @param weightBasis true if k is for weight fractions (HyperSpy's convention), converted as in
     *                    {@link KFactorTable}: k_atomic = k_weight M_Si / M_i
     */
    public static KFactorTable kFactors(List<String[]> rows, boolean weightBasis) {
        Map<String, KFactorTable.Entry> entries = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (row[0] == null || row[1] == null || row[2] == null) {
                throw new IllegalArgumentException("k-factor table row " + (r + 1) + " has a missing value; every row "
                        + "needs element, line and k.");
            }
            double k;
            try {
                k = Double.parseDouble(row[2]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("k-factor table row " + (r + 1) + ": k \"" + row[2]
                        + "\" is not a number.");
            }
            String t = row[0].trim();
            String el = t.isEmpty() ? t : t.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + t.substring(1).toLowerCase(java.util.Locale.ROOT);
            if (weightBasis && k > 0 && org.psnmf.engine.xray.XrayDatabase.get().isElement(el)) {
                var db = org.psnmf.engine.xray.XrayDatabase.get();
                k = k * db.atomicWeight("Si") / db.atomicWeight(el);
            }
            entries.put(el, new KFactorTable.Entry(el, row[1].trim(), k));
        }
        return KFactorTable.of(entries);
    }

    /**
     * @param decomposition components to quantify, or null
     * @param image         image whose sum spectrum (and pixels, for maps) to quantify, or null
     * @param kFactors      user k-factors, or null for the theoretical ones
     * @throws IllegalArgumentException if neither input is given, or the engine rejects the settings or data
     */
    public static Result run(QuantificationSettings s, Decomposition decomposition, SpectrumImage image,
            KFactorTable kFactors, Progress progress) {
        if (decomposition == null && image == null) {
            throw new IllegalArgumentException("Connect a Decomposition and/or a Spectrum Image to quantify.");
        }
        EnergyAxis axis = decomposition != null ? decomposition.axis() : image.energyAxis();
        var info = decomposition != null ? decomposition.info() : image.info();
        QuantSettings qs = s.toQuantSettings(info.beamEnergyKv(), info.energyResolutionMnKaEv(), info.takeOffAngleDeg());
        if (kFactors != null) {
            qs = qs.withKFactors(kFactors);
        }
        Quantifier q = new Quantifier(qs, axis);
        List<Composition> comps = new ArrayList<>();
        if (decomposition != null) {
            // scaled to the counts each component represents, so the uncertainties are counting statistics
            comps.addAll(q.quantifyAll(decomposition.names(),
                    ComponentSpectra.scaledToCounts(decomposition.spectra(), decomposition.maps())));
        }
        progress.checkCancelled();
        Quantifier qi = q;
        if (image != null) {
            if (decomposition != null && !image.energyAxis().equals(axis)) {
                qi = new Quantifier(qs, image.energyAxis());
            }
            String title = image.info().title().isEmpty() ? "sum spectrum" : image.info().title() + " (sum)";
            comps.add(qi.quantify(title, image.sumSpectrum()));
        }
        TableData table = new TableData(columns());
        TableData families = new TableData(familyColumns());
        List<String> warnings = new ArrayList<>();
        for (Composition c : comps) {
            Double fwhm = c.response() == null ? null : 1000 * c.response().fwhmKeV(5.8987);
            Double offset = c.response() == null ? null : 1000 * c.response().offsetKeV();
            for (int i = 0; i < c.elements().size(); i++) {
                String el = c.elements().get(i);
                table.add(c.name() + " " + el, c.name(), el, c.lines().get(i), 100 * c.atomicFraction()[i],
                        100 * c.sigmaAtomicFraction()[i], 100 * c.weightFraction()[i], c.intensities()[i], fwhm, offset);
            }
            for (FamilyIntensity f : c.families()) {
                families.add(c.name() + " " + f.element() + " " + f.family(), c.name(), f.element(), f.family(),
                        f.energyKeV(), f.counts(), f.sigma(), Boolean.toString(f.free()), Boolean.toString(f.quantified()));
            }
            for (String w : c.warnings()) {
                warnings.add(c.name() + ": " + w);
            }
        }
        TableData maps = new TableData(mapColumns());
        if (s.get(QuantificationSettings.MAPS) && image != null) {
            CompositionMaps cm = qi.quantifyImage(image, Runtime.getRuntime().availableProcessors(), progress);
            int zoom = MapImage.zoomFor(cm.width(), cm.height(), 256);
            for (int e = 0; e < cm.elements().size(); e++) {
                float[] f = cm.atomicPercent()[e];
                double[] m = new double[f.length];
                double sum = 0;
                int n = 0;
                for (int p = 0; p < f.length; p++) {
                    m[p] = Float.isNaN(f[p]) ? 0 : f[p];
                    if (!Float.isNaN(f[p])) {
                        sum += f[p];
                        n++;
                    }
                }
                byte[] png = Png.bytes(MapImage.autoScaled(m, cm.width(), cm.height(), Colormap.VIRIDIS, zoom));
                maps.add(cm.elements().get(e), cm.elements().get(e), png, n == 0 ? null : sum / n);
            }
        }
        return new Result(comps, table, maps, families, warnings);
    }
}
