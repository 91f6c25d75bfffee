package org.psnmf.knime.table;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/** Conversion between {@link TableData} and KNIME tables (the only place where the nodes build KNIME cells). */
public final class KnimeTables {

    private KnimeTables() {
    }

    /** @return the KNIME spec of {@code columns} */
    public static DataTableSpec spec(List<TableData.Column> columns) {
        DataColumnSpec[] specs = new DataColumnSpec[columns.size()];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = new DataColumnSpecCreator(columns.get(i).name(), type(columns.get(i).type())).createSpec();
        }
        return new DataTableSpec(specs);
    }

    private static DataType type(TableData.ColumnType t) {
        return switch (t) {
            case DOUBLE -> DoubleCell.TYPE;
            case INT -> IntCell.TYPE;
            case STRING -> StringCell.TYPE;
            case PNG -> PNGImageContent.TYPE;
        };
    }

    /** @return {@code data} as a KNIME table */
    public static BufferedDataTable toTable(TableData data, ExecutionContext exec) throws CanceledExecutionException {
        BufferedDataContainer c = exec.createDataContainer(spec(data.columns()));
        for (TableData.Row r : data.rows()) {
            exec.checkCanceled();
            DataCell[] cells = new DataCell[r.values().length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cell(r.values()[i]);
            }
            c.addRowToTable(new DefaultRow(new RowKey(r.id()), cells));
        }
        c.close();
        return c.getTable();
    }

    private static DataCell cell(Object v) {
        if (v instanceof Double d) {
            return new DoubleCell(d);
        } else if (v instanceof Integer i) {
            return new IntCell(i);
        } else if (v instanceof String s) {
            return new StringCell(s);
        } else if (v instanceof byte[] png) {
            return new PNGImageContent(png).toImageCell();
        }
        return DataType.getMissingCell();
    }

    /**
     * Reads the named columns of a KNIME table as text (numbers via their value), e.g. a k-factor or phase table.
     * Rows with a missing cell in a required column are rejected.
     *
     * @throws InvalidSettingsException if a column is absent
     */
    public static List<String[]> readText(BufferedDataTable table, String... columnNames)
            throws InvalidSettingsException {
        DataTableSpec spec = table.getDataTableSpec();
        int[] idx = new int[columnNames.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = spec.findColumnIndex(columnNames[i]);
            if (idx[i] < 0) {
                throw new InvalidSettingsException("No column \"" + columnNames[i] + "\" in the input table; it needs "
                        + "the columns " + String.join(", ", columnNames) + ".");
            }
        }
        List<String[]> out = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                String[] vals = new String[idx.length];
                for (int i = 0; i < idx.length; i++) {
                    DataCell cell = row.getCell(idx[i]);
                    if (cell.isMissing()) {
                        vals[i] = null;
                    } else if (cell instanceof DoubleValue dv) {
                        vals[i] = Double.toString(dv.getDoubleValue());
                    } else if (cell instanceof StringValue sv) {
                        vals[i] = sv.getStringValue();
                    } else {
                        vals[i] = cell.toString();
                    }
                }
                out.add(vals);
            }
        }
        return out;
    }
}
