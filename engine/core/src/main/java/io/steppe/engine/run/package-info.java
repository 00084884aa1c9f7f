/** Running worlds and writing their outputs deterministically. */
package io.steppe.engine.run;
