package io.steppe.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Objects;

/**
 * A top-level section of scenario files owned by the module that reads it (as MATSim's config
 * groups are): the campaign application registers {@code seat}, {@code objectives}, {@code facts},
 * {@code validation}, {@code report} and {@code outcomes} this way. The loader reads a section into
 * its type strictly, validates it, and runs its check with the names the scenario makes available.
 *
 * @param name the top-level key
 * @param type the Java type it is read into (a record, or a list of records)
 * @param inherited whether a scenario that {@code extends} another inherits it
 * @param check further checks of a value read without errors
 * @param doc what the section is for, in one line
 * @param <T> the section's type
 */
public record Section<T>(String name, TypeReference<T> type, boolean inherited, Check<T> check, String doc) {

    /** Checks a section's value beyond its field constraints. */
    @FunctionalInterface
    public interface Check<T> {
        /** Reports every problem of {@code value} to {@code context}. */
        void check(T value, SectionContext context);
    }

    /** Checks the name and parts. */
    public Section {
        Names.requireIdentifier(name, "section");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(doc, "doc");
    }
}
