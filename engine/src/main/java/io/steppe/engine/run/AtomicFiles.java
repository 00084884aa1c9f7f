package io.steppe.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing an output file so that readers see the old file or the whole new one, never half of it. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes the text (UTF-8) to a temporary sibling and moves it over {@code file} atomically,
     * creating the directory when needed; the temporary file is removed if anything fails.
     */
    public static Path writeString(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }
}
