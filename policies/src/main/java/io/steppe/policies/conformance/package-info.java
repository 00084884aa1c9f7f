/**
 * The conformance kit policy plugins run in their tests ({@link io.steppe.policies.conformance.PolicyConformance}):
 * YAML round trip, parameter validation, declared levers only, determinism and a measurable effect.
 */
package io.steppe.policies.conformance;
