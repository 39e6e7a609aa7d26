package dev.parkdata.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts {@link ModularApp} in a JVM of its own, as a user would: once on the module path
 * (without {@code --add-modules} or {@code --add-opens}) and once on the plain class path.
 */
class ModularAppTest {
  private static final List<String> SAME_BOTH_WAYS = List.of(
      "parse: 31.85平方公里 [31.85..31.85]",
      "convert: 47775亩",
      "validate: no errors",
      "json round trip: equal",
      "json schema: read",
      "serialization round trip: equal",
      "jackson module: 2万余家 {\"value\":\"31.85\",\"unit\":\"平方公里\"}",
      "catalogue: 2543 zones, G112001 中关村科技园区",
      "extract: [2万余家, 31.85平方公里]",
      "store round trip: equal",
      "sum: 32平方公里");

  @Test
  void runsOnTheModulePath() throws Exception {
    List<String> out = run("--module-path", path(), "--module", "dev.parkdata.it/dev.parkdata.it.ModularApp");
    assertThat(out).startsWith("mode: module path").containsAll(SAME_BOTH_WAYS).contains("internal exported: false");
    assertThat(out).filteredOn(line -> line.startsWith("api")).hasSize(1).first().asString()
        .matches("api: \\d+ public types in 6 modules");
  }

  @Test
  void runsOnTheClassPath() throws Exception {
    List<String> out = run("--class-path", path(), "dev.parkdata.it.ModularApp");
    assertThat(out).startsWith("mode: class path").containsAll(SAME_BOTH_WAYS);
  }

  /** The application's classes and its run-time dependencies, as Maven resolved them. */
  private static String path() throws IOException {
    String dependencies = Files.readString(Path.of(System.getProperty("parkdata.it.path"))).strip();
    return System.getProperty("parkdata.it.classes") + File.pathSeparator + dependencies;
  }

  private static List<String> run(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
    assertThat(process.exitValue()).as("exit status; output:%n%s", output).isZero();
    return output.lines().toList();
  }
}
