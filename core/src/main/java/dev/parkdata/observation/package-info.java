/**
 * Figures over time: {@link dev.parkdata.observation.Indicator} (what is measured, with its
 * expected dimension; the standard ones in {@link dev.parkdata.observation.Indicators}), {@link
 * dev.parkdata.observation.Period}, {@link dev.parkdata.observation.Observation} (a reported
 * value of an indicator for a subject and period) and {@link dev.parkdata.observation.Target}
 * (a value to be reached by a deadline). Entities with figures implement {@link
 * dev.parkdata.observation.Observed}.
 */
package dev.parkdata.observation;
