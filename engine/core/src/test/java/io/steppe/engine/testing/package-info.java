/** Fixtures shared by engine tests and, through the engine test-jar, by other modules' tests. */
package io.steppe.engine.testing;
