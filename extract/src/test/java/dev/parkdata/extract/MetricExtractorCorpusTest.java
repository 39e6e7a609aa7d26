package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link MetricExtractor} on the annotated corpus. A found mention is
 * correct when its span and metric equal an expected one's; indicator and period are scored
 * separately over the correct mentions.
 */
class MetricExtractorCorpusTest {
  private static final MetricExtractor EXTRACTOR = MetricExtractor.standard();

  @Test
  void precisionAndRecallAreAtLeastNinetyFivePercent() {
    int truePositives = 0;
    int found = 0;
    int expected = 0;
    int attributesRight = 0;
    List<String> errors = new ArrayList<>();
    for (Corpus.Sentence s : Corpus.sentences()) {
      List<Mention> actual = EXTRACTOR.extract(s.text());
      found += actual.size();
      expected += s.expected().size();
      for (Mention a : actual) {
        Mention e = s.expected().stream().filter(x -> sameFigure(x, a)).findFirst().orElse(null);
        if (e == null) {
          errors.add("line " + s.line() + " false positive " + a);
          continue;
        }
        truePositives++;
        if (e.indicator().equals(a.indicator()) && e.period().equals(a.period())) {
          attributesRight++;
        } else {
          errors.add("line " + s.line() + " attributes: expected " + e + ", got " + a);
        }
      }
      for (Mention e : s.expected()) {
        if (actual.stream().noneMatch(a -> sameFigure(e, a))) {
          errors.add("line " + s.line() + " missed " + e);
        }
      }
    }
    double precision = (double) truePositives / found;
    double recall = (double) truePositives / expected;
    double attributes = (double) attributesRight / truePositives;
    System.out.printf("corpus: %d sentences, %d expected, %d found, %d correct: precision %.3f, recall %.3f;"
            + " indicator and period right on %.3f of the correct%n",
        Corpus.sentences().size(), expected, found, truePositives, precision, recall, attributes);
    errors.forEach(System.out::println);
    assertThat(precision).as("precision; errors: %s", errors).isGreaterThanOrEqualTo(0.95);
    assertThat(recall).as("recall; errors: %s", errors).isGreaterThanOrEqualTo(0.95);
    assertThat(attributes).as("indicator and period; errors: %s", errors).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void theCorpusHasPositivesAndNegatives() {
    assertThat(Corpus.sentences()).hasSizeGreaterThan(70);
    assertThat(Corpus.sentences()).anyMatch(s -> s.expected().isEmpty());
    assertThat(Corpus.sentences().stream().mapToInt(s -> s.expected().size()).sum()).isGreaterThan(100);
  }

  private static boolean sameFigure(Mention expected, Mention actual) {
    return expected.start() == actual.start()
        && expected.end() == actual.end()
        && Objects.equals(expected.text(), actual.text())
        && expected.metric().equals(actual.metric());
  }
}
