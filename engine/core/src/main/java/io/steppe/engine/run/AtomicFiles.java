package io.steppe.engine.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/** Writing an output file so that readers see the old file or the whole new one, never half of it. */
public final class AtomicFiles {
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {
    }

    /** Writes the contents of a file to a stream (which the caller closes). */
    @FunctionalInterface
    public interface Contents {
        /** Writes everything. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the text (UTF-8) to a temporary sibling and moves it over {@code file} atomically,
     * creating the directory when needed; the temporary file is removed if anything fails.
     */
    public static Path writeString(Path file, String text) throws IOException {
        return write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes a file through a temporary sibling (created with the usual permissions, unlike
     * {@code Files.createTempFile}'s owner-only ones) moved over {@code file} atomically; the
     * temporary file is removed if anything fails.
     */
    public static Path write(Path file, Contents contents) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                contents.writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }
}
