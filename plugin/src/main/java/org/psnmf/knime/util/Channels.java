package org.psnmf.knime.util;

import org.psnmf.engine.data.DenseSpectrumImage;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.table.TableData.Column;
import org.psnmf.knime.table.TableData.ColumnType;

/** Channel-range operations and spectrum tables used by several nodes (plain Java). */
public final class Channels {

    private Channels() {
    }

    /**
     * @return the channel range [from, to) of {@code axis} whose centres lie in [fromKeV, toKeV]
     * @throws IllegalArgumentException if no channel lies in the range
     */
    public static int[] range(EnergyAxis axis, double fromKeV, double toKeV) {
        int from = Math.max(0, (int) Math.ceil((fromKeV - axis.offsetKeV()) / axis.scaleKeV() - 1e-9));
        int to = Math.min(axis.channels(), (int) Math.floor((toKeV - axis.offsetKeV()) / axis.scaleKeV() + 1e-9) + 1);
        if (from >= to) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "Energy range %.3f-%.3f keV holds no channel of the axis %.3f-%.3f keV.", fromKeV, toKeV,
                    axis.offsetKeV(), axis.maxEnergy()));
        }
        return new int[] {from, to};
    }

    /**
     * @return the channels [from, to) of {@code img} (sparse counts or dense model), energy axis cropped accordingly
     * @throws IllegalArgumentException for an image type that cannot be cropped here (a factored model)
     */
    public static SpectrumImage crop(SpectrumImage img, int from, int to) {
        EnergyAxis axis = img.energyAxis().crop(from, to);
        int w = img.width();
        if (img instanceof SparseSpectrumImage s) {
            SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(w, s.height(), axis, s.info());
            SparseSpectrumImage.Cursor c = s.cursor();
            for (int y = 0; y < s.height(); y++) {
                int n = 0;
                for (int x = 0; x < w; x++) {
                    for (int i = 0, e = c.moveTo(x, y); i < e; i++) {
                        if (c.channel(i) >= from && c.channel(i) < to) {
                            n++;
                        }
                    }
                }
                int[] nptr = new int[w + 1];
                char[] nch = new char[n];
                int[] ncnt = new int[n];
                int k = 0;
                for (int x = 0; x < w; x++) {
                    for (int i = 0, e = c.moveTo(x, y); i < e; i++) {
                        int ch = c.channel(i);
                        if (ch >= from && ch < to) {
                            nch[k] = (char) (ch - from);
                            ncnt[k++] = c.count(i);
                        }
                    }
                    nptr[x + 1] = k;
                }
                b.setRowSparse(y, nptr, nch, ncnt);
            }
            return b.build();
        } else if (img instanceof DenseSpectrumImage d) {
            int c = d.channels();
            int nc = to - from;
            double[][] rows = new double[d.height()][w * nc];
            for (int y = 0; y < d.height(); y++) {
                double[] r = d.row(y);
                for (int x = 0; x < w; x++) {
                    System.arraycopy(r, x * c + from, rows[y], x * nc, nc);
                }
            }
            return new DenseSpectrumImage(w, d.height(), axis, d.info(), rows);
        }
        throw new IllegalArgumentException("Cannot crop the energy range of a " + img.getClass().getSimpleName()
                + "; crop before decomposing.");
    }

    /**
     * @return {@code img} with another energy calibration (same channel count)
     * @throws IllegalArgumentException if the channel counts differ or the image type has no calibration override
     */
    public static SpectrumImage withAxis(SpectrumImage img, EnergyAxis axis) {
        if (img instanceof SparseSpectrumImage s) {
            return s.withEnergyAxis(axis);
        } else if (img instanceof DenseSpectrumImage d) {
            double[][] rows = new double[d.height()][];
            for (int y = 0; y < rows.length; y++) {
                rows[y] = d.row(y);
            }
            return new DenseSpectrumImage(d.width(), d.height(), axis, d.info(), rows);
        }
        throw new IllegalArgumentException("Cannot override the energy axis of a " + img.getClass().getSimpleName()
                + ".");
    }

    /** Columns of a spectrum table: energy_keV plus one column per series. */
    public static java.util.List<Column> spectrumColumns(java.util.List<String> series) {
        java.util.List<Column> cols = new java.util.ArrayList<>();
        cols.add(new Column("energy_keV", ColumnType.DOUBLE));
        for (String s : series) {
            cols.add(new Column(s, ColumnType.DOUBLE));
        }
        return cols;
    }

    /** @return a table with one row per channel: energy and each series' value */
    public static TableData spectrumTable(EnergyAxis axis, java.util.List<String> names, double[][] series) {
        TableData t = new TableData(spectrumColumns(names));
        for (int c = 0; c < axis.channels(); c++) {
            Object[] row = new Object[names.size() + 1];
            row[0] = axis.energyAt(c);
            for (int k = 0; k < names.size(); k++) {
                row[k + 1] = series[k][c];
            }
            t.add("ch" + c, row);
        }
        return t;
    }
}
