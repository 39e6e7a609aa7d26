/**
 * Figures found in Chinese text: {@code MetricExtractor} reads every metric a sentence states,
 * with its qualifier, indicator and period, and the park it is about, resolved against the
 * national catalogue.
 *
 * <p>The model stays in core; this module adds the reading of running text, which needs the
 * catalogue's names, so core needs neither.
 */
module dev.parkdata.extract {
  requires transitive dev.parkdata.core;
  requires transitive dev.parkdata.catalog;
  requires com.google.common;

  exports dev.parkdata.extract;
}
