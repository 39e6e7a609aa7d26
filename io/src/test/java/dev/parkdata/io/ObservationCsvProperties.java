package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parkdata.industry.Industry;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.source.TextSpan;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ObservationCsvProperties {

  /** Text that CSV must quote: separators, quotes, line breaks, Chinese and spaces inside. */
  private static Gen<String> text() {
    return Generate.pick(List.of("园区", "a,b", "say \"hi\"", "line\nbreak", "苏州 工业园区", "x", "1,000", "'q'", "；、。"))
        .zip(Generate.pick(List.of("", "甲", " 乙", "\"")), (a, b) -> a + b);
  }

  private static Gen<Metric> metrics() {
    Gen<BigDecimal> values = integers().between(-99_999, 99_999).zip(integers().between(0, 4), BigDecimal::valueOf);
    Gen<Unit> units = Generate.pick(List.of(Units.YI_YUAN, Units.WAN_JIA, Units.MU, Units.SQUARE_KILOMETRE,
        Units.PERCENT, Units.WAN_YUAN_PER_MU, Units.PERCENTAGE_POINT, Units.GE));
    return values.zip(values, units, Generate.enumValues(Qualifier.class), (v, w, u, q) -> {
      if (q == Qualifier.RANGE) {
        int open = Math.floorMod(v.hashCode() - w.hashCode(), 4); // an end left out, one range in two
        return v.compareTo(w) == 0 || open > 2 ? Metric.range(v.min(w), v.max(w), u)
            : MetricCodec.range(v.min(w), open != 1, v.max(w), open != 0, u);
      }
      return q == Qualifier.OVER && v.signum() <= 0 ? Metric.of(v, u) : Metric.of(v, u, q);
    }).describedAs(m -> m + " " + m.qualifier());
  }

  private static Gen<Period> periods() {
    Gen<Integer> years = integers().between(1990, 2035);
    return Generate.oneOf(
        years.map(Period::year),
        years.zip(integers().between(1, 4), Period::quarter),
        years.zip(integers().between(1, 2), Period::halfYear),
        years.zip(integers().between(1, 12), (y, m) -> Period.month(YearMonth.of(y, m))),
        years.zip(integers().between(1, 365), (y, d) -> Period.asOf(LocalDate.ofYearDay(y, d))),
        integers().between(8, 16).map(Period::fiveYearPlan));
  }

  private static Gen<Indicator> indicators() {
    return Generate.oneOf(
        Generate.pick(Indicators.standard()),
        Generate.pick(Indicators.standard()).map(Indicators::growthOf),
        text().map(t -> Indicators.custom(t, Dimension.AREA)));
  }

  private static Gen<Optional<Citation>> citations() {
    Gen<Citation> c = text().zip(text(), integers().between(0, 3), integers().between(0, 50), (publisher, title, kind, at) -> {
      Source.Builder s = Source.builder().publisher(publisher).title(title);
      if (kind > 0) {
        s.published(Optional.of(LocalDate.of(2020, 1, 1).plusDays(at)))
            .url(Optional.of(URI.create("https://example.org/a?b=" + at)))
            .addAuthors("王" + at, "Li, " + kind);
      }
      Citation.Builder b = Citation.builder().source(s.build());
      String quote = title + "达" + at + "家";
      if (kind > 1) {
        b.quote(Optional.of(quote));
      }
      if (kind > 2) {
        b.span(Optional.of(TextSpan.builder().start(at).end(at + quote.codePointCount(0, quote.length())).build()));
      }
      return b.build();
    });
    return c.toOptionals(30);
  }

  private static Gen<Observation> observations() {
    Gen<Observation> base = Generate.pick(List.of("G322052", "z-1", "suzhou-sip")).zip(indicators(), periods(), metrics(),
        (id, i, p, m) -> Observation.of(Identifier.of(id), i, p, m));
    return base.zip(citations(), text().toOptionals(50), (o, c, industry) -> {
      Observation.Builder b = Observation.builder().from(o).citation(c);
      return b.industry(industry.map(Industry::of)).build();
    }).describedAs(Observation::toString);
  }

  @Test
  void csvRoundTripIsExact() {
    qt().withExamples(300) // each example writes and parses a CSV document of up to 5 rows
        .forAll(Generate.intArrays(integers().between(1, 5), integers().between(0, 0)), observations(),
            observations(), observations())
        .checkAssert((size, a, b, c) -> {
          List<Observation> rows = new ArrayList<>(List.of(a, b, c)).subList(0, Math.min(3, size.length));
          StringWriter out = new StringWriter();
          ObservationCsv.write(out, rows, id -> Optional.of("园区, \"" + id.value() + "\""));
          assertThat(ObservationCsv.read(out.toString())).isEqualTo(rows);
        });
  }
}
