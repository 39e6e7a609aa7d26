package dev.parkdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.TestGenerators;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.model.ModelGenerators;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of validation over generated datasets, and of paths.
 *
 * <p>The laws over datasets take 100 examples, not 1,000: each generates one or two whole
 * datasets (nested parks among them) and validates them with every standard rule, some of them
 * twice or three times; a failure shrinks through at most {@value #DATASET_SHRINKS} attempts,
 * since each costs as much as an example.
 */
class ValidationProperties {
  private static final int DATASET_SHRINKS = 2000;

  private static Gen<Dataset> datasets() {
    return ModelGenerators.datasets();
  }

  @Test
  void validatingNeverThrowsNorReportsAFailedRule() {
    qt().withExamples(100)
        .withShrinkCycles(DATASET_SHRINKS)
        .forAll(datasets())
        .checkAssert(
            dataset -> {
              ValidationReport report = Validator.standard().validate(dataset);
              assertThat(report.withCode(StandardRules.RULE_FAILED).violations()).isEmpty();
              assertThat(report.toText()).isNotEmpty();
            });
  }

  @Test
  void equalInputsGiveEqualReports() {
    qt().withExamples(100)
        .withShrinkCycles(DATASET_SHRINKS)
        .forAll(datasets())
        .checkAssert(
            dataset -> {
              Dataset copy = Dataset.builder().from(dataset).build();
              ValidationReport first = Validator.standard().validate(dataset);
              ValidationReport second = Validator.standard().validate(copy);
              assertThat(second.violations()).containsExactlyElementsOf(first.violations());
              assertThat(second).isEqualTo(first);
            });
  }

  @Test
  void selectingRulesPartitionsTheReport() {
    qt().withExamples(100)
        .withShrinkCycles(DATASET_SHRINKS)
        .forAll(datasets())
        .checkAssert(
            dataset -> {
              ValidationReport all = Validator.standard().validate(dataset);
              ValidationReport dates =
                  Validator.builder().addStandardRules().select("date").build().validate(dataset);
              ValidationReport others =
                  Validator.builder().addStandardRules().silence("date").build().validate(dataset);
              assertThat(dates).isEqualTo(all.withCode("date"));
              assertThat(others).isEqualTo(all.filter(v -> !v.hasCode("date")));
            });
  }

  @Test
  void aReportMergedIsTheConcatenation() {
    qt().withExamples(100)
        .withShrinkCycles(DATASET_SHRINKS)
        .forAll(datasets(), datasets())
        .checkAssert(
            (a, b) -> {
              ValidationReport ra = Validator.standard().validate(a);
              ValidationReport rb = Validator.standard().validate(b);
              ValidationReport merged = ra.merge(rb);
              assertThat(merged.size()).isEqualTo(ra.size() + rb.size());
              assertThat(merged.violations().subList(0, ra.size())).isEqualTo(ra.violations());
            });
  }

  /**
   * Segment texts: any chars (lone surrogates among them), the characters the text form escapes
   * or quotes ({@code . [ ] ' \} and digits), and the empty string, all digits, lone syntax.
   */
  static Gen<String> segmentTexts() {
    return Generate.frequency(
            Pair.of(3, TestGenerators.anyStrings(6)),
            Pair.of(3, TestGenerators.stringsOf(".[]'\\0 9a/~", 0, 6)),
            Pair.of(
                1,
                Generate.pick(
                    List.of(
                        "", "0", "007", "2024", "'", "\\", "[", "]", ".", "a.b", "[0]", "['x']",
                        "\uD800", "~1"))))
        .describedAs(TestGenerators::quote);
  }

  /**
   * Paths of up to 5 segments, as before, or one time in ten 6 to 30 (deep nesting); fields,
   * keys and indices (0, 1 and {@code Integer.MAX_VALUE} mixed in).
   */
  static Gen<Path> paths() {
    Gen<String> texts = segmentTexts();
    Gen<Integer> indices =
        Generate.frequency(
            Pair.of(4, Generate.range(0, Integer.MAX_VALUE)),
            Pair.of(4, Generate.range(0, 20)),
            Pair.of(1, Generate.pick(List.of(0, 1, Integer.MAX_VALUE))));
    Gen<Path.Segment> segments =
        Generate.oneOf(
            texts.map(s -> s.isEmpty() ? "f" : s).map(Path.Segment::field),
            texts.map(Path.Segment::key),
            indices.map(Path.Segment::index));
    Gen<List<Path.Segment>> lists =
        Generate.frequency(
            Pair.of(9, TestGenerators.listsOf(segments, 0, 5)),
            Pair.of(1, TestGenerators.listsOf(segments, 6, 30)));
    return lists
        .map(
            list -> {
              Path p = Path.root();
              for (Path.Segment s : list) {
                p = p.append(s);
              }
              return p;
            })
        .describedAs(ValidationProperties::describe);
  }

  /** {@code "a[0]" = field "a", index 0}: the text, then each segment. */
  static String describe(Path path) {
    return TestGenerators.quote(path.toString())
        + " = "
        + (path.isRoot()
            ? "root"
            : path.segments().stream()
                .map(
                    s ->
                        s.kind() == Path.Segment.Kind.INDEX
                            ? "index " + s.index()
                            : s.kind().name().toLowerCase(Locale.ROOT)
                                + " "
                                + TestGenerators.quote(s.text()))
                .collect(Collectors.joining(", ")));
  }

  @Test
  void pathsParseBackFromTheirText() {
    qt().withExamples(1000)
        .forAll(paths())
        .checkAssert(
            path -> {
              assertThat(Path.parse(path.toString())).isEqualTo(path);
              assertThat(Path.parse(path.toString()).hashCode()).isEqualTo(path.hashCode());
            });
  }

  @Test
  void pathsOrderConsistentlyWithEquals() {
    qt().withExamples(1000)
        .forAll(paths(), paths())
        .checkAssert(
            (a, b) -> {
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
              assertThat(a.append(b).startsWith(a)).isTrue();
            });
  }
}
