package io.steppe.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steppe writes only where it may, and --force replaces only what Steppe wrote. */
class OutputDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void anAbsentOrEmptyDirectoryMayBeWritten() throws IOException {
        assertThatCode(() -> OutputDirectory.check(tmp.resolve("new"), false)).doesNotThrowAnyException();
        assertThatCode(() -> OutputDirectory.check(Files.createDirectories(tmp.resolve("empty")), false)).doesNotThrowAnyException();
    }

    @Test
    void aDirectoryOfTheUsersIsNeverWrittenEvenWithForce() throws IOException {
        Path victim = Files.createDirectories(tmp.resolve("victim/sub")).getParent();
        Files.writeString(victim.resolve("thesis.tex"), "x");
        assertThatThrownBy(() -> OutputDirectory.check(victim, true)).isInstanceOf(OutputDirectory.RefusedException.class)
                .hasMessageContaining("holds files Steppe did not write");
        assertThatThrownBy(() -> OutputDirectory.empty(victim)).hasMessageContaining("nothing was deleted");
        assertThat(victim.resolve("thesis.tex")).hasContent("x");
        assertThat(victim.resolve("sub")).isDirectory();
    }

    @Test
    void forceReplacesOnlyWhatSteppeWrote() throws IOException {
        Path ours = tmp.resolve("ours");
        OutputDirectory.create(ours, "run");
        Files.writeString(ours.resolve("timeseries.csv"), "date\n");
        assertThatThrownBy(() -> OutputDirectory.check(ours, false)).hasMessageContaining("pass --force");
        OutputDirectory.prepare(ours, true, "run");
        assertThat(ours.resolve("timeseries.csv")).doesNotExist();
        assertThat(OutputDirectory.isMarked(ours)).isTrue();
    }

    @Test
    void theWorkingDirectoryItsParentsAndARepositoryAreNeverWritten() throws IOException {
        for (Path p : new Path[] {Path.of("."), Path.of(".."), Path.of("").toAbsolutePath().getRoot()}) {
            assertThatThrownBy(() -> OutputDirectory.check(p, true)).as(p.toString()).isInstanceOf(OutputDirectory.RefusedException.class)
                    .hasMessageContaining("Steppe never writes into it");
        }
        Path repo = Files.createDirectories(tmp.resolve("repo/.git")).getParent();
        OutputDirectory.mark(repo, "run");
        assertThatThrownBy(() -> OutputDirectory.check(repo, true)).hasMessageContaining("the root of a repository");
    }

    @Test
    void anExistingDefaultIsFollowedByAFreshNumberedDirectory() throws IOException {
        Path preferred = tmp.resolve("runs/kazakhstan-2017-seed1");
        assertThat(OutputDirectory.choose(null, preferred, false)).isEqualTo(preferred);
        Files.createDirectories(preferred);
        Files.createDirectories(tmp.resolve("runs/kazakhstan-2017-seed1-2"));
        assertThat(OutputDirectory.choose(null, preferred, false)).isEqualTo(tmp.resolve("runs/kazakhstan-2017-seed1-3"));
    }
}
