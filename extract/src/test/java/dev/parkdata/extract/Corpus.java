package dev.parkdata.extract;

import static com.google.common.base.Preconditions.checkArgument;

import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.unit.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The annotated corpus {@code corpus.txt} (format described at its top): sentences with the
 * mentions the extractor must report.
 */
final class Corpus {
  private Corpus() {}

  /** One sentence and the mentions expected in it, offsets relative to the sentence. */
  record Sentence(int line, String text, List<Mention> expected) {}

  private static List<Sentence> sentences;

  static synchronized List<Sentence> sentences() {
    if (sentences == null) {
      try (InputStream in = Corpus.class.getResourceAsStream("corpus.txt")) {
        String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        List<Sentence> list = new ArrayList<>();
        String[] lines = all.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          String line = lines[i].strip();
          if (!line.isEmpty() && !line.startsWith("#")) {
            list.add(parse(i + 1, line));
          }
        }
        sentences = List.copyOf(list);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sentences;
  }

  /** Reads one annotated line: 【surface|value|unit|QUALIFIER|i=…|p=…】 marks in running text. */
  static Sentence parse(int lineNumber, String line) {
    StringBuilder text = new StringBuilder();
    List<Mention> expected = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int open = line.indexOf('【', i);
      if (open < 0) {
        text.append(line, i, line.length());
        break;
      }
      text.append(line, i, open);
      int close = line.indexOf('】', open);
      checkArgument(close > open, "line %s: unclosed mark", lineNumber);
      String[] fields = line.substring(open + 1, close).split("\\|");
      checkArgument(fields.length >= 4, "line %s: a mark needs surface|value|unit|QUALIFIER", lineNumber);
      String surface = fields[0];
      Unit unit = Unit.parse(fields[2]);
      Metric metric = fields[1].contains("-")
          ? Metric.range(
              new BigDecimal(fields[1].substring(0, fields[1].indexOf('-'))),
              new BigDecimal(fields[1].substring(fields[1].indexOf('-') + 1)),
              unit)
          : Metric.of(new BigDecimal(fields[1]), unit, Qualifier.valueOf(fields[3]));
      String indicator = null;
      String period = null;
      for (int f = 4; f < fields.length; f++) {
        if (fields[f].startsWith("i=")) {
          indicator = fields[f].substring(2);
        } else if (fields[f].startsWith("p=")) {
          period = fields[f].substring(2);
        } else {
          throw new IllegalArgumentException("line " + lineNumber + ": unknown field " + fields[f]);
        }
      }
      int start = text.codePointCount(0, text.length());
      text.append(surface);
      expected.add(Mention.of(start, start + surface.codePointCount(0, surface.length()), surface, metric, indicator, period));
      i = close + 1;
    }
    return new Sentence(lineNumber, text.toString(), List.copyOf(expected));
  }
}
