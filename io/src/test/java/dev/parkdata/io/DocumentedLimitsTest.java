package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** docs/json-format.md states the limits the code enforces (issue 14). */
class DocumentedLimitsTest {
  private static String limits() throws IOException {
    String doc = Files.readString(Path.of("../docs/json-format.md"));
    return doc.substring(doc.indexOf("## Limits"));
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  @Test
  void theLimitsTableHasTheCodesFigures() throws IOException {
    String limits = limits();
    assertThat(limits)
        .contains("| nesting of objects and arrays | " + ParkDataJson.MAX_NESTING_DEPTH + " levels")
        .contains("| a JSON number | " + ParkDataJson.MAX_NUMBER_LENGTH + " characters |")
        .contains("| a string | " + grouped(ParkDataJson.DEFAULT_MAX_STRING_LENGTH) + " characters (configurable) |")
        .contains("| a field name | " + grouped(ParkDataJson.MAX_NAME_LENGTH) + " characters |")
        .contains("| a document | " + (ParkDataJson.DEFAULT_MAX_DOCUMENT_LENGTH >> 20) + " MiB, "
            + grouped(ParkDataJson.DEFAULT_MAX_DOCUMENT_LENGTH) + " bytes")
        .contains("| an NDJSON record (one line) | " + (ParkDataJson.DEFAULT_MAX_RECORD_LENGTH >> 20) + " MiB, "
            + grouped(ParkDataJson.DEFAULT_MAX_RECORD_LENGTH) + " bytes of UTF-8")
        .contains("| a metric shorthand | " + MetricCodec.MAX_SHORTHAND + " characters |")
        .contains("the first " + grouped(ReadState.MAX_PROBLEMS) + " are kept")
        .doesNotContain("2,000,000,000");
  }
}
