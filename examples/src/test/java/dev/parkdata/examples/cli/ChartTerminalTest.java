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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal decides the charts' glyphs: {@code parkdata catalog --chart} run in JVMs of its own
 * with the environment a terminal gives it draws Unicode blocks in a UTF-8 locale, and ASCII when
 * {@code TERM=dumb}, when the locale's charset is not UTF-8, or with {@code --ascii}.
 */
class ChartTerminalTest {
  @TempDir Path dir;

  private String chart(Map<String, String> environment, String... more) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = dir.resolve("out.txt");
    List<String> command = new ArrayList<>(List.of(java,
        "-cp", System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("surefire.test.class.path", ""),
        ParkdataCommand.class.getName(), "catalog", "--by", "level", "--chart"));
    command.addAll(List.of(more));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
    builder.environment().keySet().removeAll(List.of("LANG", "LC_ALL", "LC_CTYPE", "TERM"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(text).isZero();
    return text;
  }

  @Test
  void unicodeInAUtf8TerminalAsciiWhenItSaysSoOrIsAsked() throws Exception {
    String unicode = chart(Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8", "TERM", "xterm-256color"));
    assertThat(unicode).contains("█").doesNotContain("#");
    String dumb = chart(Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8", "TERM", "dumb"));
    assertThat(dumb).contains("#").doesNotContain("█");
    String posix = chart(Map.of("LANG", "C", "LC_ALL", "C", "TERM", "xterm"));
    assertThat(posix).contains("#").doesNotContain("█");
    String asked = chart(Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8", "TERM", "xterm"), "--ascii");
    assertThat(asked).contains("#").doesNotContain("█");
    assertThat(dumb).isEqualTo(asked);
  }
}
