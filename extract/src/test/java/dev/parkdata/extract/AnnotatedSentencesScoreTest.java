package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricParseException;
import dev.parkdata.observation.Indicators;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnknownUnitException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Scores {@link MetricExtractor} and {@link Metric#parse} on a hand-annotated corpus of real public
 * sentences (issue 16), and fails below the floors its subclass gives; each corpus file has a
 * subclass naming it and its floors.
 *
 * <ul>
 *   <li><b>Extraction</b>, strict: a reported mention is right when an annotated mention has the
 *       same span (code points) and the same metric (value and max compared as numbers, unit,
 *       qualifier). Every other reported mention is a false positive (the corpus annotates every
 *       mention of each sentence); every annotated mention not matched is a false negative.
 *   <li><b>Periods and bases</b>, of the mentions found right: the share whose {@link
 *       Mention#period()} and whose {@link Mention#base()} are the annotated text (both absent
 *       where the annotation has none). The annotations name a period more sparingly than the
 *       extractor (a tally "so far" often has none), so these are ratchets, not targets.
 *   <li><b>Parsing</b>: {@code Metric.parse} of each annotated surface equals the metric the surface
 *       states: the annotated metric, or the mention's {@code alone} where the sentence adds to
 *       what the surface says (19.9 in 19.9、22.8个百分点 takes its unit from the figure after it;
 *       约 before 约81.7%、68.1% scopes over the list), or {@code "error": true} where the
 *       surface alone must be refused (7个亿 with no money word: the 个亿 rule). Each such {@code
 *       alone} gives its reason. The share against the metric in context is printed beside it.
 * </ul>
 *
 * <p>An annotated unit is compared by reading it with {@link Unit#parse} where it is a catalogue
 * unit, else by name (open classifiers, the dimensionless units {@code 亿}, {@code 万} of bare
 * figures). 兆 before a currency or alone is 万亿 (10¹²), the convention of {@code docs/figures.md}.
 * An annotated exact fraction ({@code "1/3"}, unit {@code ""}) is any ratio of exactly that value
 * (the 分之 unit 三分之一, read from 三分之一, 1/3 or 三分一), 1/3 × 100 %.
 * The misses are printed by category on every run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AnnotatedSentencesScoreTest {
  private static final MetricExtractor X = MetricExtractor.standard();

  private List<Map<String, Object>> lines;

  /** The corpus file, a resource of this package. */
  abstract String file();

  /** The least strict F1 of the extraction. */
  abstract double minF1();

  /** The least share of annotated surfaces {@link Metric#parse} reads as annotated. */
  abstract double minParseShare();

  /** The least share of the mentions found right whose period is the annotated one. */
  abstract double minPeriodAgreement();

  /** The least share of the mentions found right whose comparison base is the annotated one. */
  abstract double minBaseAgreement();

  /** The least share of the mentions found right whose indicator is the annotated one ({@link #sameIndicator}). */
  abstract double minIndicatorAgreement();

  @BeforeAll
  void read() throws IOException {
    lines = AnnotatedSentencesFileTest.readLines(file());
  }

  @Test
  void extractionScoresAtLeastTheTarget() {
    Map<String, List<String>> misses = new TreeMap<>();
    int tp = 0;
    int reported = 0;
    int gold = 0;
    int periodsAgree = 0;
    int basesAgree = 0;
    int indicatorsSame = 0;
    int indicatorsAgree = 0;
    for (Map<String, Object> line : lines) {
      String id = (String) line.get("id");
      String text = (String) line.get("text");
      List<Map<String, Object>> golds = objects(line.get("mentions"));
      List<Map<String, Object>> nots = objects(line.get("not_mentions"));
      gold += golds.size();
      List<Mention> found = X.extract(text);
      reported += found.size();
      boolean[] matched = new boolean[golds.size()];
      for (Mention m : found) {
        int g = -1;
        for (int k = 0; k < golds.size(); k++) {
          Map<String, Object> a = golds.get(k);
          if (!matched[k] && start(a) == m.start() && end(a) == m.end()) {
            g = k;
            break;
          }
        }
        if (g >= 0) {
          String why = difference(golds.get(g), m.metric());
          if (why == null) {
            matched[g] = true;
            tp++;
            if (agrees(golds.get(g), "period", m.period())) {
              periodsAgree++;
            } else {
              add(misses, "other period", id, m + "  gold period " + golds.get(g).get("period"));
            }
            if (agrees(golds.get(g), "indicator", m.indicator())) {
              indicatorsSame++;
            }
            String expected = annotatedIndicator(golds.get(g));
            if (sameIndicator(expected, m)) {
              indicatorsAgree++;
            } else {
              add(misses, "other indicator: " + indicatorMiss(expected, m), id, m + "  gold indicator " + expected);
            }
            if (agrees(golds.get(g), "base", m.base())) {
              basesAgree++;
            } else {
              add(misses, "other base", id, m + "  gold base " + golds.get(g).get("base"));
            }
          } else {
            matched[g] = true;
            add(misses, "wrong metric (" + why + ")", id, m + "  gold " + describe(golds.get(g)));
          }
          continue;
        }
        Map<String, Object> overlapGold = overlapping(golds, m);
        Map<String, Object> overlapNot = overlapping(nots, m);
        if (overlapGold != null) {
          add(misses, "wrong span", id, m + "  gold " + describe(overlapGold));
        } else if (overlapNot != null) {
          add(misses, "not a mention: " + overlapNot.get("why"), id, m.toString());
        } else {
          add(misses, "spurious", id, m.toString());
        }
      }
      for (int k = 0; k < golds.size(); k++) {
        if (!matched[k] && overlappingMention(found, golds.get(k)) == null) {
          add(misses, "missed", id, describe(golds.get(k)));
        }
      }
    }
    double precision = (double) tp / reported;
    double recall = (double) tp / gold;
    double f1 = 2 * precision * recall / (precision + recall);
    print(misses);
    System.out.printf(Locale.ROOT, "%s: %d annotated, %d reported, %d right: "
        + "precision %.4f recall %.4f F1 %.4f%n", file(), gold, reported, tp, precision, recall, f1);
    double periods = (double) periodsAgree / tp;
    double bases = (double) basesAgree / tp;
    System.out.printf(Locale.ROOT, "%s: of %d found right, the period agrees on %d (%.4f), "
        + "the base on %d (%.4f)%n", file(), tp, periodsAgree, periods, basesAgree, bases);
    double indicators = (double) indicatorsAgree / tp;
    System.out.printf(Locale.ROOT, "%s: of %d found right, the indicator is the annotated word on %d (%.4f),"
        + " the same indicator on %d (%.4f)%n", file(), tp, indicatorsSame, (double) indicatorsSame / tp, indicatorsAgree,
        indicators);
    assertThat(f1).as("strict F1 on the real sentences").isGreaterThanOrEqualTo(minF1());
    assertThat(periods).as("share of periods as annotated").isGreaterThanOrEqualTo(minPeriodAgreement());
    assertThat(bases).as("share of comparison bases as annotated").isGreaterThanOrEqualTo(minBaseAgreement());
    assertThat(indicators).as("share of indicators as annotated").isGreaterThanOrEqualTo(minIndicatorAgreement());
  }

  /**
   * The indicator an annotation gives its mention: its indicator word, followed by its note where
   * the note is a word of change (总收入 and 同比增长 are 总收入同比增长, as the extractor writes
   * a growth); null where it gives none.
   */
  private static String annotatedIndicator(Map<String, Object> a) {
    String word = (String) a.get("indicator");
    String note = (String) a.get("note");
    return word != null && note != null && Words.isChange(note) ? word + note : word;
  }

  /**
   * Whether {@code m} gives the indicator {@code annotated}: both none, or words that name the same
   * indicator for the figure ({@link Indicators#named}: a standard one by any of its names, 營收 and
   * 营业收入, else the same custom one).
   */
  private static boolean sameIndicator(String annotated, Mention m) {
    if (annotated == null || m.indicator().isEmpty()) {
      return annotated == null && m.indicator().isEmpty();
    }
    Dimension d = m.metric().dimension();
    return Indicators.named(annotated, d).code().equals(Indicators.named(m.indicator().get(), d).code());
  }

  /** Why {@code m}'s indicator is not {@code annotated}, for the printed misses. */
  private static String indicatorMiss(String annotated, Mention m) {
    if (m.indicator().isEmpty()) {
      return "none given";
    }
    if (annotated == null) {
      return "none annotated";
    }
    return Words.isChange(m.indicator().get()) ? "a change without its base" : "another word";
  }

  /** Whether the annotation's {@code field} of {@code a} is {@code found}, both absent or the same text. */
  private static boolean agrees(Map<String, Object> a, String field, java.util.Optional<String> found) {
    return java.util.Objects.equals(a.get(field), found.orElse(null));
  }

  @Test
  void parserReadsAtLeastTheTargetShare() {
    Map<String, List<String>> misses = new TreeMap<>();
    int right = 0;
    int rightInContext = 0;
    int all = 0;
    for (Map<String, Object> line : lines) {
      for (Map<String, Object> a : objects(line.get("mentions"))) {
        all++;
        String surface = (String) a.get("surface");
        // what the surface states by itself: the annotation, or its "alone" where the sentence adds to it
        Map<String, Object> alone = a.get("alone") == null ? a : object(a.get("alone"));
        boolean refused = Boolean.TRUE.equals(alone.get("error")); // the surface alone must be refused
        try {
          Metric m = Metric.parse(surface);
          if (difference(a, m) == null) {
            rightInContext++;
          }
          String why = refused ? "read, not refused" : difference(alone, m);
          if (why == null) {
            right++;
          } else {
            add(misses, "parsed wrong (" + why + ")", (String) line.get("id"), surface + " → " + m + " "
                + m.qualifier() + "  gold " + describe(a) + (alone == a ? "" : "  alone " + alone));
          }
        } catch (MetricParseException e) {
          if (refused) {
            right++;
          } else {
            add(misses, "not parsed", (String) line.get("id"), e.getMessage());
          }
        }
      }
    }
    double share = (double) right / all;
    print(misses);
    System.out.printf(Locale.ROOT, "%s: %d of %d surfaces parsed right: %.4f "
        + "(%d, %.4f, to the metric the sentence gives them)%n", file(), right, all, share, rightInContext, (double) rightInContext / all);
    assertThat(share).as("share of real figures parsed right").isGreaterThanOrEqualTo(minParseShare());
  }

  /** Why {@code m} is not the annotated metric {@code a}, or null if it is. */
  static String difference(Map<String, Object> a, Metric m) {
    if (!m.qualifier().name().equals(a.get("qualifier"))) {
      return "qualifier";
    }
    String fraction = (String) a.get("value");
    if (fraction.indexOf('/') >= 0 && a.get("max") == null) {
      return sameFraction(fraction, m) ? null : "fraction";
    }
    if (!unitMatches((String) a.get("unit"), m.unit())) {
      return "unit";
    }
    if (!sameNumber((String) a.get("value"), m.value())) {
      return "value";
    }
    Object max = a.get("max");
    if (max != null && !sameNumber((String) max, m.max())) {
      return "max";
    }
    return null;
  }

  private static boolean sameNumber(String annotated, BigDecimal value) {
    return annotated.indexOf('/') < 0 && new BigDecimal(annotated).compareTo(value) == 0;
  }

  /** Whether {@code m} is the ratio {@code p/q} exactly, in whatever unit: 三分之一, 1/3, 四分一. */
  private static boolean sameFraction(String annotated, Metric m) {
    int slash = annotated.indexOf('/');
    Rational gold = Rational.of(new BigInteger(annotated.substring(0, slash)), new BigInteger(annotated.substring(slash + 1)));
    return m.dimension().equals(Dimension.RATIO)
        && Rational.of(m.value()).multiply(m.unit().factor()).equals(gold.multiply(Rational.of(100)));
  }

  static boolean unitMatches(String annotated, Unit unit) {
    String u = annotated;
    if (u.startsWith("兆") && !u.startsWith("兆瓦")) {
      u = "万亿" + u.substring(1);
    }
    if (!u.isEmpty()) {
      try {
        return Unit.parse(u).equals(unit);
      } catch (UnknownUnitException e) {
        // an open classifier or a dimensionless unit: compared by name
      }
    }
    return unit.name().equals(u);
  }

  private static String describe(Map<String, Object> a) {
    return "\"" + a.get("surface") + "\" " + a.get("value") + (a.get("max") == null ? "" : "-" + a.get("max"))
        + " " + a.get("unit") + " " + a.get("qualifier") + " [" + a.get("start") + "," + a.get("end") + ")";
  }

  private static Map<String, Object> overlapping(List<Map<String, Object>> spans, Mention m) {
    for (Map<String, Object> a : spans) {
      if (start(a) < m.end() && m.start() < end(a)) {
        return a;
      }
    }
    return null;
  }

  private static Mention overlappingMention(List<Mention> found, Map<String, Object> a) {
    for (Mention m : found) {
      if (start(a) < m.end() && m.start() < end(a)) {
        return m;
      }
    }
    return null;
  }

  private static void add(Map<String, List<String>> misses, String category, String id, String what) {
    misses.computeIfAbsent(category, k -> new ArrayList<>()).add(id + " " + what);
  }

  private static void print(Map<String, List<String>> misses) {
    for (Map.Entry<String, List<String>> e : misses.entrySet()) {
      System.out.println("== " + e.getKey() + " (" + e.getValue().size() + ")");
      for (String s : e.getValue()) {
        System.out.println("   " + s);
      }
    }
  }

  private static int start(Map<String, Object> a) {
    return ((BigDecimal) a.get("start")).intValueExact();
  }

  private static int end(Map<String, Object> a) {
    return ((BigDecimal) a.get("end")).intValueExact();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Object o) {
    return (List<Map<String, Object>>) o;
  }
}
