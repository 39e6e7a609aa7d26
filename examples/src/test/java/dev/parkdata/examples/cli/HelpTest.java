package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} at 80 columns: no line wider, every example of its footer (an
 * indented line: a command or its output) on a line of its own as written, never wrapped, and {@code parkdata help COMMAND} the same
 * as {@code parkdata COMMAND --help}.
 */
class HelpTest {
  private static final int WIDTH = 80;

  /** Every command of the tool and each of their subcommands, at any depth. */
  private static List<CommandLine> commands() {
    List<CommandLine> all = new ArrayList<>();
    add(ParkdataCommand.newCommandLine(), all);
    return all;
  }

  private static void add(CommandLine command, List<CommandLine> all) {
    all.add(command);
    command.getSubcommands().values().forEach(sub -> add(sub, all));
  }

  @Test
  void everyHelpFitsEightyColumnsAndKeepsEachExampleWhole() {
    List<CommandLine> commands = commands();
    assertThat(commands).extracting(c -> c.getCommandSpec().qualifiedName())
        .contains("parkdata catalog", "parkdata db query", "parkdata completion", "parkdata help");
    for (CommandLine command : commands) {
      command.setUsageHelpWidth(WIDTH);
      String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
      String name = command.getCommandSpec().qualifiedName();
      List<String> lines = help.lines().toList();
      for (String line : lines) {
        assertThat(TextTable.displayWidth(line)).as("%s --help: %s", name, line).isLessThanOrEqualTo(WIDTH);
      }
      for (String footer : command.getCommandSpec().usageMessage().footer()) {
        for (String example : String.format(footer).split("\n", -1)) {
          // examples and their output are indented; prose (Exit status: …) may wrap
          if (example.startsWith("  ") && !example.isBlank()) {
            assertThat(lines).as("%s --help shows the example whole", name).contains(example.stripTrailing());
          }
        }
      }
    }
  }

  @Test
  void helpCommandPrintsEachCommandsHelp() {
    for (String name : ParkdataCommand.SUBCOMMANDS.keySet()) {
      if (name.equals("help")) {
        continue;
      }
      CliRun viaHelp = CliRun.run("help", name);
      CliRun viaOption = CliRun.run(name, "--help");
      assertThat(viaHelp.exitCode).as("%s", viaHelp).isZero();
      assertThat(viaHelp.out).as("parkdata help %s", name).isEqualTo(viaOption.out).contains("Usage: parkdata " + name);
    }
  }
}
