package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Well-formedness of a hand-annotated corpus of real public sentences (issue 16): every line is a
 * JSON object, ids are unique, every span's code-point offsets give back its surface, values are
 * decimals or fractions, qualifiers are known, and the corpus is as large and as varied as its
 * subclass asks (sentences, distinct sources, ≥ 1/3 in traditional characters). It says nothing
 * about the extractor; it keeps the gold standard sound. Each corpus file has a subclass naming it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AnnotatedSentencesFileTest {
  private static final Set<String> QUALIFIERS =
      Set.of(
          "EXACT",
          "APPROXIMATELY",
          "MORE_THAN",
          "AT_LEAST",
          "OVER",
          "NEARLY",
          "LESS_THAN",
          "AT_MOST",
          "RANGE");

  private List<Map<String, Object>> lines;

  /** The corpus file, a resource of this package. */
  abstract String file();

  /** The fewest sentences the corpus may hold. */
  abstract int minSentences();

  /** The fewest distinct sources (pages, or repository files) its sentences may come from. */
  abstract int minSources();

  /** The lines of {@code file}, a resource of this package, each a JSON object; blank lines skipped. */
  static List<Map<String, Object>> readLines(String file) throws IOException {
    try (InputStream in = AnnotatedSentencesFileTest.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Map<String, Object>> read = new ArrayList<>();
      String[] raw = all.split("\n", -1);
      for (int i = 0; i < raw.length; i++) {
        if (raw[i].isBlank()) {
          continue;
        }
        try {
          read.add(asObject(new Json(raw[i]).parseWhole()));
        } catch (IllegalArgumentException e) {
          fail("%s line %d: %s", file, i + 1, e.getMessage());
        }
      }
      return read;
    }
  }

  /**
   * Asserts that no sentence of this corpus comes from a page of the corpora {@code earlier}: a
   * held-out corpus is worth only what it holds that nothing was tuned to.
   */
  void assertNoPageIsOneOf(String... earlier) throws IOException {
    Set<Object> seen = new HashSet<>();
    for (String before : earlier) {
      for (Map<String, Object> line : readLines(before)) {
        seen.add(((Map<?, ?>) line.get("source")).get("url"));
      }
    }
    seen.remove(null);
    for (Map<String, Object> line : readLines(file())) {
      Object url = ((Map<?, ?>) line.get("source")).get("url");
      assertThat(seen).as("%s comes from a page of an earlier corpus", line.get("id")).doesNotContain(url);
    }
  }

  @BeforeAll
  void read() throws IOException {
    lines = readLines(file());
  }

  @Test
  void idsAreUnique() {
    Set<String> ids = new HashSet<>();
    for (Map<String, Object> line : lines) {
      assertThat(ids.add(string(line, "id"))).as("duplicate id %s", line.get("id")).isTrue();
    }
  }

  @Test
  void spansMatchTheirSurfacesByCodePoints() {
    for (Map<String, Object> line : lines) {
      String text = string(line, "text");
      int length = text.codePointCount(0, text.length());
      for (String key : List.of("mentions", "not_mentions")) {
        for (Object o : asList(line.get(key))) {
          Map<String, Object> span = asObject(o);
          int start = integer(span, "start");
          int end = integer(span, "end");
          String where = line.get("id") + " " + span.get("surface");
          assertThat(start).as(where).isBetween(0, length);
          assertThat(end).as(where).isBetween(start + 1, length);
          String cut =
              text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
          assertThat(cut).as(where).isEqualTo(string(span, "surface"));
        }
      }
    }
  }

  @Test
  void spansDoNotOverlap() {
    for (Map<String, Object> line : lines) {
      List<int[]> spans = new ArrayList<>();
      for (String key : List.of("mentions", "not_mentions")) {
        for (Object o : asList(line.get(key))) {
          Map<String, Object> span = asObject(o);
          spans.add(new int[] {integer(span, "start"), integer(span, "end")});
        }
      }
      for (int i = 0; i < spans.size(); i++) {
        for (int j = i + 1; j < spans.size(); j++) {
          boolean apart = spans.get(i)[1] <= spans.get(j)[0] || spans.get(j)[1] <= spans.get(i)[0];
          assertThat(apart).as("%s: overlapping spans", line.get("id")).isTrue();
        }
      }
    }
  }

  @Test
  void mentionsAreWellFormed() {
    for (Map<String, Object> line : lines) {
      for (Object o : asList(line.get("mentions"))) {
        Map<String, Object> m = asObject(o);
        String where = line.get("id") + " " + m.get("surface");
        String qualifier = string(m, "qualifier");
        assertThat(QUALIFIERS).as(where).contains(qualifier);
        assertThat(m.get("unit")).as(where + " unit").isInstanceOf(String.class);
        assertThat(isNumber(string(m, "value"))).as(where + " value").isTrue();
        Object max = m.get("max");
        if (qualifier.equals("RANGE")) {
          assertThat(max).as(where + " max").isInstanceOf(String.class);
          assertThat(new BigDecimal((String) max)).as(where)
              .isGreaterThan(new BigDecimal(string(m, "value")));
        } else {
          assertThat(max).as(where + " max only for RANGE").isNull();
        }
        for (String key : List.of("indicator", "period", "base", "note")) {
          assertThat(m.containsKey(key)).as(where + " has " + key).isTrue();
        }
        if (m.get("alone") != null) { // what the surface states by itself, where the sentence adds to it
          Map<String, Object> alone = asObject(m.get("alone"));
          assertThat(string(alone, "why")).as(where + " alone why").isNotBlank();
          if (!Boolean.TRUE.equals(alone.get("error"))) { // else: the surface alone is refused
            assertThat(QUALIFIERS).as(where + " alone").contains(string(alone, "qualifier"));
            assertThat(alone.get("unit")).as(where + " alone unit").isInstanceOf(String.class);
            assertThat(isNumber(string(alone, "value"))).as(where + " alone value").isTrue();
          }
        }
      }
      for (Object o : asList(line.get("not_mentions"))) {
        assertThat(string(asObject(o), "why")).as(line.get("id") + " why").isNotBlank();
      }
    }
  }

  @Test
  void corpusIsLargeAndVariedEnough() {
    assertThat(lines.size()).as("sentences").isGreaterThanOrEqualTo(minSentences());
    Set<String> sources = new HashSet<>();
    int hant = 0;
    for (Map<String, Object> line : lines) {
      String script = string(line, "script");
      assertThat(script).as("%s script", line.get("id")).isIn("hans", "hant");
      if (script.equals("hant")) {
        hant++;
      }
      Map<String, Object> source = asObject(line.get("source"));
      Object url = source.get("url");
      Object repo = source.get("repo");
      assertThat(url != null || repo != null).as("%s has a source", line.get("id")).isTrue();
      sources.add(url != null ? (String) url : repo + ":" + source.get("path"));
    }
    assertThat(sources.size()).as("distinct sources").isGreaterThanOrEqualTo(minSources());
    assertThat(hant * 3).as("traditional-character sentences").isGreaterThanOrEqualTo(lines.size());
  }

  /** A decimal with an optional sign, or an exact fraction such as {@code 2/3}. */
  private static boolean isNumber(String s) {
    return s.matches("-?\\d+(\\.\\d+)?") || s.matches("\\d+/\\d+");
  }

  private static String string(Map<String, Object> o, String key) {
    Object v = o.get(key);
    assertThat(v).as(key).isInstanceOf(String.class);
    return (String) v;
  }

  private static int integer(Map<String, Object> o, String key) {
    Object v = o.get(key);
    assertThat(v).as(key).isInstanceOf(BigDecimal.class);
    return ((BigDecimal) v).intValueExact();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(Object o) {
    assertThat(o).isInstanceOf(Map.class);
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object o) {
    assertThat(o).isInstanceOf(List.class);
    return (List<Object>) o;
  }

  /**
   * A minimal JSON reader, enough for this file: objects, arrays, strings with escapes, numbers,
   * true, false and null. Objects keep their key order; numbers are {@link BigDecimal}s.
   */
  static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object parseWhole() {
      Object v = value();
      space();
      if (i != s.length()) {
        throw error("trailing characters");
      }
      return v;
    }

    private Object value() {
      space();
      if (i >= s.length()) {
        throw error("unexpected end");
      }
      char c = s.charAt(i);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        case 't':
          return word("true", Boolean.TRUE);
        case 'f':
          return word("false", Boolean.FALSE);
        case 'n':
          return word("null", null);
        default:
          return number();
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> map = new LinkedHashMap<>();
      i++;
      space();
      if (peek() == '}') {
        i++;
        return map;
      }
      while (true) {
        space();
        if (peek() != '"') {
          throw error("expected a key");
        }
        String key = string();
        space();
        expect(':');
        if (map.put(key, value()) != null) {
          throw error("duplicate key " + key);
        }
        space();
        char c = next();
        if (c == '}') {
          return map;
        }
        if (c != ',') {
          throw error("expected , or }");
        }
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      i++;
      space();
      if (peek() == ']') {
        i++;
        return list;
      }
      while (true) {
        list.add(value());
        space();
        char c = next();
        if (c == ']') {
          return list;
        }
        if (c != ',') {
          throw error("expected , or ]");
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return b.toString();
        }
        if (c < 0x20) {
          throw error("control character in string");
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw error("short \\u escape");
            }
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> throw error("bad escape \\" + e);
        }
      }
    }

    private BigDecimal number() {
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      try {
        return new BigDecimal(s.substring(start, i));
      } catch (NumberFormatException e) {
        throw error("bad value");
      }
    }

    private Object word(String w, Object v) {
      if (!s.startsWith(w, i)) {
        throw error("bad literal");
      }
      i += w.length();
      return v;
    }

    private void space() {
      while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
    }

    private char peek() {
      return i < s.length() ? s.charAt(i) : '\0';
    }

    private char next() {
      if (i >= s.length()) {
        throw error("unexpected end");
      }
      return s.charAt(i++);
    }

    private void expect(char c) {
      if (next() != c) {
        throw error("expected " + c);
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at character " + i);
    }
  }
}
