package dev.parkdata.io;

import dev.parkdata.metric.MetricParser;
import dev.parkdata.unit.UnitCatalog;

/** How a read goes: what unknown fields do, whether it is lenient, and the units it knows. */
final class ReadOptions {
  static final ReadOptions DEFAULTS = new ReadOptions(UnknownFields.FAIL, false, UnitCatalog.standard());

  final UnknownFields unknownFields;
  final boolean lenient;
  final UnitCatalog units;
  /** The parser of metric strings, over {@link #units}. */
  final MetricParser metrics;

  ReadOptions(UnknownFields unknownFields, boolean lenient, UnitCatalog units) {
    this(unknownFields, lenient, units, MetricParser.using(units));
  }

  private ReadOptions(UnknownFields unknownFields, boolean lenient, UnitCatalog units, MetricParser metrics) {
    this.unknownFields = unknownFields;
    this.lenient = lenient;
    this.units = units;
    this.metrics = metrics;
  }

  ReadOptions lenient(boolean lenient) {
    return lenient == this.lenient ? this : new ReadOptions(unknownFields, lenient, units, metrics);
  }
}
