/**
 * parkdata's units, exact figures ({@code Metric}) and their parser, domain model, validation and
 * series.
 *
 * <p>Every package but {@code dev.parkdata.internal} is API; io and extract alone may read that
 * one. Guava is used inside only: no public signature takes or returns a Guava type (see {@code
 * ParkdataStyle}), so it is a plain {@code requires}. The Immutables annotations are needed to
 * compile, not to run.
 */
// Immutables' annotations jar is an automatic module (compile time only); io and extract, which
// the qualified export names, are not built yet when core is.
@SuppressWarnings({"requires-automatic", "module"})
module dev.parkdata.core {
  requires com.google.common;
  requires static org.immutables.value.annotations;

  exports dev.parkdata.chain;
  exports dev.parkdata.cluster;
  exports dev.parkdata.dataset;
  exports dev.parkdata.industry;
  exports dev.parkdata.location;
  exports dev.parkdata.metric;
  exports dev.parkdata.model;
  exports dev.parkdata.observation;
  exports dev.parkdata.organisation;
  exports dev.parkdata.park;
  exports dev.parkdata.policy;
  exports dev.parkdata.series;
  exports dev.parkdata.source;
  exports dev.parkdata.unit;
  exports dev.parkdata.validation;
  // io reads dates through core's fast path, and the extractor scans with the parser's own
  // figure words and serializes through core's proxy; nobody else may
  exports dev.parkdata.internal to dev.parkdata.io, dev.parkdata.extract;
}
