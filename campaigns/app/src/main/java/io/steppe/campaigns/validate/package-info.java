/**
 * Validation of a campaign against its stylised facts: measuring each {@link io.steppe.campaigns.validate.Fact}
 * on every run of an ensemble ({@link io.steppe.campaigns.validate.FactMeasure}), judging it
 * ({@link io.steppe.campaigns.validate.FactResult}, {@link io.steppe.campaigns.validate.Validator},
 * {@link io.steppe.campaigns.validate.ValidationResult}) and reporting it
 * ({@link io.steppe.campaigns.validate.ValidationReport}).
 */
package io.steppe.campaigns.validate;
