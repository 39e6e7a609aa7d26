package dev.parkdata.examples.cli;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.ParkDataJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The built-in fixtures that {@code parkdata validate} checks when given no file: the figures of
 * the news articles of parkdata-testing's {@code Fixtures}, embedded in the tool as a parkdata/1
 * dataset document, the resource {@value #RESOURCE} beside this class, and read through io. So the
 * tool needs the testing module for its tests only. {@code BuiltInFixturesTest} holds the resource
 * equal to what the fixtures produce; after a change of the fixtures, run it with {@code
 * -Dparkdata.fixtures.write=true} to write the resource anew.
 */
final class BuiltInFixtures {
  /** The resource, beside this class: {@value}. */
  static final String RESOURCE = "built-in-fixtures.json";
  /** What the fixtures are called in the tool's messages: {@value}. */
  static final String NAME = "the built-in fixtures";

  private BuiltInFixtures() {}

  /** The fixtures, read anew on every call. */
  static Dataset dataset() {
    try (InputStream in = BuiltInFixtures.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(NAME + " are missing from this build of the tool (" + RESOURCE + ")");
      }
      return ParkDataJson.standard().readDataset(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + NAME + ": " + e.getMessage(), e);
    }
  }
}
