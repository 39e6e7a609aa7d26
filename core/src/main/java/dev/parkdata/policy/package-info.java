/**
 * Policies: {@link dev.parkdata.policy.Policy} and its {@link dev.parkdata.policy.Measure}s, each
 * with a {@link dev.parkdata.policy.MeasureKind}, an amount (a cap is an {@code AT_MOST}
 * metric), a {@link dev.parkdata.policy.Rate} of a named base and a {@link
 * dev.parkdata.policy.MeasurePeriod}.
 */
package dev.parkdata.policy;
