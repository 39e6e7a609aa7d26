package dev.parkdata.io;

import dev.parkdata.unit.UnitCatalog;

/** How a read goes: what unknown fields do, whether it is lenient, and the units it knows. */
final class ReadOptions {
  static final ReadOptions DEFAULTS = new ReadOptions(UnknownFields.FAIL, false, UnitCatalog.standard());

  final UnknownFields unknownFields;
  final boolean lenient;
  final UnitCatalog units;

  ReadOptions(UnknownFields unknownFields, boolean lenient, UnitCatalog units) {
    this.unknownFields = unknownFields;
    this.lenient = lenient;
    this.units = units;
  }

  ReadOptions lenient(boolean lenient) {
    return lenient == this.lenient ? this : new ReadOptions(unknownFields, lenient, units);
  }
}
