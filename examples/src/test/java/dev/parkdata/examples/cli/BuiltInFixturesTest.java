package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tool's embedded fixtures are parkdata-testing's {@link Fixtures}, exactly: the resource
 * cannot drift from them. After a change of the fixtures, {@code ./mvnw -pl examples -am test
 * -Dtest=BuiltInFixturesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dparkdata.fixtures.write=true} writes it anew in the source tree (then commit it; the copy on
 * the class path follows at the next build).
 */
class BuiltInFixturesTest {
  /** The resource as the source tree holds it, from the module's directory (where tests run). */
  private static final Path SOURCE =
      Path.of("src/main/resources/dev/parkdata/examples/cli", BuiltInFixtures.RESOURCE);

  /** The document the fixtures make: pretty-printed, so that a change shows as a readable diff. */
  private static String expected() {
    return ParkDataJson.builder().pretty(true).build().write(Fixtures.dataset()).replace("\r\n", "\n") + "\n";
  }

  @Test
  void theResourceIsWhatTheFixturesWrite() throws IOException {
    String expected = expected();
    if (Boolean.getBoolean("parkdata.fixtures.write")) {
      Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
    }
    String embedded = Files.readString(SOURCE, StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertThat(embedded)
        .as("%s differs from what parkdata-testing's Fixtures write: run this test with"
            + " -Dparkdata.fixtures.write=true to write it anew", BuiltInFixtures.RESOURCE)
        .isEqualTo(expected);
  }

  /** The copy in the tool (on the class path) reads back as the fixtures. */
  @Test
  void readsBackAsTheFixtures() {
    Dataset fixtures = Fixtures.dataset();
    assertThat(BuiltInFixtures.dataset()).isEqualTo(fixtures);
  }
}
