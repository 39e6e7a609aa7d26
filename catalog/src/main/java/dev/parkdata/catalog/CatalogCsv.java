package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.Reader;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the catalogue's CSV layout into {@link CatalogRow}s: UTF-8 text, comma-separated, one
 * header row naming the {@link CatalogColumn}s in any order (more columns are ignored).
 */
public final class CatalogCsv {
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private CatalogCsv() {}

  /**
   * Reads every data row of {@code reader}. The reader is not closed.
   *
   * @throws CatalogFormatException if a required column is missing or the CSV is malformed
   */
  public static ImmutableList<CatalogRow> read(Reader reader) {
    checkNotNull(reader, "reader");
    ImmutableList.Builder<CatalogRow> rows = ImmutableList.builder();
    int line = 1;
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(reader)) {
      if (!it.hasNext()) {
        throw new CatalogFormatException("empty file: a header row is required", 1, null);
      }
      Map<CatalogColumn, Integer> positions = positions(it.next());
      while (it.hasNext()) {
        line = it.currentLocation().getLineNr();
        String[] cells = it.next();
        if (cells.length == 1 && cells[0].isBlank()) {
          continue;
        }
        Map<CatalogColumn, String> values = new EnumMap<>(CatalogColumn.class);
        for (Map.Entry<CatalogColumn, Integer> e : positions.entrySet()) {
          int index = e.getValue();
          values.put(e.getKey(), index < cells.length ? cells[index].strip() : "");
        }
        rows.add(CatalogRow.of(line, values));
      }
    } catch (JacksonException e) {
      int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      throw new CatalogFormatException("malformed CSV: " + e.getOriginalMessage(), at, e);
    }
    return rows.build();
  }

  private static Map<CatalogColumn, Integer> positions(String[] header) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      String name = header[i].strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      byName.putIfAbsent(name, i);
    }
    Map<CatalogColumn, Integer> positions = new EnumMap<>(CatalogColumn.class);
    for (CatalogColumn column : CatalogColumn.values()) {
      Integer index = byName.get(column.header());
      if (index == null) {
        throw new CatalogFormatException(
            "header lacks column '" + column.header() + "' (found " + List.of(header) + ")", 1, null);
      }
      positions.put(column, index);
    }
    return positions;
  }
}
