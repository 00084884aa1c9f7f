/**
 * Scenario files: immutable records read strictly from YAML or JSON, validated with field paths and
 * line numbers, overridable with {@code --set path=value}, and written back fully resolved.
 */
package io.steppe.engine.scenario;
