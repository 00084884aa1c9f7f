package io.steppe.campaigns.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.campaigns.batch.ParquetTable.Column.Type;
import io.steppe.campaigns.batch.ParquetTable.Column;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet tables read back as written, nulls and NaN included, and are byte-identical when rewritten. */
class ParquetTableTest {
    private static final List<Column> COLUMNS = List.of(
            new Column("run", Type.INT64),
            new Column("seed", Type.INT64),
            new Column("kpi", Type.DOUBLE),
            new Column("scenario", Type.STRING));

    private static List<Object[]> rows() {
        return List.of(
                new Object[] {1L, -4_611_686_018_427_387_904L, 0.25, "kazakhstan-2017"},
                new Object[] {2, null, Double.NaN, "ru-irkutsk-frontier"},
                new Object[] {3L, 7L, null, null},
                new Object[] {null, Long.MAX_VALUE, -1e300, "Қазақстан, \"quoted\", ünïcode"});
    }

    @TempDir
    Path dir;

    @Test
    void everyTypeReadsBackWithItsValuesNullsAndSchema() throws IOException {
        Path file = dir.resolve("runs.parquet");
        ParquetTable.write(file, COLUMNS, rows().iterator());

        try (ParquetFileReader reader = open(file)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            assertThat(schema.getName()).isEqualTo("steppe");
            assertThat(schema.getFields()).extracting(f -> f.getName())
                    .containsExactly("run", "seed", "kpi", "scenario");
            assertThat(schema.getFields()).allMatch(f -> f.isRepetition(Repetition.OPTIONAL));
            assertThat(schema.getType("run").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.INT64);
            assertThat(schema.getType("kpi").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.DOUBLE);
            assertThat(schema.getType("scenario").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.BINARY);
            assertThat(schema.getType("scenario").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
            assertThat(reader.getRecordCount()).isEqualTo(4);
        }

        assertThat(readBack(file)).containsExactly(
                Arrays.asList(1L, -4_611_686_018_427_387_904L, 0.25, "kazakhstan-2017"),
                Arrays.asList(2L, null, null, "ru-irkutsk-frontier"),
                Arrays.asList(3L, 7L, null, null),
                Arrays.asList(null, Long.MAX_VALUE, -1e300, "Қазақстан, \"quoted\", ünïcode"));
    }

    @Test
    void writingTheSameRowsTwiceGivesByteIdenticalFiles() throws IOException {
        Path first = dir.resolve("first.parquet");
        Path second = dir.resolve("second.parquet");
        ParquetTable.write(first, COLUMNS, rows().iterator());
        ParquetTable.write(second, COLUMNS, rows().iterator());

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(first)).startsWith('P', 'A', 'R', '1');
    }

    @Test
    void anExistingFileIsReplacedAndNoTemporaryFileIsLeft() throws IOException {
        Path file = dir.resolve("runs.parquet");
        Files.writeString(file, "old contents");
        List<Object[]> one = new ArrayList<>();
        one.add(new Object[] {9L, 9L, 9.0, "nine"});

        ParquetTable.write(file, COLUMNS, one.iterator());

        assertThat(readBack(file)).containsExactly(List.of(9L, 9L, 9.0, "nine"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theFileGetsTheSamePermissionsAsAnyNewFileNotOwnerOnlyOnes() throws IOException {
        Path file = dir.resolve("runs.parquet");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");

        ParquetTable.write(file, COLUMNS, rows().iterator());

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedAndLeavesTheOldFileAlone() throws IOException {
        Path file = dir.resolve("runs.parquet");
        Files.writeString(file, "old contents");
        List<Object[]> bad = new ArrayList<>();
        bad.add(new Object[] {1L, 1L, 1.0, "ok"});
        bad.add(new Object[] {2.5, 1L, 1.0, "a double in an INT64 column"});

        assertThatThrownBy(() -> ParquetTable.write(file, COLUMNS, bad.iterator()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1, column run (INT64)");
        assertThat(Files.readString(file)).isEqualTo("old contents");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aRowOfTheWrongLengthAndDuplicateColumnNamesAreRefused() {
        Path file = dir.resolve("runs.parquet");
        List<Object[]> shortRow = new ArrayList<>();
        shortRow.add(new Object[] {1L});
        assertThatThrownBy(() -> ParquetTable.write(file, COLUMNS, shortRow.iterator()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0 has 1 values for 4 columns");
        List<Column> twice = List.of(new Column("x", Type.INT64), new Column("x", Type.DOUBLE));
        assertThatThrownBy(() -> ParquetTable.write(file, twice, List.<Object[]>of().iterator()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("named twice");
    }

    @Test
    void writingLoadsNoHadoopClass() throws Exception {
        Path file = dir.resolve("runs.parquet");
        try (HidingClassLoader loader = new HidingClassLoader("org.apache.hadoop.")) {
            Class<?> table = loader.loadClass(ParquetTable.class.getName());
            Class<?> column = loader.loadClass(Column.class.getName());
            Class<?> type = loader.loadClass(Type.class.getName());
            List<Object> columns = new ArrayList<>();
            for (Column c : COLUMNS) {
                columns.add(column.getConstructor(String.class, type)
                        .newInstance(c.name(), type.getMethod("valueOf", String.class).invoke(null, c.type().name())));
            }
            table.getMethod("write", Path.class, List.class, Iterator.class).invoke(null, file, columns, rows().iterator());
            assertThat(loader.refused()).isEmpty();
        }
        ParquetTable.write(dir.resolve("same.parquet"), COLUMNS, rows().iterator());
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(dir.resolve("same.parquet")));
    }

    private static ParquetFileReader open(Path file) throws IOException {
        return ParquetFileReader.open(new LocalInputFile(file), ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(ParquetTable.Uncompressed.INSTANCE).build());
    }

    /** Reads every row back, each value as Long, Double, String or null, with Parquet's column reader. */
    private static List<List<Object>> readBack(Path file) throws IOException {
        List<List<Object>> out = new ArrayList<>();
        try (ParquetFileReader reader = open(file)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            MessageColumnIO columnIo = new ColumnIOFactory().getColumnIO(schema);
            for (PageReadStore pages = reader.readNextRowGroup(); pages != null; pages = reader.readNextRowGroup()) {
                RecordReader<Group> records = columnIo.getRecordReader(pages, new GroupRecordConverter(schema));
                for (long r = 0; r < pages.getRowCount(); r++) {
                    out.add(values(records.read()));
                }
            }
        }
        return out;
    }

    private static List<Object> values(Group group) {
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (group.getFieldRepetitionCount(i) == 0) {
                row.add(null);
                continue;
            }
            row.add(switch (COLUMNS.get(i).type()) {
                case INT64 -> group.getLong(i, 0);
                case DOUBLE -> group.getDouble(i, 0);
                case STRING -> group.getString(i, 0);
            });
        }
        return row;
    }
}
