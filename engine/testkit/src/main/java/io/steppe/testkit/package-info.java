/**
 * Conformance kits every plugin type runs, built-in or a student's: {@link io.steppe.testkit.PolicyConformance}
 * for a policy and {@link io.steppe.testkit.AgentConformance} for an agent population. Each check
 * throws an {@link java.lang.AssertionError} that says what failed, so the kits work with any test
 * framework. {@link io.steppe.testkit.RunOutputs} compares runs byte for byte.
 */
package io.steppe.testkit;
