package io.steppe.engine.scenario;

import java.nio.file.Path;

/**
 * A validated scenario with where it came from.
 *
 * @param scenario the resolved scenario (defaults filled in, overrides applied)
 * @param source the file or resource it was read from, for messages
 * @param baseDir directory that relative data paths are resolved against, or null for a built-in campaign
 */
public record LoadedScenario(Scenario scenario, String source, Path baseDir) {
}
