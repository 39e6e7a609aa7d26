package dev.parkdata.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced {@code java} block of a Markdown page: its code, where it stands, whether it runs, and
 * the code it is given (an HTML comment {@code <!-- given: … -->} directly above the fence).
 *
 * @param page the page's name as the failures name it ({@code README.md}, {@code docs/series.md})
 * @param fenceLine the 1-based line of the opening fence
 * @param runs false for a block marked {@code java no-run}: compiled, not run
 * @param given the given code's lines, each with its page line (empty when none)
 * @param code the block's lines, each with its page line
 */
record Snippet(String page, int fenceLine, boolean runs, List<Line> given, List<Line> code) {

  /** The marker of a block that is compiled but not run, a word of the fence's info string. */
  static final String NO_RUN = "no-run";

  private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,})\\s*([^`]*)$");
  private static final Pattern GIVEN_START = Pattern.compile("^\\s*<!--\\s*given:(.*)$");

  /** A line of a page. */
  record Line(int number, String text) {}

  Snippet {
    given = List.copyOf(given);
    code = List.copyOf(code);
  }

  /** The name of this snippet in test reports and failures: {@code README.md:156}. */
  String name() {
    return page + ":" + fenceLine;
  }

  /** Every {@code java} block of a page, in order. */
  static List<Snippet> read(Path file, String page) {
    try {
      return parse(page, Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code java} block of a page's lines, in order. */
  static List<Snippet> parse(String page, List<String> lines) {
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      String indent = open.group(1);
      String fence = open.group(2);
      String[] info = open.group(3).trim().split("\\s+");
      int fenceIndex = i;
      List<Line> code = new ArrayList<>();
      for (i++; i < lines.size() && !isClosing(lines.get(i), fence); i++) {
        code.add(new Line(i + 1, stripIndent(lines.get(i), indent.length())));
      }
      if (i == lines.size()) {
        throw new IllegalArgumentException(page + ":" + (fenceIndex + 1) + ": a fence that is never closed");
      }
      if (info[0].equals("java")) {
        boolean runs = true;
        for (int w = 1; w < info.length; w++) {
          if (info[w].equals(NO_RUN)) {
            runs = false;
          } else {
            throw new IllegalArgumentException(page + ":" + (fenceIndex + 1)
                + ": unknown word in the info string: " + info[w] + " (only " + NO_RUN + " is known)");
          }
        }
        snippets.add(new Snippet(page, fenceIndex + 1, runs, givenAbove(lines, fenceIndex), code));
      }
    }
    return snippets;
  }

  private static boolean isClosing(String line, String fence) {
    String t = line.strip();
    return t.startsWith(fence) && t.chars().allMatch(c -> c == '`');
  }

  private static String stripIndent(String line, int indent) {
    int n = 0;
    while (n < indent && n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return line.substring(n);
  }

  /** The given code of the HTML comment that ends on the line above the fence, if it is one. */
  private static List<Line> givenAbove(List<String> lines, int fenceIndex) {
    if (fenceIndex == 0 || !lines.get(fenceIndex - 1).strip().endsWith("-->")) {
      return List.of();
    }
    int start = fenceIndex - 1;
    while (start >= 0 && !lines.get(start).contains("<!--")) {
      start--;
    }
    if (start < 0) {
      return List.of();
    }
    Matcher m = GIVEN_START.matcher(lines.get(start));
    if (!m.matches()) {
      return List.of();
    }
    List<Line> given = new ArrayList<>();
    for (int i = start; i < fenceIndex; i++) {
      String text = i == start ? m.group(1) : lines.get(i);
      if (i == fenceIndex - 1) {
        text = text.substring(0, text.lastIndexOf("-->"));
      }
      given.add(new Line(i + 1, text));
    }
    return given;
  }
}
