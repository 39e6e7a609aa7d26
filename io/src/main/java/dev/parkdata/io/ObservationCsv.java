package dev.parkdata.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Park;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.source.TextSpan;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Observations as a tidy CSV: one observation a row, one fact a column, with a header. The
 * columns are, in order:
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><td>{@code park_code}</td><td>the subject's identifier (a park's code, G322052)</td></tr>
 *   <tr><td>{@code park_name}</td><td>the park's official name; empty for a subject that is not a park of the dataset</td></tr>
 *   <tr><td>{@code indicator}, {@code indicator_name}, {@code indicator_dimension}</td><td>the indicator's code, Chinese name and expected dimension (money(CNY))</td></tr>
 *   <tr><td>{@code period}, {@code period_label}</td><td>2022, 2022-H1, 2022-Q3, 2022-04, 2022-12-31 (as of), 2021/2025; the label (十四五)</td></tr>
 *   <tr><td>{@code value}</td><td>the stated value as written (a range's lower end)</td></tr>
 *   <tr><td>{@code min}, {@code max}</td><td>the ends of the {@linkplain Metric#bounds() bounds}, empty where unbounded</td></tr>
 *   <tr><td>{@code min_closed}, {@code max_closed}</td><td>whether each end belongs to the bounds ({@code true}, {@code false}), empty where unbounded: a range's end that the text leaves out (200-500万元(不含)) is {@code false}</td></tr>
 *   <tr><td>{@code unit}, {@code qualifier}</td><td>the stated unit (亿元) and the {@link Qualifier} constant</td></tr>
 *   <tr><td>{@code base_value}, {@code base_unit}</td><td>the value in the dimension's reference unit (元); empty where it does not terminate</td></tr>
 *   <tr><td>{@code industry}</td><td>the industry the figure is restricted to, if any</td></tr>
 *   <tr><td>{@code source_publisher}, {@code source_title}, {@code source_published}, {@code source_url}, {@code source_authors}</td><td>the cited source; authors joined by {@code |}</td></tr>
 *   <tr><td>{@code quote}, {@code span_start}, {@code span_end}</td><td>the cited quote and span</td></tr>
 * </table>
 *
 * <p>{@link #read} reads back exactly what {@link #write} wrote: equal observations, in order.
 * It reads the figure from {@code value}, {@code unit}, {@code qualifier} and, for a range,
 * {@code max}, {@code min_closed} and {@code max_closed}; the other figure columns are for the
 * reader of the file and are checked against it, so that an edited value with a stale {@code min}
 * is an error, not a silent choice. A file without {@code min_closed} and {@code max_closed}
 * (written before they were) reads with closed ranges.
 *
 * <pre>{@code
 * String csv = ObservationCsv.write(dataset);
 * List<Observation> back = ObservationCsv.read(new StringReader(csv), dataset::indicator);
 * }</pre>
 */
public final class ObservationCsv {
  /** The columns, in the order written. */
  public static final List<String> COLUMNS = List.of(
      "park_code", "park_name", "indicator", "indicator_name", "indicator_dimension", "period", "period_label", "value", "min", "max",
      "min_closed", "max_closed", "unit", "qualifier", "base_value", "base_unit", "industry", "source_publisher", "source_title",
      "source_published", "source_url", "source_authors", "quote", "span_start", "span_end");

  /** The columns a file written before issue 16 lacks: read as closed ends, and not checked. */
  private static final List<String> CLOSED_COLUMNS = List.of("min_closed", "max_closed");

  private static final CsvMapper CSV = CsvMapper.builder().build();
  private static final CsvSchema SCHEMA = schema();
  private static final String AUTHOR_SEPARATOR = "|";

  private ObservationCsv() {}

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder();
    COLUMNS.forEach(b::addColumn);
    return b.build().withHeader();
  }

  /**
   * Every observation of {@code dataset} as CSV: those its parks hold (at any depth, each
   * park's in order), then those its clusters, chains and organisations hold, then its
   * free-standing ones (the order of validation's paths), parks named from the dataset.
   */
  public static String write(Dataset dataset) {
    StringWriter out = new StringWriter();
    write(out, dataset);
    return out.toString();
  }

  /** As {@link #write(Dataset)}, to {@code out}. */
  public static void write(Writer out, Dataset dataset) {
    checkNotNull(dataset, "dataset");
    List<Observation> all = new ArrayList<>();
    dataset.allParks().forEach(p -> all.addAll(p.observations()));
    dataset.clusters().forEach(c -> all.addAll(c.observations()));
    dataset.chains().forEach(c -> all.addAll(c.observations()));
    dataset.organisations().forEach(o -> all.addAll(o.observations()));
    all.addAll(dataset.observations());
    write(out, all, id -> dataset.park(id).map(p -> p.names().official()));
  }

  /**
   * {@code observations} as CSV to {@code out}, each subject named by {@code parkNames} (empty
   * for none).
   *
   * @throws IllegalArgumentException if an author's name contains {@code |}
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public static void write(Writer out, List<Observation> observations, Function<Identifier, Optional<String>> parkNames) {
    checkNotNull(out, "out");
    checkNotNull(observations, "observations");
    checkNotNull(parkNames, "parkNames");
    try (SequenceWriter w = CSV.writer(SCHEMA).writeValues(out)) {
      for (Observation o : observations) {
        w.write(row(o, parkNames.apply(o.subject()).orElse("")));
      }
    } catch (JacksonException e) {
      throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
    }
  }

  private static Map<String, String> row(Observation o, String parkName) {
    Map<String, String> r = new LinkedHashMap<>();
    Metric m = o.metric();
    Interval b = m.bounds();
    r.put("park_code", o.subject().value());
    r.put("park_name", parkName);
    r.put("indicator", o.indicator().code());
    r.put("indicator_name", o.indicator().chineseName());
    r.put("indicator_dimension", o.indicator().dimension().toString());
    r.put("period", Periods.toText(o.period()));
    r.put("period_label", o.period().label().orElse(""));
    r.put("value", m.value().toPlainString());
    r.put("min", b.hasLowerBound() ? b.lowerEndpoint().toPlainString() : "");
    r.put("max", m.isRange() ? m.max().toPlainString() : b.hasUpperBound() ? b.upperEndpoint().toPlainString() : "");
    r.put("min_closed", b.hasLowerBound() ? String.valueOf(b.isLowerClosed()) : "");
    r.put("max_closed", b.hasUpperBound() ? String.valueOf(b.isUpperClosed()) : "");
    r.put("unit", m.unit().toString());
    r.put("qualifier", m.qualifier().name());
    Rational base = Rational.of(m.value()).multiply(m.unit().factor());
    r.put("base_value", base.isTerminating() ? base.toBigDecimalExact().stripTrailingZeros().toPlainString() : "");
    r.put("base_unit", m.unit().reference().toString());
    r.put("industry", o.industry().map(Industry::name).orElse(""));
    Optional<Citation> c = o.citation();
    Optional<Source> s = c.map(Citation::source);
    r.put("source_publisher", s.map(Source::publisher).orElse(""));
    r.put("source_title", s.map(Source::title).orElse(""));
    r.put("source_published", s.flatMap(Source::published).map(LocalDate::toString).orElse(""));
    r.put("source_url", s.flatMap(Source::url).map(URI::toString).orElse(""));
    r.put("source_authors", s.map(ObservationCsv::authors).orElse(""));
    r.put("quote", c.flatMap(Citation::quote).orElse(""));
    r.put("span_start", c.flatMap(Citation::span).map(t -> String.valueOf(t.start())).orElse(""));
    r.put("span_end", c.flatMap(Citation::span).map(t -> String.valueOf(t.end())).orElse(""));
    return r;
  }

  private static String authors(Source s) {
    for (String a : s.authors()) {
      checkArgument(!a.contains(AUTHOR_SEPARATOR), "an author's name contains %s, which separates authors: %s",
          AUTHOR_SEPARATOR, a);
    }
    return String.join(AUTHOR_SEPARATOR, s.authors());
  }

  /**
   * The observations of {@code csv}, with standard indicators and {@linkplain Indicators#custom
   * custom} ones ({@code custom-…} codes, rebuilt from their name and dimension) resolved.
   *
   * @throws ObservationCsvException naming the line and column of the first cell that cannot be read
   */
  public static List<Observation> read(Reader csv) {
    return read(csv, code -> Indicators.byCode(code));
  }

  /**
   * The observations of {@code csv}, indicator codes resolved by {@code indicators} ({@code
   * dataset::indicator} for a dataset's own), then as custom ones.
   *
   * @throws ObservationCsvException naming the line and column of the first cell that cannot be
   *     read, or an indicator code that does not resolve
   */
  public static List<Observation> read(Reader csv, Function<String, Optional<Indicator>> indicators) {
    checkNotNull(csv, "csv");
    checkNotNull(indicators, "indicators");
    List<Observation> out = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows =
        CSV.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      long line = 1;
      while (rows.hasNextValue()) {
        Map<String, String> row = rows.nextValue();
        line++;
        if (line == 2) {
          List<String> missing = new ArrayList<>(COLUMNS);
          missing.removeAll(row.keySet());
          missing.removeAll(CLOSED_COLUMNS); // files written before issue 16 lack them
          if (!missing.isEmpty()) {
            throw new ObservationCsvException(1, "the header lacks the columns " + missing, null);
          }
        }
        out.add(observation(row, line, indicators));
      }
    } catch (JacksonException e) {
      throw new ObservationCsvException(0, "not a CSV of observations: " + e.getOriginalMessage(), e);
    }
    return List.copyOf(out);
  }

  /** As {@link #read(Reader)}, from a string. */
  public static List<Observation> read(String csv) {
    return read(new StringReader(checkNotNull(csv, "csv")));
  }

  private static Observation observation(Map<String, String> row, long line, Function<String, Optional<Indicator>> indicators) {
    Cells cells = new Cells(row, line);
    Unit unit = cells.parse("unit", Unit::parse);
    Qualifier qualifier = cells.parse("qualifier", Qualifier::valueOf);
    BigDecimal value = cells.parse("value", BigDecimal::new);
    boolean minOpen = "false".equals(cells.optional("min_closed"));
    boolean maxOpen = "false".equals(cells.optional("max_closed"));
    Metric metric = cells.parse("value", v -> qualifier == Qualifier.RANGE
        ? MetricCodec.range(value, minOpen, new BigDecimal(cells.required("max")), maxOpen, unit)
        : Metric.of(value, unit, qualifier));
    Interval b = metric.bounds();
    cells.check("min", b.hasLowerBound() ? b.lowerEndpoint() : null, metric);
    cells.check("max", b.hasUpperBound() ? b.upperEndpoint() : null, metric);
    if (row.containsKey("min_closed") || row.containsKey("max_closed")) {
      cells.checkClosed("min_closed", b.hasLowerBound() ? b.isLowerClosed() : null, metric);
      cells.checkClosed("max_closed", b.hasUpperBound() ? b.isUpperClosed() : null, metric);
    }
    String code = cells.required("indicator");
    Indicator indicator = indicators.apply(code)
        .or(() -> code.startsWith("custom-")
            ? Optional.of(Indicators.custom(cells.required("indicator_name"),
                cells.parse("indicator_dimension", dev.parkdata.unit.Dimension::parse)))
                .filter(i -> i.code().equals(code))
            : Optional.empty())
        .orElseThrow(() -> cells.error("indicator", "'" + code + "' is neither a known nor a custom indicator", null));
    Period period = cells.parse("period", text -> {
      Period p = Periods.parse(text);
      checkArgument(p != null, "expected %s", Periods.EXPECTED);
      return p;
    });
    String label = cells.optional("period_label");
    if (label != null) {
      period = period.withLabel(label);
    }
    Observation.Builder o = Observation.builder()
        .subject(cells.parse("park_code", Identifier::of))
        .indicator(indicator)
        .period(period)
        .metric(metric);
    String industry = cells.optional("industry");
    if (industry != null) {
      o.industry(Industry.of(industry));
    }
    String publisher = cells.optional("source_publisher");
    if (publisher != null) {
      o.citation(citation(cells));
    }
    return o.build();
  }

  private static Citation citation(Cells cells) {
    Source.Builder s = Source.builder().publisher(cells.required("source_publisher")).title(cells.required("source_title"));
    String published = cells.optional("source_published");
    if (published != null) {
      s.published(cells.<LocalDate>parse("source_published", LocalDate::parse));
    }
    String url = cells.optional("source_url");
    if (url != null) {
      s.url(cells.<URI>parse("source_url", URI::create));
    }
    String authors = cells.optional("source_authors");
    if (authors != null) {
      s.addAllAuthors(Arrays.asList(authors.split("\\|", -1)));
    }
    Citation.Builder c = Citation.builder().source(s.build());
    String quote = cells.optional("quote");
    if (quote != null) {
      c.quote(quote);
    }
    String start = cells.optional("span_start");
    if (start != null) {
      c.span(TextSpan.builder()
          .start(cells.parse("span_start", Integer::parseInt))
          .end(cells.parse("span_end", Integer::parseInt))
          .build());
    }
    return c.build();
  }

  /** The cells of one row, with errors that name the line and column. */
  private static final class Cells {
    private final Map<String, String> row;
    private final long line;

    Cells(Map<String, String> row, long line) {
      this.row = row;
      this.line = line;
    }

    /** The cell, or null where it is empty. */
    String optional(String column) {
      String v = row.get(column);
      return v == null || v.isEmpty() ? null : v;
    }

    String required(String column) {
      String v = optional(column);
      if (v == null) {
        throw error(column, "is empty", null);
      }
      return v;
    }

    <T> T parse(String column, Function<String, T> f) {
      String v = required(column);
      try {
        return f.apply(v);
      } catch (RuntimeException e) {
        throw error(column, "'" + v + "' cannot be read: " + e.getMessage(), e);
      }
    }

    /** Fails if the derived cell {@code column} does not state {@code expected}. */
    void check(String column, BigDecimal expected, Metric metric) {
      String v = optional(column);
      boolean same = v == null ? expected == null
          : expected != null && parse(column, BigDecimal::new).compareTo(expected) == 0;
      if (!same) {
        throw error(column, "'" + (v == null ? "" : v) + "' does not match the figure " + metric + ", whose "
            + column + " is " + (expected == null ? "unbounded (empty)" : expected.toPlainString()), null);
      }
    }

    /** Fails if the derived cell {@code column} is not {@code expected} ({@code true}, {@code false}, empty for null). */
    void checkClosed(String column, Boolean expected, Metric metric) {
      String v = row.get(column);
      String want = expected == null ? "" : expected.toString();
      if (!want.equals(v == null ? "" : v)) {
        throw error(column, "'" + (v == null ? "" : v) + "' does not match the figure " + metric + ", whose "
            + column + " is " + (expected == null ? "unbounded (empty)" : want), null);
      }
    }

    ObservationCsvException error(String column, String message, Throwable cause) {
      return new ObservationCsvException(line, "column " + column + ": " + message, cause);
    }
  }
}
