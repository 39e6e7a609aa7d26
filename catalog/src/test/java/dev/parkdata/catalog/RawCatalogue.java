package dev.parkdata.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded catalogue read the plain way, independently of the importer: lines split at
 * commas (the 2018 file has no quoted field). Figures computed from it check the importer.
 */
final class RawCatalogue {
  static final int CODE = 1;
  static final int NAME = 2;
  static final int PROVINCE = 3;
  static final int LEVEL = 4;
  static final int TYPE = 5;
  static final int DATE = 6;
  static final int AREA = 7;
  static final int INDUSTRIES = 8;

  /** A data row: its fields and its 1-based line in the file. */
  static final class Row {
    final String[] fields;
    final int line;

    Row(String[] fields, int line) {
      this.fields = fields;
      this.line = line;
    }

    String get(int column) {
      return fields[column];
    }
  }

  static final List<Row> ROWS = read();

  private RawCatalogue() {}

  private static List<Row> read() {
    try (InputStream in = RawCatalogue.class.getResourceAsStream("development-zones-2018.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<Row> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          rows.add(new Row(lines[i].strip().split(",", -1), i + 1));
        }
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
