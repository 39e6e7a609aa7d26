package dev.parkdata.extract;

import static dev.parkdata.extract.AnnotatedSentencesScoreTest.object;
import static dev.parkdata.extract.AnnotatedSentencesScoreTest.objects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.catalog.NameFolding;
import dev.parkdata.internal.ChangeWords;
import dev.parkdata.metric.Metric;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Park;
import dev.parkdata.source.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleReader} on real reporting it was not built around (issue 18): the sentences of
 * {@code real-sentences.jsonl} grouped by their source, each group read as one article (its
 * sentences in order, one paragraph each) with the source's date, against the hand annotations
 * of those sentences: the indicator word, the period and the metric of {@code
 * real-sentences.jsonl}, the park of {@code real-sentences-parks.jsonl}.
 *
 * <p>An annotated mention with a park and an indicator word is an observation the reader should
 * produce: that park (its catalogue code, or the name as written of a park the catalogue lacks),
 * the indicator the reader names for that word ({@code Indicators.named}: the word is annotated,
 * its standard indicator is the library's), the annotated metric, and the annotated period read
 * in the source's year, or the month of publication where the sentence gives none (the
 * convention of the fixtures and of the reader), a period equal to or holding the other. A
 * reader observation is right when it is such an observation; its targets are not counted. The
 * sources are those with at least {@value #MIN_SENTENCES} sentences and a date.
 */
class ArticleReaderRealSourcesTest {
  static final int MIN_SENTENCES = 4;
  /**
   * Ratchets at the figures reached (raise them, never lower): 13 of 36 observations right, 13
   * of 96 found (at first 2 of 7 and 2 of 96; then the known park names and 营业额 as 营业收入, 7 of
   * 24; then a count's noun after it, which added two observations the annotations do not hold
   * and two right ones on the five articles; then the rates (出租率 …) and growth rates, 10 of 29
   * and 10 of 96; then a figure's measure after it and its list's, 13 of 35 and 13 of 96; then
   * 其中, 13 of 36: it gave 新田科技城 the 20公頃 that a sentence of 其中 hands on, which the
   * annotation of that sentence alone leaves with no park; then, 2026-12-05, indicators with the
   * words that narrow them, 15 of 36 and 15 of 96). Lowered once, on purpose, from 0.36: an
   * article that names one park now gives it the figures no sentence places (16 of 58, 16 of 96,
   * precision 0.276, recall 0.167). These annotations were made sentence by sentence and leave
   * such figures with no park (橫琴's 16412户, "the zone only through the article"): most of the
   * observations more counted wrong here have the article's park (橫琴's ten, 數碼港's, 前海's),
   * but not all (a story on all of Taiwan's export processing zones names one of them,
   * 高雄软体园区, which gets their totals). On the held-out articles, annotated whole, one of the
   * rule's 19 new observations counted wrong has another park than the annotated one ({@link
   * ArticleReaderHeldOutTest}). Then a growth tied in the extractor to the figure before it, a
   * word of change that names nothing left unplaced, and more standard indicators: 17 of 54, 17 of
   * 96 (0.315, 0.177); then a projection a target (预估, 有望, 建成后 …): 17 of 49 (0.347).
   * Then (the sixth session) a growth's word of change read from the annotation's note, where the
   * annotators wrote it ({@link #annotatedWord}: the same 17 of 49 before the rules of that
   * session), and those rules (an industry's growth, 生物医药产业增长; a growth after 、): 21 of 56,
   * 21 of 96 (0.375, 0.219); then the share rules (占比 alone after a figure, the words before 占):
   * 21 of 57 (0.368), lowered once on purpose (one more observation, 港澳居民占比, that these
   * annotations leave without an indicator); then the traditional forms of the words that end
   * modifiers (累計) and 厂商 a noun: 21 of 58 (0.362), lowered once more on purpose (an observation
   * these sentence-by-sentence annotations hold without a park); then (the seventh session) the
   * measures of statistical communiqués (用电量, 吞吐量, 成交额 …): 21 of 59 (0.356), lowered once
   * more on purpose (a figure of 高雄软体园区 read with 用电量, which the annotations leave without
   * one). Issue 18's targets, set for the five articles, are 0.9 and 0.7.
   */
  // the sixteenth session: a count before what its things do counts them, and firms of a place are
  // those from it (1,022家香港企业入驻前海: 香港企业): 22 of 60, 22 of 96; lowered in the twenty-second
  // session, on purpose: the words right before an amount or quantity that no list knows name it,
  // eight more observations here, none right (高雄软体园区's 贸易额 and 节电潜力, 前海's 总注册资本: figures
  // these sentence-by-sentence annotations hold with no park or leave out), where the held-out sets,
  // annotated whole, count 26 of the rule's 40 right: 22 of 68
  static final double MIN_PRECISION = 0.323;
  static final double MIN_RECALL = 0.229;

  private record Gold(String code, String name, String indicator, Map<String, Object> annotation, Period period) {}

  @Test
  void measuredOnRealSourcesReadAsArticles() throws IOException {
    Map<String, List<Map<String, Object>>> bySource = new TreeMap<>();
    for (Map<String, Object> line : read("real-sentences.jsonl")) {
      Map<String, Object> source = object(line.get("source"));
      if (source.get("date") != null) {
        String key = source.get("url") != null ? (String) source.get("url") : source.get("repo") + ":" + source.get("path");
        bySource.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
      }
    }
    Map<String, Map<String, Object>> parks = new HashMap<>();
    for (Map<String, Object> line : read("real-sentences-parks.jsonl")) {
      for (Map<String, Object> m : objects(line.get("mentions"))) {
        parks.put(line.get("id") + "@" + m.get("start"), m);
      }
    }
    int articles = 0;
    int produced = 0;
    int right = 0;
    int held = 0;
    int found = 0;
    for (List<Map<String, Object>> sentences : bySource.values()) {
      if (sentences.size() < MIN_SENTENCES) {
        continue;
      }
      articles++;
      sentences.sort((a, b) -> ((String) a.get("id")).compareTo((String) b.get("id")));
      Map<String, Object> source = object(sentences.get(0).get("source"));
      LocalDate published = LocalDate.parse((String) source.get("date"));
      List<Gold> gold = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (Map<String, Object> s : sentences) {
        text.append(s.get("text")).append('\n');
        for (Map<String, Object> a : objects(s.get("mentions"))) {
          Map<String, Object> park = parks.get(s.get("id") + "@" + a.get("start"));
          String code = park == null ? null : (String) park.get("park_code");
          String name = park == null ? null : (String) park.get("park_name");
          if ((code == null && name == null) || a.get("indicator") == null) {
            continue;
          }
          Period period = a.get("period") == null ? null : Dates.calendar((String) a.get("period"), published.getYear());
          if (period == null) {
            period = Period.month(java.time.YearMonth.from(published));
          }
          gold.add(new Gold(code, name, annotatedWord(a), a, period));
        }
      }
      held += gold.size();
      Source src = Source.builder().publisher(String.valueOf(source.get("publisher"))).title(String.valueOf(source.get("title")))
          .published(published).build();
      ArticleDraft draft = ArticleReader.standard().read(text, src);
      boolean[] matched = new boolean[gold.size()];
      for (Park p : draft.dataset().parks()) {
        for (Observation o : p.observations()) {
          produced++;
          int hit = -1;
          for (int k = 0; k < gold.size() && hit < 0; k++) {
            if (!matched[k] && matches(p, o, gold.get(k))) {
              hit = k;
            }
          }
          if (hit >= 0) {
            matched[hit] = true;
            right++;
            found++;
          } else {
            System.out.println("  wrong " + source.get("title") + ": " + p.id() + " " + p.names().official() + " "
                + o.indicator() + " " + o.period() + " " + o.metric());
          }
        }
      }
      for (int k = 0; k < gold.size(); k++) {
        if (!matched[k]) {
          Gold g = gold.get(k);
          System.out.println("  missed " + source.get("title") + ": " + (g.code() != null ? g.code() : g.name()) + " "
              + g.indicator() + " " + g.period() + " " + g.annotation().get("surface"));
        }
      }
    }
    double precision = produced == 0 ? 0 : (double) right / produced;
    double recall = held == 0 ? 0 : (double) found / held;
    System.out.printf(Locale.ROOT, "article reader on %d real sources read as articles: %d observations produced, %d right;"
        + " %d annotated, %d found: precision %.3f recall %.3f%n", articles, produced, right, held, found, precision, recall);
    assertThat(articles).isGreaterThanOrEqualTo(10);
    assertThat(precision).isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(recall).isGreaterThanOrEqualTo(MIN_RECALL);
  }

  /**
   * The indicator word of an annotated mention: its {@code indicator}, with the word of change its
   * {@code note} gives where the annotators wrote one there (318% 營業額, note 成長; 20.6% 進口額,
   * note 年增: the growth of 營業額, of 進口額), as they did for 89 figures of these sentences.
   */
  static String annotatedWord(Map<String, Object> a) {
    String word = (String) a.get("indicator");
    Object note = a.get("note");
    if (word != null && note instanceof String n && n.length() <= 6) {
      for (String change : ChangeWords.GROWTHS) {
        if (NameFolding.fold(n).endsWith(change)) {
          return word + n;
        }
      }
    }
    return word;
  }

  private static boolean matches(Park p, Observation o, Gold g) {
    boolean park = g.code() != null ? p.id().value().equals(g.code()) : p.names().all().contains(g.name());
    Metric m = o.metric();
    return park
        && o.indicator().code().equals(Indicators.named(g.indicator(), m.dimension()).code())
        && AnnotatedSentencesScoreTest.difference(g.annotation(), m) == null
        && (o.period().isWithin(g.period()) || g.period().isWithin(o.period()));
  }

  /** The JSON objects of the JSON Lines resource {@code file} of this package, in order. */
  static List<Map<String, Object>> read(String file) throws IOException {
    List<Map<String, Object>> lines = new ArrayList<>();
    try (InputStream in = ArticleReaderRealSourcesTest.class.getResourceAsStream(file)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          lines.add(object(new AnnotatedSentencesFileTest.Json(line).parseWhole()));
        }
      }
    }
    return lines;
  }
}
