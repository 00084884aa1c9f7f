/**
 * Gray miners: unregistered mines hidden in other businesses, their detection by audits, the
 * utility and activists, political protection, exposure, seizure and relocation.
 */
package io.steppe.agents.gray;
