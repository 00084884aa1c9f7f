/**
 * Tax breaks and their reversal: free-zone power subsidies ({@code freeZonePowerSubsidy}), Astana
 * Hub's corporate-tax break for "data centres" ({@code astanaHubTaxBreak}) and the expulsion of
 * mining firms with retroactive taxes ({@code hubExpulsion}).
 */
package io.steppe.policies.tax;
