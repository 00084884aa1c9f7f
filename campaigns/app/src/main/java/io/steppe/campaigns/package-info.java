/** The built-in campaigns and how a command-line argument names one. */
package io.steppe.campaigns;
