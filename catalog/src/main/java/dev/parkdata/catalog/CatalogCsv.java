package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * Reads the catalogue's CSV layout into {@link CatalogRow}s: UTF-8 text, comma-separated, one
 * header row naming the {@link CatalogColumn}s in any order (more columns are ignored).
 */
final class CatalogCsv {
  /** The longest cell read, in characters: a leading-industries list is a few hundred. */
  static final int MAX_CELL_LENGTH = 100_000;
  /** The largest file read, in bytes: the 2018 edition is 330 KB. */
  static final long MAX_FILE_LENGTH = 256L * 1024 * 1024;

  /**
   * Jackson's CSV parser at the streaming level: each row is read as an array of strings. The
   * data-binding layer (CsvMapper) is not used, as its start-up alone would take longer than
   * reading the whole catalogue.
   */
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      // Users' own copies are untrusted input: bound a cell and the whole file.
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(MAX_CELL_LENGTH)
          .maxDocumentLength(MAX_FILE_LENGTH)
          .build())
      .build();

  private CatalogCsv() {}

  /**
   * Reads every data row of {@code reader}. The reader is not closed.
   *
   * @throws CatalogFormatException if a required column is missing or the CSV is malformed
   */
  static ImmutableList<CatalogRow> read(Reader reader) {
    ImmutableList.Builder<CatalogRow> rows = ImmutableList.builder();
    read(reader, rows::add);
    return rows.build();
  }

  /**
   * Passes every data row of {@code reader} to {@code sink} as soon as it is read, holding no
   * other row. The reader is not closed.
   *
   * @throws CatalogFormatException if a required column is missing or the CSV is malformed
   */
  static void read(Reader reader, Consumer<CatalogRow> sink) {
    checkNotNull(reader, "reader");
    int line = 1;
    JsonParser parser = null;
    try {
      parser = FACTORY.createParser(ObjectReadContext.empty(), reader);
      List<String> cells = new ArrayList<>();
      if (!nextRow(parser, cells)) {
        throw new CatalogFormatException("empty file: a header row is required", 1, null);
      }
      int[] positions = positions(cells);
      while (true) {
        cells.clear();
        if (parser.nextToken() == null) {
          break;
        }
        line = readCells(parser, cells);
        if (cells.isEmpty() || (cells.size() == 1 && cells.get(0).isBlank())) {
          continue;
        }
        String[] values = new String[positions.length];
        for (int column = 0; column < positions.length; column++) {
          int index = positions[column];
          values[column] = index < cells.size() ? cells.get(index).strip() : "";
        }
        sink.accept(CatalogRow.of(line, values));
      }
    } catch (JacksonException e) {
      // A limit exceeded inside a cell carries no location: the parser still knows where it is.
      int at = e.getLocation() != null ? e.getLocation().getLineNr()
          : parser != null ? parser.currentLocation().getLineNr()
          : line;
      if (at < 1) {
        at = line; // an error of the reader (bytes it cannot decode) has no location in the text
      }
      throw new CatalogFormatException("malformed CSV: " + e.getOriginalMessage(), at, e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /** Reads the next row into {@code cells}; false at the end of input. */
  private static boolean nextRow(JsonParser parser, List<String> cells) {
    if (parser.nextToken() == null) {
      return false;
    }
    readCells(parser, cells);
    return true;
  }

  /**
   * Reads the cells of the row whose START_ARRAY is the current token; returns the line of its
   * first cell.
   */
  private static int readCells(JsonParser parser, List<String> cells) {
    int line = -1;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      if (line < 0) {
        line = parser.currentTokenLocation().getLineNr();
      }
      cells.add(parser.getString());
    }
    return line;
  }

  /** The index in {@code header} of each {@link CatalogColumn}, by ordinal. */
  private static int[] positions(List<String> header) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      byName.putIfAbsent(name, i);
    }
    int[] positions = new int[CatalogColumn.values().length];
    for (CatalogColumn column : CatalogColumn.values()) {
      Integer index = byName.get(column.header());
      if (index == null) {
        throw new CatalogFormatException(
            "header lacks column '" + column.header() + "' (found " + header + ")", 1, null);
      }
      positions[column.ordinal()] = index;
    }
    return positions;
  }
}
