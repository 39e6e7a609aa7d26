package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 19: commands that neither read nor write JSON start without loading a single Jackson
 * class. Each runs {@link ParkdataCommand#main} in a JVM of its own, which logs every class it
 * loads; in-process runs could not tell, as the test JVM has loaded Jackson long before.
 */
class StartupTest {
  @TempDir
  Path dir;

  /** The outcome of {@code parkdata args} in a new JVM, and the names of the classes it loaded. */
  private record Forked(int exitCode, String out, List<String> classes) {
    List<String> jackson() {
      return classes.stream().filter(c -> c.startsWith("tools.jackson.")).collect(Collectors.toList());
    }
  }

  private Forked fork(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("classes.log");
    Path out = dir.resolve("out.txt");
    List<String> command = new ArrayList<>(List.of(java, "-Xlog:class+load=info:file=" + log,
        "-cp", System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("surefire.test.class.path", ""),
        ParkdataCommand.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
    // Chinese arguments reach the JVM intact only in a UTF-8 locale.
    builder.environment().putAll(Map.of("LC_ALL", "C.UTF-8", "LANG", "C.UTF-8"));
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("parkdata " + String.join(" ", args) + " did not finish in 2 minutes");
    }
    // [0.012s][info][class,load] java.lang.Object source: shared objects file
    List<String> classes = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(line -> line.contains("[class,load]"))
        .map(line -> line.substring(line.indexOf("[class,load]") + "[class,load]".length()).strip().split(" ")[0])
        .collect(Collectors.toList());
    return new Forked(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), classes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "units", "convert 31.85 平方公里 亩", "", "parse 2萬餘家", "catalog --summary",
      "convert 3 hectares mu", "catalog --province 江蘇 --by type --chart --ascii", "catalog --map", "completion bash"})
  void aCommandWithoutJsonLoadsNoJacksonClass(String line) throws Exception {
    Forked run = fork(line.isEmpty() ? new String[0] : line.split(" "));

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.classes()).as("the class-loading log").contains(ParkdataCommand.class.getName());
    assertThat(run.jackson()).as("Jackson classes loaded by parkdata %s", line).isEmpty();
  }

  @Test
  void theConversionIsRightInTheForkedJvm() throws Exception {
    Forked run = fork("convert", "31.85", "平方公里", "亩");

    assertThat(run.out()).isEqualTo("47775\n");
  }

  /** The check above can fail: a command that does write JSON loads Jackson, and is seen to. */
  @Test
  void aCommandWithJsonIsSeenToLoadJackson() throws Exception {
    Forked run = fork("parse", "2萬餘家", "--json");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.jackson()).isNotEmpty();
  }
}
