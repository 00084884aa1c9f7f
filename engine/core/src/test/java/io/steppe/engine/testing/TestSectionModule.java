package io.steppe.engine.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import io.steppe.engine.Section;
import io.steppe.engine.plugin.SteppeModule;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** Test fixture module: registers a {@code notes} section (not inherited) whose notes may name a metric. */
public final class TestSectionModule extends SteppeModule {
    /** One note: a text, and optionally the metric it is about. */
    public record Note(@NotBlank String text, String metric) {
    }

    @Override
    protected void registerTypes() {
        registerSection(new Section<>("notes", new TypeReference<List<Note>>() { }, false, (notes, context) -> {
            for (int i = 0; i < notes.size(); i++) {
                if (notes.get(i).metric() != null) {
                    context.requireMetric("[" + i + "].metric", notes.get(i).metric());
                }
            }
        }, "Test fixture: notes on a scenario"));
    }
}
