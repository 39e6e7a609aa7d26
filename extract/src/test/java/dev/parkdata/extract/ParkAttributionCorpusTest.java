package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.catalog.ParkNameResolver;
import dev.parkdata.model.Identifier;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the park each figure is about, measured on {@code real-sentences.jsonl} (issue 16's
 * corpus of real public sentences) against {@code real-sentences-parks.jsonl}, which says by hand,
 * for every annotated mention, which park the sentence says the figure is about: a catalogue
 * code, the name as written of a park the catalogue lacks (a free trade zone's area, a Taiwanese
 * or Hong Kong park, an industrial park not in the 2018 catalogue), or none (a city's or the
 * nation's figure, several parks together, a park named only in an earlier sentence).
 *
 * <p>Each sentence is extracted alone, so only what it says counts. Scored over the annotated
 * mentions the extractor also reports with the same span: <b>precision</b> is right parks over
 * mentions given a park, <b>recall</b> right parks over mentions whose annotation names one, and
 * <b>false attributions</b> the mentions annotated with no park that get one. A park is right when
 * its catalogue code is the annotated one, or, for a park the catalogue lacks, when the extractor
 * resolved no zone and one written name ends with the other (中关村科学城, 北京中关村科学城). The
 * two files are joined by sentence id, surface and start; annotations that find no mention (the
 * corpus is corrected now and then) are listed, not failed on.
 */
class ParkAttributionCorpusTest {
  /**
   * A ratchet: the precision reached on the corpus (README, "Figures and the parks they are
   * about"; 80 right of 110 given a park); raise it as attribution improves, never lower it.
   * Before the park-name rules learnt from this corpus: precision 0.351, recall 0.238, false
   * attributions 0.107. Issue 16's parser forms (fractions, figures with no unit, 二、三十年, 呎)
   * made the extractor report 29 more of the annotated mentions, so more are compared: 74 of 102
   * (0.725) became 76 of 106 (0.717), the floor moving with the larger set, not with attribution;
   * the extractor's lists and scopes of issue 16 then gave 80 of 110 (0.727); the known names of
   * parks no rule finds (竹科, 數碼港, 前海: {@code known-park-names.tsv}) 154 of 212 (0.726); an
   * area or sum before 的 and the thing it describes (占地约1100平方米的技术转移中心) left to that
   * thing, 154 of 210 (0.733); a count of parks (三個科學園區, 2,000多个产业集群) given none, 154 of
   * 200 (0.770); the alias 中关村国家自主创新示范区, 157 of 200 (0.785); a short form in brackets
   * after a name (新竹科學園區(竹科)) that park, 159 of 200 (0.795).
   */
  static final double MIN_PRECISION = 0.79;
  /**
   * A ratchet: the recall reached (159 right of 241 annotated with a park; 157 before a short
   * form in brackets was its park, 154 before the alias 中关村国家自主创新示范区, 80 before the known
   * names); raise it, never lower it.
   */
  static final double MIN_RECALL = 0.655;
  /**
   * A ratchet: the share of mentions annotated with no park that get one (21 of 731; 31 before a
   * count of parks was given none, 33 before an area or sum before 的 was left to what it
   * describes); lower it as
   * attribution improves. Raised once, on purpose, from 25 of 722 when the known names nearly
   * doubled the recall: 8 figures more are given a park where the text lists several parks
   * together (竹科、中科、南科三個) or names one only as a document's source.
   */
  static final double MAX_FALSE_ATTRIBUTIONS = 0.029;

  private static final MetricExtractor EXTRACTOR = MetricExtractor.standard().withParkNames(ParkNameResolver.standard());

  /** The sentences, by id. */
  private static final Map<String, String> texts = new LinkedHashMap<>();
  /** Where the annotated mentions of real-sentences.jsonl end, by id, surface and start. */
  private static final Map<String, Integer> ends = new LinkedHashMap<>();
  /** The annotated parks, by the same key. */
  private static final Map<String, Annotation> parks = new LinkedHashMap<>();

  /** The park a figure is about by hand: a code, or a name the catalogue lacks, or neither. */
  private record Annotation(String key, String code, String name, String why) {
    boolean namesAPark() {
      return code != null || name != null;
    }

    @Override
    public String toString() {
      return code != null ? code : name != null ? "\"" + name + "\"" : "none";
    }
  }

  @BeforeAll
  static void read() throws IOException {
    for (Map<String, Object> line : lines("real-sentences.jsonl")) {
      String id = (String) line.get("id");
      texts.put(id, (String) line.get("text"));
      for (Map<String, Object> m : mentions(line)) {
        ends.put(key(id, (String) m.get("surface"), integer(m, "start")), integer(m, "end"));
      }
    }
    for (Map<String, Object> line : lines("real-sentences-parks.jsonl")) {
      String id = (String) line.get("id");
      for (Map<String, Object> m : mentions(line)) {
        String key = key(id, (String) m.get("surface"), integer(m, "start"));
        Annotation a = new Annotation(key, (String) m.get("park_code"), (String) m.get("park_name"), (String) m.get("why"));
        assertThat(parks.put(key, a)).as("%s annotated twice", key).isNull();
      }
    }
  }

  @Test
  void annotationsAreWellFormed() {
    DevelopmentZoneCatalog catalog = DevelopmentZoneCatalog.edition2018();
    for (Annotation a : parks.values()) {
      assertThat(a.why()).as(a.key() + " why").isNotBlank();
      assertThat(a.code() != null && a.name() != null).as(a.key() + ": a code or a name, not both").isFalse();
      if (a.code() != null) {
        assertThat(catalog.byCode(a.code())).as(a.key() + " code in the catalogue").isPresent();
      }
      if (a.name() != null) {
        String id = a.key().substring(0, a.key().indexOf(' '));
        assertThat(texts.get(id)).as(a.key() + ": the name as written").contains(a.name());
      }
    }
  }

  @Test
  void attributionOnTheRealSentences() {
    List<String> unmatched = new ArrayList<>();
    for (String key : parks.keySet()) {
      if (!ends.containsKey(key)) {
        unmatched.add("annotated park, no such mention: " + key);
      }
    }
    for (String key : ends.keySet()) {
      if (!parks.containsKey(key)) {
        unmatched.add("mention, no park annotated: " + key);
      }
    }
    Map<String, List<String>> misses = new TreeMap<>();
    int compared = 0;
    int annotatedWithPark = 0;
    int given = 0;
    int right = 0;
    int annotatedNone = 0;
    int falseAttributions = 0;
    for (Map.Entry<String, String> sentence : texts.entrySet()) {
      String id = sentence.getKey();
      List<ParkMention> named = new ArrayList<>();
      List<Mention> found = new ArrayList<>();
      EXTRACTOR.extract(sentence.getValue(), found::add, named::add);
      for (Mention m : found) {
        String key = key(id, m.text(), m.start());
        Annotation a = parks.get(key);
        if (a == null || !Integer.valueOf(m.end()).equals(ends.get(key))) {
          continue; // not an annotated mention, or not one with the same span
        }
        compared++;
        ParkMention got = m.park().orElse(null);
        if (got != null) {
          given++;
        }
        if (!a.namesAPark()) {
          annotatedNone++;
          if (got != null) {
            falseAttributions++;
            add(misses, "a park where the sentence says none", key, a, got, named);
          }
          continue;
        }
        annotatedWithPark++;
        boolean isNamed = named.stream().anyMatch(p -> same(p, a));
        if (got != null && same(got, a)) {
          right++;
        } else if (got == null) {
          add(misses, isNamed ? "no park, though its name was found" : "no park: its name not found", key, a, null, named);
        } else {
          add(misses, isNamed ? "another park, though its name was found" : "another park: its name not found", key, a, got,
              named);
        }
      }
    }
    double precision = given == 0 ? 0 : (double) right / given;
    double recall = annotatedWithPark == 0 ? 0 : (double) right / annotatedWithPark;
    double falseShare = annotatedNone == 0 ? 0 : (double) falseAttributions / annotatedNone;
    unmatched.forEach(u -> System.out.println("  unmatched " + u));
    for (Map.Entry<String, List<String>> e : misses.entrySet()) {
      System.out.println("== " + e.getKey() + " (" + e.getValue().size() + ")");
      e.getValue().forEach(s -> System.out.println("   " + s));
    }
    System.out.printf(Locale.ROOT, "park attribution on the real sentences: %d annotated mentions, %d also reported"
        + " (%d unmatched keys); %d annotated with a park, %d given one, %d right: precision %.3f recall %.3f;"
        + " %d of %d annotated with none given a park (%.3f)%n", parks.size(), compared, unmatched.size(),
        annotatedWithPark, given, right, precision, recall, falseAttributions, annotatedNone, falseShare);
    // enough of the corpus is compared for the figures to mean something
    assertThat(compared).isGreaterThan(800);
    assertThat(annotatedWithPark).isGreaterThan(150);
    // the figures reached; raise the floors and lower the ceiling as attribution improves, never the reverse
    assertThat(precision).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(recall).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
    assertThat(falseShare).as("false attributions").isLessThanOrEqualTo(MAX_FALSE_ATTRIBUTIONS);
  }

  /** Whether {@code p} is the annotated park: its code, or a name the catalogue lacks that ends the other. */
  private static boolean same(ParkMention p, Annotation a) {
    if (a.code() != null) {
      return p.code().map(Identifier::value).map(a.code()::equals).orElse(false);
    }
    return p.code().isEmpty() && (p.text().endsWith(a.name()) || a.name().endsWith(p.text()));
  }

  private static void add(Map<String, List<String>> misses, String cause, String key, Annotation a, ParkMention got,
      List<ParkMention> named) {
    misses.computeIfAbsent(cause, k -> new ArrayList<>()).add(key + ": expected " + a + " (" + a.why() + "), got "
        + (got == null ? "none" : got) + "; names found " + named);
  }

  private static String key(String id, String surface, int start) {
    return id + " " + surface + " @" + start;
  }

  private static List<Map<String, Object>> lines(String file) throws IOException {
    List<Map<String, Object>> lines = new ArrayList<>();
    try (InputStream in = ParkAttributionCorpusTest.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          lines.add(as(new AnnotatedSentencesFileTest.Json(line).parseWhole()));
        }
      }
    }
    return lines;
  }

  private static int integer(Map<String, Object> o, String key) {
    return ((BigDecimal) o.get(key)).intValueExact();
  }

  private static List<Map<String, Object>> mentions(Map<String, Object> line) {
    return as(line.get("mentions"));
  }

  /** {@code o} as what the JSON reader made of it: an object is a map, an array a list. */
  @SuppressWarnings("unchecked")
  private static <T> T as(Object o) {
    return (T) o;
  }
}
