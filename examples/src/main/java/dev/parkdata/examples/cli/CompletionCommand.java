package dev.parkdata.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata completion bash|zsh}: prints the shell completion script picocli generates
 * from the tool's commands and options ({@link AutoComplete#bash}). Picocli generates one script
 * for both shells: under zsh it loads zsh's emulation of bash completion ({@code bashcompinit})
 * itself, so {@code zsh} prints the same script.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints a completion script for bash or zsh: every command, option and fixed value of parkdata.",
      "%nPicocli generates the script; it serves both shells (under zsh it loads zsh's bash-completion "
          + "emulation, bashcompinit, itself), so zsh prints the same script as bash."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(parkdata completion bash)",
      "  parkdata completion bash > /etc/bash_completion.d/parkdata",
      "  parkdata completion zsh > ~/.parkdata-completion",
      "  echo 'source ~/.parkdata-completion' >> ~/.zshrc",
      "%nThe launcher must be on the PATH as parkdata for the script to apply.",
      "%nExit status: 0 on success, 2 on a usage error (a shell other than bash or zsh)."
    })
final class CompletionCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  private String shell;

  @Override
  public Integer call() {
    String wanted = shell.strip().toLowerCase(Locale.ROOT);
    if (!wanted.equals("bash") && !wanted.equals("zsh")) {
      throw new ParameterException(spec.commandLine(), "no completion for '" + shell + "': bash or zsh");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(AutoComplete.bash("parkdata", ParkdataCommand.newCommandLine()));
    out.flush();
    return 0;
  }
}
