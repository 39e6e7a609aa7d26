/**
 * Extraction of quantities from Chinese reporting: {@link dev.parkdata.extract.MetricExtractor}
 * finds every figure in a text and returns {@link dev.parkdata.extract.Mention}s with their
 * code-point spans, surface text, {@link dev.parkdata.metric.Metric}, indicator and period.
 */
package dev.parkdata.extract;
