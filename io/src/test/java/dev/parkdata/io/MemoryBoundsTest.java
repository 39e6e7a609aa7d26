package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a read holds memory in proportion to what it keeps, not to what it skips. Run in a
 * JVM of its own with {@code -Xmx256m}: 200,000 unknown fields read under WARN, and 400 documents
 * each with a 900,000-character unit string, their results all kept.
 */
class MemoryBoundsTest {
  /** The two reads, in a JVM of their own. */
  public static final class Reads {
    private Reads() {}

    public static void main(String[] args) {
      ParkDataJson json = ParkDataJson.builder().unknownFields(UnknownFields.WARN).build();
      List<ReadResult<Dataset>> kept = new ArrayList<>();

      StringBuilder many = new StringBuilder("{\"format\":\"parkdata/1\",\"parks\":[{\"id\":\"p0\","
          + "\"names\":{\"official\":\"园区\"},\"kind\":\"HIGH_TECH_ZONE\"");
      for (int i = 0; i < 200_000; i++) {
        many.append(",\"unknown").append(i).append("\":").append(i);
      }
      ReadResult<Dataset> unknown = json.readResult(many.append("}]}").toString(), Dataset.class);
      many = null;
      check(unknown.value().parks().size() == 1, "the park is kept");
      check(unknown.problems().size() == ReadState.MAX_PROBLEMS + 1, "problems beyond the most kept are counted");
      kept.add(unknown);

      String unit = "公".repeat(900_000);
      for (int i = 0; i < 400; i++) {
        String document = "{\"format\":\"parkdata/1\",\"parks\":[{\"id\":\"p" + i + "\",\"names\":{\"official\":\"园区\"},"
            + "\"kind\":\"HIGH_TECH_ZONE\",\"areas\":{\"approved\":{\"value\":\"1\",\"unit\":\"" + unit + i + "\"}}}]}";
        ReadResult<Dataset> read = json.readResult(document, Dataset.class);
        check(read.value().parks().size() == 1 && read.hasErrors(), "the park is kept, its area left out");
        kept.add(read);
      }
      long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      System.out.println("kept " + kept.size() + " results; heap in use " + (used >> 20) + " MiB");
    }

    private static void check(boolean condition, String what) {
      if (!condition) {
        throw new AssertionError(what);
      }
    }
  }

  @Test
  void readsStayWithin256MiB(@TempDir Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("out.txt");
    Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
        // The tests run patched into the module: the module's classes and its dependencies are
        // on the module path, the test classes and test libraries on the class path.
        "-cp", String.join(File.pathSeparator, System.getProperty("java.class.path"),
            System.getProperty("surefire.test.class.path", ""), System.getProperty("jdk.module.path", "")),
        Reads.class.getName())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as("finished in time").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("kept 401 results");
  }
}
