package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Park;
import dev.parkdata.source.Citation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every example of {@code docs/json-format.md}: each {@code json TYPE} block as a TYPE,
 * checked against the schema and written back to an equal value; each {@code ndjson} block as a
 * stream. So the page cannot rot.
 */
class DocumentationExamplesTest {
  private static final Path DOC = Path.of("..", "docs", "json-format.md");
  private static final ParkDataJson JSON = ParkDataJson.standard();
  private static final Map<String, Class<?>> TYPES = Map.of(
      "Dataset", Dataset.class, "Park", Park.class, "Metric", Metric.class, "Period", Period.class,
      "Indicator", Indicator.class, "Citation", Citation.class);

  /** A fenced block: its info string and its text. */
  private static final class Example {
    final String info;
    final String text;
    final int line;

    Example(String info, String text, int line) {
      this.info = info;
      this.text = text;
      this.line = line;
    }
  }

  private static List<Example> examples() throws IOException {
    List<String> lines = Files.readAllLines(DOC);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("```") && lines.get(i).length() > 3) {
        int start = i;
        StringBuilder text = new StringBuilder();
        while (!lines.get(++i).equals("```")) {
          text.append(lines.get(i)).append('\n');
        }
        examples.add(new Example(lines.get(start).substring(3).trim(), text.toString(), start + 1));
      }
    }
    return examples;
  }

  @TestFactory
  Stream<DynamicTest> everyExampleReads() throws IOException {
    return examples().stream()
        .filter(e -> !e.info.equals("text"))
        .map(e -> DynamicTest.dynamicTest("line " + e.line + ": " + e.info, () -> check(e)));
  }

  private static void check(Example example) {
    if (example.info.equals("ndjson")) {
      List<Object> records;
      try (Stream<Object> stream = JSON.readNdjson(new StringReader(example.text))) {
        records = stream.collect(Collectors.toList());
      }
      assertThat(records).hasSize((int) example.text.lines().count());
      example.text.lines().forEach(l -> assertThat(SchemaCheck.errors("NdjsonRecord", l)).isEmpty());
      return;
    }
    String[] info = example.info.split(" ");
    assertThat(info).as("info string of the block at line " + example.line).hasSize(2);
    Class<?> type = TYPES.get(info[1]);
    assertThat(type).as("a known type: " + info[1]).isNotNull();
    Object value = JSON.read(example.text, type);
    assertThat(SchemaCheck.errors(info[1], example.text)).isEmpty();
    assertThat(JSON.read(JSON.write(value), type)).isEqualTo(value);
  }

  @Test
  void theDocumentHasExamplesOfEveryKind() throws IOException {
    assertThat(examples()).extracting(e -> e.info)
        .contains("json Dataset", "json Park", "json Metric", "json Period", "json Indicator", "ndjson");
  }

  @Test
  void theMetricExamplesMeanWhatTheIssueSays() throws IOException {
    List<Metric> metrics = examples().stream().filter(e -> e.info.equals("json Metric"))
        .map(e -> JSON.read(e.text, Metric.class)).collect(Collectors.toList());
    assertThat(metrics).startsWith(Metric.parse("31.85平方公里"), Metric.parse("2万余家"), Metric.parse("400-600个"));
    assertThat(metrics).contains(Metric.parse("2万余家"), Metric.parse("最高2000万元"));
  }
}
