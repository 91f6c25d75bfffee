package org.psnmf.knime.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A small result table in plain Java (what node runners return; {@link KnimeTables} turns it into a KNIME table).
 * Columns have a name and a {@link ColumnType}; each row has a row id and one value per column: Double (NaN allowed),
 * Integer, String, or {@code byte[]} PNG bytes; {@code null} is a missing cell.
 */
public final class TableData {

    /** Cell types used by the PSNMF nodes. */
    public enum ColumnType {
        DOUBLE, INT, STRING, PNG
    }

    /** A column: name and type. */
    public record Column(String name, ColumnType type) {
        public Column {
            Objects.requireNonNull(name);
            Objects.requireNonNull(type);
        }
    }

    /** A row: id and values (one per column). */
    public record Row(String id, Object[] values) {
    }

    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();

    public TableData(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public List<Column> columns() {
        return columns;
    }

    /** Appends a row; values must match the column types. */
    public TableData add(String id, Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("Row " + id + " has " + values.length + " values, the table "
                    + columns.size() + " columns.");
        }
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            boolean ok = v == null || switch (columns.get(i).type()) {
                case DOUBLE -> v instanceof Double;
                case INT -> v instanceof Integer;
                case STRING -> v instanceof String;
                case PNG -> v instanceof byte[];
            };
            if (!ok) {
                throw new IllegalArgumentException("Row " + id + ", column " + columns.get(i).name() + ": "
                        + v.getClass().getSimpleName() + " is not a " + columns.get(i).type() + " value.");
            }
        }
        rows.add(new Row(id, values.clone()));
        return this;
    }

    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    public int size() {
        return rows.size();
    }

    /** @return the index of column {@code name}, or -1 */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the value in row {@code row} of column {@code name} */
    public Object get(int row, String name) {
        int c = indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("No column \"" + name + "\" in " + columns);
        }
        return rows.get(row).values()[c];
    }

    /** @return a double column as an array (missing cells as NaN) */
    public double[] doubles(String name) {
        double[] out = new double[rows.size()];
        for (int r = 0; r < out.length; r++) {
            Object v = get(r, name);
            out[r] = v == null ? Double.NaN : ((Number) v).doubleValue();
        }
        return out;
    }
}
