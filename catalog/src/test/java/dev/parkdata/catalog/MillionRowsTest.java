package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a catalogue file of 1,000,000 rows, within the 256 MiB file limit, imports in a JVM of
 * its own with {@code -Xmx1g}: the importer holds a park per row, never the file's text or a
 * list rebuilt per row.
 */
class MillionRowsTest {
  static final int ROWS = 1_000_000;

  /** Imports the file named by its argument and prints what it kept. */
  static final class Import {
    public static void main(String[] args) throws IOException {
      DevelopmentZoneCatalog catalog = DevelopmentZoneCatalog.of(Path.of(args[0]));
      System.gc();
      long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      System.out.println("imported " + catalog.parks().size() + " zones with " + catalog.validation().size()
          + " violations; heap in use " + (used >> 20) + " MiB");
    }
  }

  @Test
  void aMillionRowsImportWithin1GiB(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("million.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("序号,代码,开发区名称,省份,批准级别,开发区类型,批准时间,核准面积_公顷,主导产业\n");
      for (int i = 0; i < ROWS; i++) {
        // every other row repeats one zone (a duplicate code, each an ERROR kept with its row);
        // the rest are distinct zones, as a real file has them
        out.write(i % 2 == 0
            ? i + 1 + ",G622052,兰州高新技术产业开发区,甘肃省,国务院,高新技术产业开发区,1991.03,1496,生物医药、新材料\n"
            : i + 1 + "," + String.format("S%06d", i) + ",第" + i + "号经济开发区,甘肃省,省政府,经济技术开发区,2006.0"
                + (1 + i % 9) + "," + (100 + i % 900) + ",装备制造、新材料\n");
      }
    }
    assertThat(Files.size(file)).isLessThan(256L << 20);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("out.txt");
    Process process = new ProcessBuilder(java, "-Xmx1g", "-XX:+ExitOnOutOfMemoryError",
        // The tests run patched into the module: its classes and dependencies are on the module
        // path, the test classes and test libraries on the class path.
        "-cp", String.join(File.pathSeparator, System.getProperty("java.class.path"),
            System.getProperty("surefire.test.class.path", ""), System.getProperty("jdk.module.path", "")),
        Import.class.getName(), file.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as("finished in time").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("imported " + ROWS + " zones");
    System.out.println(output.strip());
  }
}
