package dev.parkdata.docs;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A snippet as a Java source file: statements wrapped in a class with a main method and the
 * {@link DefaultImports}, or a compilation unit as written; each statement that carries a
 * {@link Claim} rewritten to report to {@link SnippetProbe}. Rewriting keeps every line where it
 * was, so a line of the source maps back to a line of the page.
 */
final class SnippetProgram {
  private static final String PROBE = SnippetProbe.class.getName();
  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;\\s*(//.*)?$");

  private final Snippet snippet;
  private final boolean unit;
  private final String path;
  private final List<String> runnable;
  private final String source;
  private final int[] pageLines;
  private final List<Claim> claims;

  private SnippetProgram(Snippet snippet, boolean unit, String path, List<String> runnable,
      String source, int[] pageLines, List<Claim> claims) {
    this.snippet = snippet;
    this.unit = unit;
    this.path = path;
    this.runnable = List.copyOf(runnable);
    this.source = source;
    this.pageLines = pageLines;
    this.claims = List.copyOf(claims);
  }

  /** The snippet's program. Throws IllegalArgumentException where the snippet breaks the convention. */
  static SnippetProgram of(Snippet snippet, DefaultImports imports, Javac javac) {
    List<Snippet.Line> lines = new ArrayList<>();
    String code = join(snippet.code());
    Javac.Parsed alone = javac.parse("Snippet.java", code);
    boolean unit = alone.errors().isEmpty() && alone.unit().getTypeDecls().stream().anyMatch(ClassTree.class::isInstance);
    String path;
    List<String> types = new ArrayList<>();
    if (unit) {
      if (!snippet.given().isEmpty()) {
        throw broken(snippet, snippet.fenceLine(), "a compilation unit has no given code: it is a file as written");
      }
      lines.addAll(snippet.code());
      String pkg = alone.unit().getPackageName() == null ? "" : alone.unit().getPackageName() + ".";
      for (Tree type : alone.unit().getTypeDecls()) {
        if (type instanceof ClassTree c) {
          types.add(pkg + c.getSimpleName());
        }
      }
      path = types.get(0).replace('.', '/') + ".java";
    } else {
      String name = "Snippet_" + snippet.page().replaceAll("\\W", "_") + "_" + snippet.fenceLine();
      List<Snippet.Line> own = new ArrayList<>();
      int body = 0;
      while (body < snippet.code().size()
          && (snippet.code().get(body).text().isBlank() || IMPORT.matcher(snippet.code().get(body).text()).matches())) {
        own.add(snippet.code().get(body++));
      }
      Set<String> ownNames = new HashSet<>();
      for (Snippet.Line line : own) {
        Matcher m = IMPORT.matcher(line.text());
        if (m.matches() && m.group(3) == null) {
          ownNames.add(m.group(2).substring(m.group(2).lastIndexOf('.') + 1));
        }
      }
      imports.lines(ownNames).forEach(l -> lines.add(new Snippet.Line(0, l)));
      lines.addAll(own);
      lines.add(new Snippet.Line(0, "public final class " + name + " {"));
      lines.add(new Snippet.Line(0, "public static void main(String[] args) throws Throwable {"));
      lines.addAll(snippet.given());
      lines.addAll(snippet.code().subList(body, snippet.code().size()));
      lines.add(new Snippet.Line(0, "}}"));
      types.add(name);
      path = name + ".java";
    }
    int[] pageLines = lines.stream().mapToInt(Snippet.Line::number).toArray();
    String text = join(lines);
    Javac.Parsed parsed = javac.parse(path, text);
    if (!parsed.errors().isEmpty()) {
      // Left as it is: the compiler names the errors, at their lines of the page.
      return new SnippetProgram(snippet, unit, path, types, text, pageLines, List.of());
    }
    Set<Integer> givenLines = new HashSet<>();
    snippet.given().forEach(l -> givenLines.add(l.number()));
    return instrument(snippet, unit, path, types, text, pageLines, parsed, givenLines);
  }

  private static SnippetProgram instrument(Snippet snippet, boolean unit, String path, List<String> types,
      String text, int[] pageLines, Javac.Parsed parsed, Set<Integer> givenLines) {
    List<StatementTree> statements = statements(parsed.unit());
    SourcePositions positions = parsed.positions();
    CompilationUnitTree cu = parsed.unit();
    Map<Long, StatementTree> outermostEndingOn = new LinkedHashMap<>();
    statements.stream()
        .sorted(Comparator.comparingLong(s -> positions.getStartPosition(cu, s)))
        .forEach(s -> outermostEndingOn.putIfAbsent(
            cu.getLineMap().getLineNumber(positions.getEndPosition(cu, s) - 1), s));

    Map<StatementTree, Claim> claims = new LinkedHashMap<>();
    List<String> lines = text.lines().toList();
    Comments comments = new Comments();
    long lastCodeLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      Comments.Split split = comments.split(lines.get(i));
      long line = i + 1;
      int pageLine = pageLines[i];
      Claim claim;
      try {
        claim = split.comment() == null ? null : Claim.ofComment(claims.size(), pageLine, split.comment());
      } catch (IllegalArgumentException e) {
        throw broken(snippet, pageLine, e.getMessage());
      }
      if (claim != null) {
        if (givenLines.contains(pageLine)) {
          throw broken(snippet, pageLine, "given code claims nothing; claims are the snippet's");
        }
        long about = split.code().isBlank() ? lastCodeLine : line;
        StatementTree statement = outermostEndingOn.get(about);
        int aboutPageLine = about >= 1 ? pageLines[(int) about - 1] : 0;
        if (statement == null || aboutPageLine == 0 || givenLines.contains(aboutPageLine)) {
          throw broken(snippet, pageLine, "a claim ends the last line of a statement, or stands alone on a line after it");
        }
        Claim before = claims.get(statement);
        if (before != null && (before.exception() != null || claim.exception() != null)) {
          throw broken(snippet, pageLine, "a statement claimed to throw claims nothing else");
        }
        claims.put(statement, before == null ? claim : before.and(claim));
      }
      if (!split.code().isBlank()) {
        lastCodeLine = line;
      }
    }

    // Rewritten from the end, so that the positions of what comes before stay valid.
    StringBuilder out = new StringBuilder(text);
    List<Map.Entry<StatementTree, Claim>> byPosition = new ArrayList<>(claims.entrySet());
    byPosition.sort(Comparator.comparingLong(e -> -positions.getStartPosition(cu, e.getKey())));
    for (int i = 1; i < byPosition.size(); i++) {
      // Sorted by start, descending: a statement that holds a later one starts before it.
      if (positions.getEndPosition(cu, byPosition.get(i).getKey())
          >= positions.getEndPosition(cu, byPosition.get(i - 1).getKey())) {
        throw broken(snippet, byPosition.get(i).getValue().line(),
            "a claimed statement holds another claimed statement (line " + byPosition.get(i - 1).getValue().line()
                + "): claim one of them");
      }
    }
    for (Map.Entry<StatementTree, Claim> e : byPosition) {
      StatementTree s = e.getKey();
      int start = (int) positions.getStartPosition(cu, s);
      int end = (int) positions.getEndPosition(cu, s);
      out.replace(start, end, rewrite(snippet, s, e.getValue(), text, positions, cu));
    }
    return new SnippetProgram(snippet, unit, path, types, out.toString(), pageLines, List.copyOf(claims.values()));
  }

  private static String rewrite(Snippet snippet, StatementTree s, Claim claim, String text,
      SourcePositions positions, CompilationUnitTree cu) {
    String original = text.substring((int) positions.getStartPosition(cu, s), (int) positions.getEndPosition(cu, s));
    int id = claim.id();
    String begin = PROBE + ".begin(" + id + "); ";
    if (s instanceof ExpressionStatementTree es) {
      ExpressionTree x = es.getExpression();
      String expression = text.substring((int) positions.getStartPosition(cu, x), (int) positions.getEndPosition(cu, x));
      if (claim.exception() != null) {
        return PROBE + ".expectThrows(" + id + ", () -> " + expression + ");";
      }
      if (x instanceof AssignmentTree a) {
        return begin + original + " " + value(id, a.getVariable(), text, positions, cu);
      }
      if (x instanceof CompoundAssignmentTree a) {
        return begin + original + " " + value(id, a.getVariable(), text, positions, cu);
      }
      return PROBE + ".show(" + id + ", () -> " + expression + ");";
    }
    if (claim.exception() != null) {
      throw broken(snippet, claim.line(), "only an expression statement can be claimed to throw");
    }
    if (s instanceof VariableTree v) {
      if (v.getInitializer() == null) {
        throw broken(snippet, claim.line(), "a declaration claims its value, so it needs one");
      }
      return begin + original + " " + PROBE + ".value(" + id + ", " + v.getName() + ");";
    }
    return begin + original + " " + PROBE + ".end(" + id + ");";
  }

  private static String value(int id, ExpressionTree variable, String text, SourcePositions positions,
      CompilationUnitTree cu) {
    return PROBE + ".value(" + id + ", "
        + text.substring((int) positions.getStartPosition(cu, variable), (int) positions.getEndPosition(cu, variable))
        + ");";
  }

  private static IllegalArgumentException broken(Snippet snippet, int line, String message) {
    return new IllegalArgumentException(snippet.page() + ":" + line + ": " + message);
  }

  /** Every statement of a block or a case, at any depth. */
  private static List<StatementTree> statements(CompilationUnitTree unit) {
    List<StatementTree> all = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitBlock(BlockTree block, Void p) {
        all.addAll(block.getStatements());
        return super.visitBlock(block, p);
      }

      @Override
      public Void visitCase(CaseTree c, Void p) {
        if (c.getStatements() != null) {
          all.addAll(c.getStatements());
        }
        return super.visitCase(c, p);
      }
    }.scan(unit, null);
    return all;
  }

  private static String join(List<Snippet.Line> lines) {
    StringBuilder s = new StringBuilder();
    lines.forEach(l -> s.append(l.text()).append('\n'));
    return s.toString();
  }

  Snippet snippet() {
    return snippet;
  }

  /** Whether the snippet is a compilation unit as written, rather than statements. */
  boolean isUnit() {
    return unit;
  }

  /** The source file's path, as a class in its package would lie: {@code com/example/X.java}. */
  String path() {
    return path;
  }

  /** The binary names of the top-level types, the statements' class first. */
  List<String> types() {
    return runnable;
  }

  String source() {
    return source;
  }

  List<Claim> claims() {
    return claims;
  }

  /** The page line of a line of the source, or 0 for a line the harness wrote. */
  int pageLine(long sourceLine) {
    return sourceLine >= 1 && sourceLine <= pageLines.length ? pageLines[(int) sourceLine - 1] : 0;
  }

  /** A place in the source as the page names it: {@code README.md:163}. */
  String where(long sourceLine) {
    int line = pageLine(sourceLine);
    return snippet.page() + ":" + (line == 0 ? snippet.fenceLine() + " (code the harness adds)" : line);
  }

  /** Where a line comment begins in a line of Java, outside string, character and text-block literals. */
  static final class Comments {
    private boolean inTextBlock;

    /** A line split into its code and its line comment (null if none). */
    record Split(String code, String comment) {}

    Split split(String line) {
      int i = 0;
      int n = line.length();
      while (i < n) {
        if (inTextBlock) {
          int close = line.indexOf("\"\"\"", i);
          if (close < 0) {
            return new Split(line, null);
          }
          inTextBlock = false;
          i = close + 3;
        } else if (line.startsWith("\"\"\"", i)) {
          inTextBlock = true;
          i += 3;
        } else if (line.charAt(i) == '"' || line.charAt(i) == '\'') {
          char quote = line.charAt(i++);
          while (i < n && line.charAt(i) != quote) {
            i += line.charAt(i) == '\\' ? 2 : 1;
          }
          i++;
        } else if (line.startsWith("//", i)) {
          return new Split(line.substring(0, i), line.substring(i + 2));
        } else {
          i++;
        }
      }
      return new Split(line, null);
    }
  }
}
