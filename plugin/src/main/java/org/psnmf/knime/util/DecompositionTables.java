package org.psnmf.knime.util;

import java.util.ArrayList;
import java.util.List;

import org.psnmf.engine.render.Colormap;
import org.psnmf.engine.render.MapImage;
import org.psnmf.engine.render.Png;
import org.psnmf.knime.port.Decomposition;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.table.TableData.Column;
import org.psnmf.knime.table.TableData.ColumnType;

/**
 * The two tables the decomposition nodes output besides the Decomposition port: component spectra (energy_keV plus
 * one column per component, for KNIME's line plot) and component maps (one row per component: PNG image and
 * statistics).
 */
public final class DecompositionTables {

    private DecompositionTables() {
    }

    /** @return spectra table columns for these component names */
    public static List<Column> spectraColumns(List<String> names) {
        return Channels.spectrumColumns(names);
    }

    /** @return maps table columns */
    public static List<Column> mapsColumns() {
        return List.of(new Column("component", ColumnType.STRING), new Column("map", ColumnType.PNG),
                new Column("mean_abundance", ColumnType.DOUBLE), new Column("min_abundance", ColumnType.DOUBLE),
                new Column("max_abundance", ColumnType.DOUBLE), new Column("spectrum_total_counts", ColumnType.DOUBLE));
    }

    public static TableData spectra(Decomposition d) {
        return Channels.spectrumTable(d.axis(), d.names(), d.spectra());
    }

    public static TableData maps(Decomposition d) {
        TableData t = new TableData(mapsColumns());
        int zoom = MapImage.zoomFor(d.width(), d.height(), 256);
        for (int k = 0; k < d.components(); k++) {
            double[] m = d.maps()[k];
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : m) {
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double total = 0;
            for (double v : d.spectra()[k]) {
                total += v;
            }
            byte[] png = Png.bytes(MapImage.autoScaled(m, d.width(), d.height(), Colormap.VIRIDIS, zoom));
            t.add(d.names().get(k), d.names().get(k), png, sum / m.length, min, max, total);
        }
        return t;
    }

    /** @return names C1..Ck */
    public static List<String> names(int k) {
        List<String> n = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            n.add("C" + i);
        }
        return n;
    }
}
