package io.steppe.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code steppe} application in a fresh JVM with the plugin jars of a directory, as
 * {@code ./steppe <command> --plugins <dir>} does: the way to prove in a test that a plugin works
 * as a jar, found by the application's {@link java.util.ServiceLoader}, and not only from a test's
 * class path. The application's class path is the test's, less everything under the plugin
 * directory (a plugin project's {@code target/classes}, {@code target/test-classes} and its jar),
 * so the plugin is loaded once, from its jar. Needs {@code io.steppe:steppe-campaigns} on the test
 * class path.
 *
 * <pre>
 * SteppeCommand.Result r = SteppeCommand.withPlugins(Path.of("target"))
 *         .run("run", "kazakhstan-2017", "--out", "target/run");
 * </pre>
 */
public final class SteppeCommand {
    /** The application's entry point, in steppe-campaigns. */
    public static final String MAIN_CLASS = "io.steppe.campaigns.cli.SteppeCli";
    private static final long TIMEOUT_MINUTES = 20;

    private final Path plugins;

    private SteppeCommand(Path plugins) {
        this.plugins = plugins;
    }

    /** The application with the plugin jars in {@code dir} (the {@code --plugins} directory). */
    public static SteppeCommand withPlugins(Path dir) {
        return new SteppeCommand(dir.toAbsolutePath().normalize());
    }

    /** What a command printed and returned. */
    public record Result(int exitCode, String stdout, String stderr) {
        /** The output, throwing an {@link AssertionError} with both streams unless the command succeeded. */
        public String ok() {
            if (exitCode != 0) {
                throw new AssertionError("steppe exited with " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr);
            }
            return stdout;
        }
    }

    /** Runs {@code steppe <args> --plugins <dir>} and waits for it. */
    public Result run(String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classPath(), MAIN_CLASS));
        command.addAll(Arrays.asList(args));
        command.addAll(List.of("--plugins", plugins.toString()));
        try {
            Path out = Files.createTempFile("steppe", ".out");
            Path err = Files.createTempFile("steppe", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new AssertionError("steppe " + String.join(" ", args) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot start steppe: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while steppe ran", e);
        }
    }

    private String classPath() {
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty() && !Path.of(entry).toAbsolutePath().normalize().startsWith(plugins)) {
                kept.add(entry);
            }
        }
        if (SteppeCommand.class.getClassLoader().getResource(MAIN_CLASS.replace('.', '/') + ".class") == null) {
            throw new AssertionError("the steppe application is not on the test class path; add io.steppe:steppe-campaigns with test scope");
        }
        return String.join(File.pathSeparator, kept);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
