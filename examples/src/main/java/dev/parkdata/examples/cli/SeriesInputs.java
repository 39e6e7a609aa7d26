package dev.parkdata.examples.cli;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Period;
import dev.parkdata.series.Conflict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the {@code series} and {@code rank} commands read from their arguments. */
final class SeriesInputs {
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]|\\d{2})(?:-(\\d{2}))?)?");

  private SeriesInputs() {}

  /** The dataset document or NDJSON stream at {@code file}. */
  static Dataset dataset(Path file) {
    ParkDataJson json = ParkDataJson.builder().build();
    return ParkDataJson.isNdjson(file) ? json.readNdjsonDataset(file) : json.readDataset(file);
  }

  /**
   * The indicator {@code name} names: a code of the dataset's or a standard one (revenue), or
   * any name of a standard indicator (营业收入, 营收, 營收, GDP, operating revenue) or its growth
   * (营收增速), or a name of one of the dataset's own indicators; failing those, the one indicator
   * a part of whose Chinese name it is (the {@link Vocabularies#indicators() indicator vocabulary}
   * with the dataset's own).
   *
   * @throws IllegalArgumentException if it names none, with the closest names, or several
   */
  static Indicator indicator(Dataset dataset, String name) {
    Optional<Indicator> found = dataset.indicator(name)
        .or(() -> Indicators.byName(name))
        .or(() -> dataset.indicators().stream().filter(i -> i.chineseName().equals(name.strip())).findFirst());
    if (found.isPresent()) {
      return found.get();
    }
    Vocabulary.Builder<Indicator> known = Vocabularies.indicatorsWith();
    for (Indicator own : dataset.indicators()) {
      known.addChinese(own, own.chineseName()).add(own, own.code(), own.englishName());
    }
    return known.build().resolve(name);
  }

  /**
   * The period written {@code 2023}, {@code 2023-H1}, {@code 2023-Q3}, {@code 2023-05} or {@code
   * 2023-12-31} (as of that day).
   *
   * @throws IllegalArgumentException if it is none of these
   */
  static Period period(String text) {
    Matcher m = PERIOD.matcher(text.strip());
    try {
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) {
          return Period.year(year);
        }
        if (m.group(3) != null) {
          return Period.asOf(LocalDate.parse(text.strip()));
        }
        if (part.startsWith("H")) {
          return Period.halfYear(year, part.charAt(1) - '0');
        }
        if (part.startsWith("Q")) {
          return Period.quarter(year, part.charAt(1) - '0');
        }
        return Period.month(YearMonth.of(year, Integer.parseInt(part)));
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("--period: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("--period must be 2023, 2023-H1, 2023-Q3, 2023-05 or 2023-12-31, got '"
        + text + "'");
  }

  /** The official name of the park {@code id}, or empty. */
  static String parkName(Dataset dataset, Identifier id) {
    return dataset.park(id).map(p -> p.names().official()).orElse("");
  }

  /** Prints the conflicts, if any, under a heading. */
  static void printConflicts(PrintWriter out, List<Conflict> conflicts) {
    if (!conflicts.isEmpty()) {
      out.println();
      out.println("Periods with disagreeing figures (kept as shown):");
      conflicts.forEach(c -> out.println("  " + c.observations().get(0).subject() + " " + c));
    }
  }
}
