package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {
  @TempDir Path dir;

  @Test
  void printsPicoclisScriptForEveryCommandAndOptionAndTheSameForZsh() throws Exception {
    CliRun bash = CliRun.run("completion", "bash");
    assertThat(bash.exitCode).as("%s", bash).isZero();
    assertThat(bash.out).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_parkdata");
    for (String name : ParkdataCommand.SUBCOMMANDS.keySet()) {
      assertThat(bash.out).as(name).contains(name);
    }
    assertThat(bash.out).contains("--province", "--chart", "--min-severity", "load-catalog", "bashcompinit");
    assertThat(CliRun.run("completion", "zsh").out).isEqualTo(bash.out);
    assertThat(CliRun.run("completion", "ZSH").exitCode).isZero();

    // a real bash reads it without a syntax error, and it defines the completion function
    Path script = Files.writeString(dir.resolve("parkdata-completion.bash"), bash.out);
    Process check = new ProcessBuilder("bash", "-c", "source " + script + " && declare -F _complete_parkdata")
        .redirectErrorStream(true).start();
    assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String said = new String(check.getInputStream().readAllBytes());
    assertThat(check.exitValue()).as(said).isZero();
    assertThat(said).contains("_complete_parkdata");
  }

  @Test
  void anotherShellIsAUsageError() {
    CliRun fish = CliRun.run("completion", "fish");
    assertThat(fish.exitCode).isEqualTo(2);
    assertThat(fish.err).isEqualTo("parkdata completion: no completion for 'fish': bash or zsh (see 'parkdata completion --help')\n");
  }
}
