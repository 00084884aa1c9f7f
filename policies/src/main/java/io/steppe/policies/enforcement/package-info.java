/**
 * Enforcement: audit campaigns and seizures ({@code auditCampaign}), mandatory smart metering with
 * anomaly detection ({@code smartMeters}, an alternative), mining licences ({@code miningLicences})
 * and internet shutdowns ({@code internetShutdown}).
 */
package io.steppe.policies.enforcement;
