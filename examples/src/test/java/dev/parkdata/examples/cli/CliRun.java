package dev.parkdata.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The outcome of one in-process run of {@code parkdata}. */
final class CliRun {
  final int exitCode;
  final String out;
  final String err;

  private CliRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs {@code parkdata args} as {@link ParkdataCommand#main} does, with the subcommands {@code
   * args} need only, capturing both streams.
   */
  static CliRun run(String... args) {
    return run(ParkdataCommand.newCommandLine(args), args);
  }

  static CliRun run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = commandLine.setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
