package io.steppe.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The rules for a directory Steppe writes its outputs into, the same for every command. Steppe
 * marks every directory it writes with the file {@value #MARKER}; {@code --force} replaces only a
 * marked directory, and never the working directory, one of its parents, a repository's root or
 * the home directory. An unmarked directory that holds files is the user's and is never written
 * into. A default output directory that exists already is not replaced but followed by a fresh one
 * ({@code runs/kazakhstan-2017-seed1-2}).
 */
public final class OutputDirectory {
    /** The file that marks a directory Steppe wrote. */
    public static final String MARKER = ".steppe-output";
    private static final int MAX_SUFFIX = 10_000;

    private OutputDirectory() {
    }

    /** A refused output directory, with what to do instead. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * The directory to write into: {@code requested} when given (checked by
     * {@link #check}), else {@code preferred} if it does not exist, or the first of
     * {@code preferred-2}, {@code preferred-3}, ... that does not.
     */
    public static Path choose(Path requested, Path preferred, boolean force) throws RefusedException {
        if (requested != null) {
            check(requested, force);
            return requested;
        }
        if (!Files.exists(preferred, LinkOption.NOFOLLOW_LINKS)) {
            return preferred;
        }
        for (int k = 2; k < MAX_SUFFIX; k++) {
            Path next = preferred.resolveSibling(preferred.getFileName() + "-" + k);
            if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                return next;
            }
        }
        throw new RefusedException(preferred + " and " + MAX_SUFFIX + " numbered directories beside it exist; choose --out");
    }

    /**
     * Checks that {@code dir} may be written: absent, an empty directory, or with {@code force} a
     * directory Steppe wrote that is not protected.
     *
     * @throws RefusedException saying why and what to do instead
     */
    public static void check(Path dir, boolean force) throws RefusedException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(dir + " exists and is not a directory; choose another --out");
        }
        String protectedBecause = protectedBecause(dir);
        if (protectedBecause != null) {
            throw new RefusedException(dir + " is " + protectedBecause + "; Steppe never writes into it, choose another --out");
        }
        if (isEmpty(dir)) {
            return;
        }
        if (!isMarked(dir)) {
            throw new RefusedException(dir + " holds files Steppe did not write (no " + MARKER + " in it); choose another --out,"
                    + " --force replaces only a directory Steppe wrote");
        }
        if (!force) {
            throw new RefusedException(dir + " exists; choose another --out or pass --force to replace it");
        }
    }

    /** Whether Steppe wrote the directory (it holds the marker). */
    public static boolean isMarked(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Marks a directory as Steppe's output, naming the command that wrote it. */
    public static void mark(Path dir, String command) throws IOException {
        Files.writeString(dir.resolve(MARKER), "Written by steppe " + command + ". --force may replace this directory.\n",
                StandardCharsets.UTF_8);
    }

    /** Creates {@code dir} (after {@link #check}) and marks it. */
    public static void create(Path dir, String command) throws IOException {
        Files.createDirectories(dir);
        mark(dir, command);
    }

    /**
     * Makes {@code dir} ready for a command's new outputs, checking it again (it may have changed
     * while the command ran): created and marked, or, with {@code force}, Steppe's earlier outputs
     * in it removed first.
     */
    public static void prepare(Path dir, boolean force, String command) throws IOException {
        check(dir, force);
        if (isMarked(dir)) {
            empty(dir);
        }
        create(dir, command);
    }

    /**
     * Empties a directory {@link #check} allowed to be replaced, keeping the directory itself.
     * Refuses anything unmarked, whatever the caller checked.
     */
    public static void empty(Path dir) throws IOException {
        if (!isMarked(dir) || protectedBecause(dir) != null) {
            throw new RefusedException(dir + " is not a directory Steppe wrote; nothing was deleted");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) throws RefusedException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            throw new RefusedException(dir + " cannot be read: " + e.getMessage());
        }
    }

    /** Why a directory must never be written into, or null. */
    private static String protectedBecause(Path dir) {
        Path real;
        Path cwd;
        try {
            real = dir.toRealPath();
            cwd = Path.of("").toRealPath();
        } catch (IOException e) {
            return null;
        }
        if (cwd.startsWith(real)) {
            return real.equals(cwd) ? "the working directory" : "a parent of the working directory";
        }
        if (real.getParent() == null) {
            return "the root of the file system";
        }
        if (real.equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())) {
            return "the home directory";
        }
        if (Files.exists(real.resolve(".git")) || Files.exists(real.resolve("mvnw"))) {
            return "the root of a repository";
        }
        return null;
    }
}
