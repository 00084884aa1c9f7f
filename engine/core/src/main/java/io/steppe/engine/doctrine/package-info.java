/**
 * The government's decision rule as a plugin ("doctrine"): a {@link io.steppe.engine.doctrine.DoctrineSpec}
 * record registered under a type name creates a {@link io.steppe.engine.doctrine.Doctrine}, which
 * reads what the government observes ({@link io.steppe.engine.doctrine.Observation}) and answers
 * only through policy levers ({@link io.steppe.engine.doctrine.Responses}). The government agent
 * (type {@code government}) takes its doctrine from its {@code doctrine:} field, so a scenario or
 * a student's plugin can replace the default.
 */
package io.steppe.engine.doctrine;
