package io.steppe.campaigns.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code runs.parquet}: the table of runs as {@code runs.csv} has it, typed for pandas
 * ({@code pd.read_parquet}) and R ({@code arrow::read_parquet}): whole numbers as INT64, KPIs as
 * DOUBLE (null where a run has none), dates and swept values as strings (a swept path whose
 * values are all numbers as DOUBLE).
 */
final class BatchParquet {
    private BatchParquet() {
    }

    static void write(Path file, BatchTable table) throws IOException {
        RunPlan plan = table.plan();
        List<ParquetTable.Column> columns = new ArrayList<>();
        for (String name : List.of("run", "point", "replicate", "seed")) {
            columns.add(new ParquetTable.Column(name, ParquetTable.Column.Type.INT64));
        }
        boolean[] numeric = new boolean[plan.paths().size()];
        for (int j = 0; j < numeric.length; j++) {
            int col = j;
            numeric[j] = plan.points().stream().allMatch(p -> isNumber(p.get(col)));
            columns.add(new ParquetTable.Column(plan.paths().get(j),
                    numeric[j] ? ParquetTable.Column.Type.DOUBLE : ParquetTable.Column.Type.STRING));
        }
        for (String kpi : table.kpis()) {
            columns.add(new ParquetTable.Column(kpi, table.dateKpis().contains(kpi)
                    ? ParquetTable.Column.Type.STRING : ParquetTable.Column.Type.DOUBLE));
        }
        for (String e : table.events()) {
            columns.add(new ParquetTable.Column("events." + e, ParquetTable.Column.Type.INT64));
        }
        Iterator<RunRecord> records = table.records().iterator();
        Iterator<Object[]> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Object[] next() {
                RunRecord r = records.next();
                Object[] row = new Object[columns.size()];
                int c = 0;
                row[c++] = (long) r.run().id();
                row[c++] = (long) r.run().point();
                row[c++] = (long) r.run().replicate();
                row[c++] = r.run().seed();
                List<String> values = plan.points().get(r.run().point());
                for (int j = 0; j < numeric.length; j++) {
                    row[c++] = numeric[j] ? (Object) Double.parseDouble(values.get(j)) : values.get(j);
                }
                for (String kpi : table.kpis()) {
                    Object v = r.kpis().get(kpi);
                    row[c++] = v == null ? null : v instanceof Double ? v : v.toString();
                }
                for (String e : table.events()) {
                    row[c++] = (long) r.events().getOrDefault(e, 0);
                }
                return row;
            }
        };
        ParquetTable.write(file, columns, rows);
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return !text.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
