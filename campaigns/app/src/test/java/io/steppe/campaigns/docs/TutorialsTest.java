package io.steppe.campaigns.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tutorials cannot drift from the code CI builds: every excerpt in docs/tutorials marked with
 * the file it comes from is, character for character, in that file of the plugin archetype, whose
 * generated project the archetype's integration test builds and runs.
 */
class TutorialsTest {
    private static final Path TUTORIALS = Path.of("..", "..", "docs", "tutorials");
    private static final Path PROJECT = Path.of("..", "plugin-archetype", "src", "main", "resources", "archetype-resources");
    private static final Pattern EXCERPT = Pattern.compile("<!-- from: (\\S+) -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#:]+\\.md)(#[^)]*)?\\)");

    /** One marked excerpt: where it is and what it quotes. */
    record Excerpt(String tutorial, int line, String source, String text) {
        @Override
        public String toString() {
            return tutorial + ":" + line + " from " + source;
        }
    }

    static List<Path> tutorials() throws IOException {
        try (Stream<Path> files = Files.list(TUTORIALS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    static List<Excerpt> excerpts() throws IOException {
        List<Excerpt> all = new ArrayList<>();
        for (Path tutorial : tutorials()) {
            String text = Files.readString(tutorial);
            Matcher m = EXCERPT.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start()).lines().count() + 1;
                all.add(new Excerpt(tutorial.getFileName().toString(), line, m.group(1), m.group(2)));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excerpts")
    void everyExcerptIsInTheFileItNames(Excerpt excerpt) throws IOException {
        Path source = PROJECT.resolve(excerpt.source());
        assertThat(source).as(excerpt + ": no such file in the archetype").isRegularFile();
        assertThat(Files.readString(source)).as(excerpt + ": the excerpt is no longer in the file").contains(excerpt.text());
    }

    @Test
    void everyNumberedTutorialQuotesTheProjectAndEveryLinkLeadsToATutorial() throws IOException {
        List<Excerpt> excerpts = excerpts();
        for (Path tutorial : tutorials()) {
            String name = tutorial.getFileName().toString();
            String text = Files.readString(tutorial);
            long comments = text.split("<!--", -1).length - 1;
            assertThat(excerpts).as(name + ": every comment is a '<!-- from: FILE -->' marker right above a fenced excerpt")
                    .filteredOn(e -> e.tutorial().equals(name)).hasSize((int) comments);
            if (name.matches("\\d\\d-.*")) {
                assertThat(excerpts).as(name + " quotes no code of the project").anyMatch(e -> e.tutorial().equals(name));
            }
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                assertThat(TUTORIALS.resolve(m.group(1))).as(name + " links to " + m.group(1)).isRegularFile();
            }
        }
        assertThat(tutorials()).extracting(p -> p.getFileName().toString())
                .contains("README.md", "01-first-policy.md", "02-first-agent.md", "03-doctrine.md", "04-measuring.md");
    }
}
