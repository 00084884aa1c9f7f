/** The per-kWh digital-mining fee (Kazakhstan's 2022 fee of 1 KZT/kWh and any other flat rate). */
package io.steppe.policies.fee;
