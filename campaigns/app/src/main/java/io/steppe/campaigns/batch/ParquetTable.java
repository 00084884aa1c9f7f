package io.steppe.campaigns.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * A table written as one Parquet file, the columnar format pandas ({@code read_parquet}) and R
 * ({@code arrow::read_parquet}) read natively.
 *
 * <p>Every column is optional (nullable): {@code null}, and NaN in a {@link Column.Type#DOUBLE}
 * column, are written as nulls, so pandas sees NaN and R sees NA. Pages are not compressed, which
 * needs no native library; dictionary encoding still keeps repeated values small. The file holds
 * nothing that varies between writes (no timestamp, no host), so the same rows give the same
 * bytes; its footer names the Parquet library's version ({@code created_by}), so upgrading that
 * library may change them. Hadoop is not needed at run time: the file is written through Parquet's local-file output,
 * its plain configuration and the pass-through codec below, instead of the default codec factory
 * that loads Hadoop's compression classes even for uncompressed pages.
 */
public final class ParquetTable {
    /** The name of the Parquet message (the root of the schema). */
    static final String SCHEMA_NAME = "steppe";

    private ParquetTable() {
    }

    /** A named, nullable column. */
    public record Column(String name, Type type) {
        /** What a column holds and which Java values it takes. */
        public enum Type {
            /** 64-bit integers: {@link Long}, {@link Integer}, {@link Short} or {@link Byte}. */
            INT64,
            /** 64-bit floating point: any {@link Number}; NaN is written as null. */
            DOUBLE,
            /** UTF-8 text: any {@link CharSequence}. */
            STRING
        }

        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a column needs a name");
            }
        }
    }

    /**
     * Writes the rows to {@code file}: to a temporary sibling first, then moved over {@code file}
     * atomically, so readers see the old file or the whole new one. Each row has one value per
     * column, in column order; {@code null} is a missing value.
     *
     * @throws IllegalArgumentException if a row has the wrong length or a value of the wrong type
     */
    public static void write(Path file, List<Column> columns, Iterator<Object[]> rows) throws IOException {
        MessageType schema = schema(columns);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // A fresh name rather than Files.createTempFile, whose owner-only permissions would stay on the result.
        Path tmp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(tmp))
                    .withConf(new PlainParquetConfiguration())
                    .withType(schema)
                    .withWriteMode(ParquetFileWriter.Mode.CREATE)
                    .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                    .withCodecFactory(Uncompressed.INSTANCE)
                    .build()) {
                SimpleGroupFactory groups = new SimpleGroupFactory(schema);
                long rowNumber = 0;
                while (rows.hasNext()) {
                    writer.write(group(groups.newGroup(), columns, rows.next(), rowNumber++));
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static MessageType schema(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        Set<String> names = new HashSet<>();
        Types.MessageTypeBuilder schema = Types.buildMessage();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("column " + column.name() + " is named twice");
            }
            switch (column.type()) {
                case INT64 -> schema.optional(PrimitiveTypeName.INT64).named(column.name());
                case DOUBLE -> schema.optional(PrimitiveTypeName.DOUBLE).named(column.name());
                case STRING -> schema.optional(PrimitiveTypeName.BINARY)
                        .as(LogicalTypeAnnotation.stringType()).named(column.name());
                default -> throw new IllegalStateException("unknown column type " + column.type());
            }
        }
        return schema.named(SCHEMA_NAME);
    }

    private static Group group(Group group, List<Column> columns, Object[] row, long rowNumber) {
        if (row == null || row.length != columns.size()) {
            throw new IllegalArgumentException("row " + rowNumber + " has "
                    + (row == null ? "no" : String.valueOf(row.length)) + " values for "
                    + columns.size() + " columns");
        }
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            if (value == null) {
                continue;
            }
            Column column = columns.get(i);
            switch (column.type()) {
                case INT64 -> {
                    if (!(value instanceof Long || value instanceof Integer
                            || value instanceof Short || value instanceof Byte)) {
                        throw wrongType(column, value, rowNumber);
                    }
                    group.add(i, ((Number) value).longValue());
                }
                case DOUBLE -> {
                    if (!(value instanceof Number number)) {
                        throw wrongType(column, value, rowNumber);
                    }
                    double d = number.doubleValue();
                    if (!Double.isNaN(d)) {
                        group.add(i, d);
                    }
                }
                case STRING -> {
                    if (!(value instanceof CharSequence text)) {
                        throw wrongType(column, value, rowNumber);
                    }
                    group.add(i, text.toString());
                }
                default -> throw new IllegalStateException("unknown column type " + column.type());
            }
        }
        return group;
    }

    private static IllegalArgumentException wrongType(Column column, Object value, long rowNumber) {
        return new IllegalArgumentException("row " + rowNumber + ", column " + column.name() + " ("
                + column.type() + "): cannot write a " + value.getClass().getSimpleName() + " (" + value + ")");
    }

    /**
     * Pages kept as they are. Parquet's own codec factory loads Hadoop's zlib classes as soon as it
     * is built, even when nothing is compressed, so the writer gets this one instead (and a reader
     * of these files can too).
     */
    enum Uncompressed implements CompressionCodecFactory, CompressionCodecFactory.BytesInputCompressor,
            CompressionCodecFactory.BytesInputDecompressor {
        INSTANCE;

        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
            return only(codecName);
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
            return only(codecName);
        }

        private Uncompressed only(CompressionCodecName codecName) {
            if (codecName != CompressionCodecName.UNCOMPRESSED) {
                throw new UnsupportedOperationException("only uncompressed pages, not " + codecName);
            }
            return this;
        }

        @Override
        public BytesInput compress(BytesInput bytes) {
            return bytes;
        }

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) {
            return bytes;
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize) {
            ByteBuffer page = input.duplicate();
            page.limit(page.position() + compressedSize);
            output.put(page);
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.UNCOMPRESSED;
        }

        @Override
        public void release() {
        }
    }
}
