package dev.parkdata.extract;

import dev.parkdata.catalog.NameFolding;
import dev.parkdata.internal.ChangeWords;
import dev.parkdata.metric.Metric;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.park.Park;
import dev.parkdata.source.TextSpan;
import dev.parkdata.unit.Dimension;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link ArticleReader} scored against a hand annotation of every figure of a text (issue 18):
 * each figure with its kind (an observation of one park, a target of one park, or other), its
 * park (catalogue code, or the name as written), indicator words, period words and surface, as
 * {@code articles-figures.jsonl} and the held-out {@code real-articles-unseen.jsonl} hold them.
 *
 * <p>A reader observation is placed on the annotated figure whose text holds the observation's
 * figure's last character (the end of its citation span). It is right when that figure is an
 * observation and all four agree:
 * <ul>
 *   <li>park: the catalogue code, where the annotation gives one; else a name of the reader's park
 *       and the annotated name, folded, are equal or one ends the other;
 *   <li>indicator: the annotated words read by {@link Indicators#named} give the reader's indicator
 *       (营收 and 营业收入 are one; 营收同比增长 is the growth of 营业收入), or a narrower kind of a
 *       standard one ({@link #sameOrNarrower}: 数字经济企业 for 企业数), or the same words before two
 *       names of one standard indicator (生物医药企业产值 for 生物医药企业年产值);
 *   <li>period: the annotated words read as the reader reads periods ({@link Dates#calendar}, with
 *       the source's year), or the month of publication where none is annotated, equal to the
 *       reader's or one holding the other; words no reading gives a period for (自2018年成立以来)
 *       are not held against it;
 *   <li>metric: the annotated surface parsed is the same quantity (where it parses).
 * </ul>
 * Precision is the share of the reader's observations that are right; recall the share of the
 * annotated observations the reader gives rightly. Targets are counted apart.
 */
final class AnnotatedArticleScore {
  /** One annotated figure, located in its text (char offsets). */
  record Figure(int start, int end, String surface, String kind, String park, String parkCode, String indicator,
      String period) {
    boolean isObservation() {
      return kind.equals("observation");
    }
  }

  int articles;
  int produced;
  int right;
  int annotated;
  int found;
  int targetsProduced;
  int targetsRight;
  int targetsAnnotated;
  final Map<String, Integer> wrongBy = new TreeMap<>();
  final Map<String, Integer> missedBy = new TreeMap<>();
  final List<String> report = new ArrayList<>();

  /** The figures of {@code lines} (annotation objects), located in {@code text} by quote and surface. */
  static List<Figure> locate(String text, List<Map<String, Object>> lines) {
    List<Figure> figures = new ArrayList<>();
    for (Map<String, Object> line : lines) {
      String quote = (String) line.get("quote");
      String surface = (String) line.get("surface");
      int q = text.indexOf(quote);
      int at = q < 0 ? -1 : quote.indexOf(surface);
      if (q < 0 || at < 0) {
        throw new IllegalArgumentException("not found in its text: " + line);
      }
      figures.add(new Figure(q + at, q + at + surface.length(), surface, (String) line.get("kind"),
          (String) line.get("park"), (String) line.get("park_code"), (String) line.get("indicator"),
          (String) line.get("period")));
    }
    return figures;
  }

  /** Scores the draft of one text against its figures. */
  void add(String label, String text, ArticleDraft draft, List<Figure> figures, LocalDate published) {
    articles++;
    boolean[] given = new boolean[figures.size()];
    for (Park p : draft.dataset().parks()) {
      for (Observation o : p.observations()) {
        produced++;
        int k = figureAt(figures, o.citation().flatMap(c -> c.span()).orElseThrow());
        String why = k < 0 ? "no figure annotated there" : differs(p, o, figures.get(k), published);
        if (why.isEmpty()) {
          right++;
          if (!given[k]) {
            given[k] = true;
            found++;
          }
        } else {
          wrongBy.merge(why, 1, Integer::sum);
          report.add("  wrong " + label + " (" + why + "): " + p.names().official() + " " + o.indicator() + " "
              + o.period() + " " + o.metric() + " «" + o.citation().flatMap(c -> c.quote()).orElse("") + "»"
              + (k < 0 ? "" : " annotated " + figures.get(k)));
        }
      }
      for (Target t : p.targets()) {
        targetsProduced++;
        int k = figureAt(figures, t.citation().flatMap(c -> c.span()).orElseThrow());
        if (k >= 0 && figures.get(k).kind().equals("target")) {
          targetsRight++;
        }
      }
    }
    for (int k = 0; k < figures.size(); k++) {
      Figure f = figures.get(k);
      if (f.kind().equals("target")) {
        targetsAnnotated++;
      }
      if (!f.isObservation()) {
        continue;
      }
      annotated++;
      if (!given[k]) {
        String cause = causeOfMiss(text, draft, figures, k, published);
        missedBy.merge(cause.replaceAll(":.*", ""), 1, Integer::sum);
        report.add("  missed " + label + " (" + cause + "): " + f);
      }
    }
  }

  /** {@link #figureAt(List, int, int)} of a citation's span. */
  private static int figureAt(List<Figure> figures, TextSpan span) {
    return figureAt(figures, span.start(), span.end());
  }

  /**
   * The index of the figure whose text holds the character before {@code end}, else of one that
   * ends inside {@code [start, end)} (141亿元 annotated, 141亿元人民币 read: the currency's name
   * after the figure is the reader's, not the annotator's), or -1.
   */
  private static int figureAt(List<Figure> figures, int start, int end) {
    for (int k = 0; k < figures.size(); k++) {
      Figure f = figures.get(k);
      if (f.start() < end && end <= f.end()) {
        return k;
      }
    }
    for (int k = 0; k < figures.size(); k++) {
      Figure f = figures.get(k);
      if (start <= f.start() && f.end() < end) {
        return k;
      }
    }
    return -1;
  }

  /** What differs between the reader's observation and the annotated figure: empty when nothing does. */
  private static String differs(Park p, Observation o, Figure f, LocalDate published) {
    if (!f.isObservation()) {
      return "annotated " + f.kind();
    }
    List<String> differs = new ArrayList<>();
    if (!samePark(p, f)) {
      differs.add("park");
    }
    if (!sameOrNarrower(o.indicator(), Indicators.named(f.indicator(), o.metric().dimension()))) {
      differs.add("indicator");
    }
    Period period = period(f, published);
    if (period != null && !o.period().isWithin(period) && !period.isWithin(o.period())) {
      differs.add("period");
    }
    Metric metric = metric(f);
    if (metric != null && Indicators.isDerived(o.indicator())) {
      metric = decreaseOf(f, metric); // 原煤消费量下降 5.9% annotated: a growth of −5.9%, and only that
    }
    if (metric != null && !metric.isSameQuantity(o.metric())) {
      differs.add("metric");
    }
    return String.join("+", differs);
  }

  private String causeOfMiss(String text, ArticleDraft draft, List<Figure> figures, int k, LocalDate published) {
    Figure f = figures.get(k);
    for (Park p : draft.dataset().parks()) {
      for (Observation o : p.observations()) {
        if (figureAt(figures, o.citation().flatMap(c -> c.span()).orElseThrow()) == k) {
          return differs(p, o, f, published) + " differs";
        }
      }
      for (Target t : p.targets()) {
        if (figureAt(figures, t.citation().flatMap(c -> c.span()).orElseThrow()) == k) {
          return "read as a target";
        }
      }
    }
    for (UnplacedMention u : draft.unplaced()) {
      int start = text.offsetByCodePoints(0, u.mention().start());
      if (figureAt(figures, start, text.offsetByCodePoints(start, u.mention().end() - u.mention().start())) == k) {
        return u.reason().name();
      }
    }
    return "not read";
  }

  /**
   * Whether {@code found} is {@code expected}, or a narrower kind of it where {@code expected} is
   * a standard indicator and {@code found} a custom one whose name ends with one of its names
   * (数字经济企业 is a kind of 企业数: the text counts some of the park's enterprises, and an
   * indicator that says which is not wrong); growths and changes compare their bases.
   */
  static boolean sameOrNarrower(Indicator found, Indicator expected) {
    if (found.code().equals(expected.code()) || found.chineseName().equals(expected.chineseName())) {
      return true;
    }
    if (Indicators.byCode(found.code()).isEmpty() && Indicators.byName(found.chineseName()).equals(Optional.of(expected))) {
      // 规模工业增加值154.3亿: one of the standard's names, custom only because the figure (no 元) is
      // not of the standard's dimension; the same words name the same thing
      return true;
    }
    Optional<Indicator> expectedBase = Indicators.baseOf(expected).or(() -> standardBaseByCode(expected));
    Optional<Indicator> foundBase = expectedBase.isPresent()
        ? baseOfAny(found, expectedBase.get().dimension()) : Indicators.baseOf(found);
    if (Indicators.isDerived(found) && expectedBase.isEmpty() && isGrowth(expected.chineseName(), found)) {
      return true; // 进出口值同比增长 annotated, a word no standard indicator has: the growth of custom 进出口值
    }
    if (foundBase.isPresent() || expectedBase.isPresent()) {
      return foundBase.isPresent() && expectedBase.isPresent()
          && Indicators.growthOf(foundBase.get()).code().equals(found.code())
              == Indicators.growthOf(expectedBase.get()).code().equals(expected.code())
          && sameOrNarrower(foundBase.get(), expectedBase.get());
    }
    if (sameModifiersOfOneStandard(found.chineseName(), expected.chineseName())) {
      return true; // 生物医药企业产值 and 生物医药企业年产值: the same firms' 产值, named by two of its names
    }
    if (Indicators.byCode(expected.code()).isEmpty() || Indicators.byCode(found.code()).isPresent()) {
      return false;
    }
    String name = found.chineseName();
    for (int i = 1; i < name.length() - 1; i++) {
      if (Indicators.byName(name.substring(i)).map(expected::equals).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The standard indicator whose growth or change {@code indicator}'s code says it is, whatever its
   * names: the fixtures name theirs as the article writes them ({@code 营收同比增长[revenue-growth]}).
   */
  private static Optional<Indicator> standardBaseByCode(Indicator indicator) {
    String code = indicator.code();
    for (String suffix : List.of("-growth", "-change")) {
      if (code.endsWith(suffix)) {
        return Indicators.byCode(code.substring(0, code.length() - suffix.length()));
      }
    }
    return Optional.empty();
  }

  /**
   * The indicator {@code derived} is the growth or change of, standard or custom (the growth of
   * 规上科技服务业营收, a narrower 营收, compared with 营收同比增长 annotated), custom ones taken in
   * {@code dimension}; empty for an indicator that is no growth or change.
   */
  private static Optional<Indicator> baseOfAny(Indicator derived, Dimension dimension) {
    Optional<Indicator> standard = Indicators.baseOf(derived);
    if (standard.isPresent() || !Indicators.isDerived(derived)) {
      return standard;
    }
    String name = derived.chineseName();
    for (int cut = 1; cut < name.length(); cut++) {
      Indicator base = Indicators.custom(name.substring(0, cut), dimension);
      if (Indicators.growthOf(base).code().equals(derived.code()) || Indicators.changeOf(base).code().equals(derived.code())) {
        return Optional.of(base);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code a} and {@code b} are the same words before two names of one standard indicator
   * (生物医药企业产值, 生物医药企业年产值: 年产值 and 产值 both name 产值).
   */
  private static boolean sameModifiersOfOneStandard(String a, String b) {
    for (int i = 1; i < a.length() - 1; i++) {
      Optional<Indicator> standard = Indicators.byName(a.substring(i));
      if (standard.isEmpty()) {
        continue;
      }
      String head = a.substring(0, i);
      if (b.startsWith(head) && b.length() > head.length() && Indicators.byName(b.substring(head.length())).equals(standard)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code name} is a word, connectives of the year before and a word of growth
   * (进出口值同比增长), and {@code found} the growth of that word as a custom indicator.
   */
  private static boolean isGrowth(String name, Indicator found) {
    for (int b = 1; b < name.length() - 1; b++) {
      String rest = name.substring(b);
      int k = 0;
      while (k < rest.length() - 1 && ChangeWords.isConnective(rest.charAt(k))) {
        k++;
      }
      if ((Words.isChange(rest) || Words.isChange(rest.substring(k)))
          && Indicators.growthOf(Indicators.custom(name.substring(0, b), found.dimension())).equals(found)) {
        return true;
      }
    }
    return false;
  }

  private static boolean samePark(Park p, Figure f) {
    if (f.parkCode() != null) {
      return p.id().value().equals(f.parkCode());
    }
    String expected = NameFolding.fold(f.park());
    for (String name : p.names().all()) {
      String n = NameFolding.fold(name);
      if (n.equals(expected) || n.endsWith(expected) || expected.endsWith(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The annotated period read in the source's year; the month of publication where none is
   * annotated; null (not held against the reader) where neither is known: a source with no date.
   */
  private static Period period(Figure f, LocalDate published) {
    if (f.period() == null) {
      return published == null ? null : Period.month(YearMonth.from(published));
    }
    return Dates.calendar(f.period().replaceAll("\\s", ""), published == null ? null : published.getYear());
  }

  /**
   * {@code metric}, the annotated figure, negated where the annotated indicator ends with a word
   * of decrease (下降, 衰退: the annotators write the size of the fall, the reader the growth).
   */
  private static Metric decreaseOf(Figure f, Metric metric) {
    String word = f.indicator() == null ? "" : f.indicator().strip();
    String surface = f.surface().replaceAll("\\s", "");
    if (surface.isEmpty() || !Character.isDigit(surface.charAt(0))) {
      return metric;
    }
    for (String w : ChangeWords.DECREASES) {
      if (word.endsWith(w) || word.endsWith(w + "了")) {
        Metric negated = metric("-" + surface);
        return negated == null ? metric : negated;
      }
    }
    return metric;
  }

  private static Metric metric(String surface) {
    try {
      return Metric.parse(surface);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Metric metric(Figure f) {
    try {
      return Metric.parse(f.surface().replaceAll("\\s", ""));
    } catch (RuntimeException e) {
      return null;
    }
  }

  double precision() {
    return produced == 0 ? 0 : (double) right / produced;
  }

  double recall() {
    return annotated == 0 ? 0 : (double) found / annotated;
  }

  String summary(String what) {
    return String.format(Locale.ROOT, "article reader on %s (%d texts, every figure annotated): %d observations produced,"
        + " %d right; %d annotated, %d found: precision %.3f recall %.3f; wrong by cause %s; missed by cause %s;"
        + " targets produced %d, %d of them annotated targets, %d annotated", what, articles, produced, right,
        annotated, found, precision(), recall(), wrongBy, missedBy, targetsProduced, targetsRight, targetsAnnotated);
  }
}
