package dev.parkdata.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import picocli.CommandLine;

/**
 * The training run of the tool's class-data sharing archive: runs the commonest commands in one
 * JVM, output discarded, so that the classes they load can be listed ({@code
 * -XX:DumpLoadedClassList}) and archived ({@code -Xshare:dump}) when the tool is packaged. The
 * launcher {@code examples/target/parkdata} maps that archive, and its commands start from it
 * with classes already parsed and verified. Not a command of the tool; the build runs it.
 */
public final class ArchiveTraining {
  /** The commands run: the four of the start-up table, and some that read and write JSON. */
  static final List<List<String>> COMMANDS = List.of(
      List.of("--version"),
      List.of(),
      List.of("units"),
      List.of("convert", "31.85", "平方公里", "亩"),
      List.of("convert", "1", "亩", "平方米"),
      List.of("parse", "2萬餘家", "400-600个", "--json"),
      List.of("units", "--json"),
      List.of("validate"),
      List.of("validate", "--json"),
      List.of("catalog", "--province", "甘肃", "--json"),
      List.of("catalog", "--summary", "--by", "type"),
      List.of("catalog", "--province", "江蘇", "--by", "type", "--chart"),
      List.of("convert", "3", "hectares", "mu"),
      List.of("--help"));

  private ArchiveTraining() {}

  /**
   * Runs {@link #COMMANDS}; exits with status 1, naming the command, if one fails, so that a
   * build whose archive would miss its classes fails.
   */
  public static void main(String[] args) {
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    for (List<String> command : COMMANDS) {
      String[] arguments = command.toArray(new String[0]);
      CommandLine commandLine = ParkdataCommand.newCommandLine(arguments).setOut(discard).setErr(discard);
      int exit = ParkdataCommand.execute(commandLine, arguments);
      if (exit != 0) {
        System.err.println("archive training: parkdata " + String.join(" ", command) + " exited with " + exit);
        System.exit(1);
      }
    }
  }
}
