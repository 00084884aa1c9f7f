package io.steppe.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.engine.plugin.PluginRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/policies.md} is what {@code steppe policies --markdown} prints, and covers every policy and lever. */
class PolicyDocsTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.discover(PolicyDocsTest.class.getClassLoader());

    @Test
    void thePolicyReferenceIsUpToDate() throws IOException {
        Path file = Path.of("..", "..", "docs", "policies.md");
        String generated = PolicyDocs.markdown(REGISTRY);
        assertThat(Files.readString(file))
                .as("docs/policies.md is stale: regenerate it with ./steppe policies --markdown > docs/policies.md")
                .isEqualTo(generated);
    }

    @Test
    void theReferenceDocumentsEveryPolicyAndLever() {
        String md = PolicyDocs.markdown(REGISTRY);
        REGISTRY.policies().keySet().forEach(name -> assertThat(md).contains("\n### " + name + "\n"));
        REGISTRY.levers().forEach(lever -> assertThat(md).contains("| `" + lever.name() + "` |"));
        assertThat(md).doesNotContain("(undocumented)");
        var mapper = io.steppe.engine.scenario.Mappers.yaml(REGISTRY);
        for (var r : REGISTRY.policies().values()) {
            for (var p : io.steppe.engine.plugin.TypeDocs.of(r, mapper).params()) {
                assertThat(p.unit()).as("unit of %s.%s", r.name(), p.name()).isNotBlank();
                assertThat(p.source()).as("source of %s.%s's default", r.name(), p.name()).isNotBlank();
            }
        }
    }
}
