package io.steppe.engine.data;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A data file with a header row, read with Jackson CSV. Values are read by column name; a missing
 * column or an unreadable number is an error naming the file, the line and the column.
 */
public final class CsvTable {
    /** Prefix of a source that ships inside Steppe or a plugin jar (a classpath resource). */
    public static final String CLASSPATH = "classpath:";

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final String file;
    private final List<Map<String, String>> rows;

    private CsvTable(String file, List<Map<String, String>> rows) {
        this.file = file;
        this.rows = rows;
    }

    /**
     * Opens a data source: {@code classpath:...} or a path resolved against {@code baseDir}.
     *
     * @param field the scenario field that named the source, for messages
     */
    public static CsvTable open(String source, Path baseDir, String field) {
        try (InputStream in = stream(source, baseDir)) {
            if (in == null) {
                throw new ScenarioException(List.of(new Problem(null, 0, field, "data not found: " + source)));
            }
            CsvSchema schema = CsvSchema.emptySchema().withHeader();
            List<Map<String, String>> rows = new ArrayList<>();
            try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(schema).readValues(in)) {
                while (it.hasNextValue()) {
                    rows.add(it.nextValue());
                }
            }
            return new CsvTable(source, rows);
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Problem(source, 0, field, "cannot read data: " + e.getMessage())));
        }
    }

    private static InputStream stream(String source, Path baseDir) throws IOException {
        if (source.startsWith(CLASSPATH)) {
            return Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream(source.substring(CLASSPATH.length()));
        }
        Path path = baseDir == null ? Path.of(source) : baseDir.resolve(source);
        return Files.isRegularFile(path) ? Files.newInputStream(path) : null;
    }

    /** Number of data rows. */
    public int size() {
        return rows.size();
    }

    /** The raw text of a cell ("" when empty). */
    public String text(int row, String column) {
        Map<String, String> r = rows.get(row);
        if (!r.containsKey(column)) {
            throw error(row, column, "missing column; columns: " + String.join(", ", r.keySet()));
        }
        String value = r.get(column);
        return value == null ? "" : value.trim();
    }

    /** Whether the table has this column (false for a table without rows). */
    public boolean has(String column) {
        return !rows.isEmpty() && rows.get(0).containsKey(column);
    }

    /** A numeric cell; NaN when empty. */
    public double number(int row, String column) {
        String value = text(row, column);
        if (value.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw error(row, column, "'" + value + "' is not a number");
        }
    }

    /** An error at a cell: the file line is the row index + 2 (header line, 1-based). */
    public ScenarioException error(int row, String column, String message) {
        return new ScenarioException(List.of(new Problem(file, row + 2, column, message)));
    }

    /** The file this table was read from. */
    public String file() {
        return file;
    }
}
