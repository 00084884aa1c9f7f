/** The {@code steppe} command line (picocli). */
package io.steppe.campaigns.cli;
