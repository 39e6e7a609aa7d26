package dev.parkdata.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a snippet's comment says a statement does: prints lines ({@code // → text}) or throws an
 * exception ({@code // throws Name}). See {@link DocumentationSnippetsTest} for the convention.
 *
 * @param id the number the rewritten statement reports under
 * @param lines the page lines of the claim's comments
 * @param printed the lines claimed printed, or empty for an exception
 * @param exception the simple name of the exception claimed, or null
 */
record Claim(int id, List<Integer> lines, List<String> printed, String exception) {

  /** The marker of printed text. */
  static final String ARROW = "→";

  /** Where a claim's text ends and prose about it begins. */
  static final String PROSE = " — ";

  private static final Pattern THROWS = Pattern.compile("throws\\s+(\\p{Lu}\\p{javaJavaIdentifierPart}*)(\\W.*)?");

  Claim {
    lines = List.copyOf(lines);
    printed = List.copyOf(printed);
  }

  /** The claim of one comment: printed text, an exception, or null for prose. */
  static Claim ofComment(int id, int line, String comment) {
    String text = comment.strip();
    if (text.startsWith(ARROW)) {
      String claimed = text.substring(ARROW.length());
      int prose = claimed.indexOf(PROSE);
      claimed = prose < 0 ? claimed : claimed.substring(0, prose);
      return new Claim(id, List.of(line), List.of(claimed.strip()), null);
    }
    if (!text.startsWith("throws ")) {
      return null;
    }
    Matcher m = THROWS.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("a comment that begins with throws names an exception type: " + text);
    }
    return new Claim(id, List.of(line), List.of(), m.group(1));
  }

  /** This claim with the next comment's about the same statement (both of printed text). */
  Claim and(Claim next) {
    List<Integer> allLines = new ArrayList<>(lines);
    allLines.addAll(next.lines);
    List<String> allPrinted = new ArrayList<>(printed);
    allPrinted.addAll(next.printed);
    return new Claim(id, allLines, allPrinted, null);
  }

  /** The first page line of the claim. */
  int line() {
    return lines.get(0);
  }

  /** Why what the statement did is not what is claimed, or null when it is. */
  String mismatch(SnippetProbe.Recording recording) {
    if (exception != null) {
      String outcome = recording.outcome(id);
      if (outcome == null) {
        return "never ran";
      }
      return outcome.equals("throws " + exception) ? null : "claims throws " + exception + ", but " + outcome;
    }
    String output = recording.printed(id);
    if (output == null) {
      return "never ran";
    }
    List<String> actual = output.lines().map(String::stripTrailing).toList();
    List<String> claimed = printed.stream().map(String::stripTrailing).toList();
    return actual.equals(claimed) ? null
        : "claims\n    " + String.join("\n    ", claimed) + "\n  but printed\n    " + String.join("\n    ", actual);
  }
}
