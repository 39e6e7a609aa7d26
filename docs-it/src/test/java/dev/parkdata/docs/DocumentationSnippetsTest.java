package dev.parkdata.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java snippet of {@code README.md} and {@code docs/*.md}, compiled and run as a test of its
 * own named by its page and line ({@code README.md:156}), its results checked against what its
 * comments claim. A snippet that another page or section adds is found and run with no change here.
 *
 * <h2>How a snippet is written</h2>
 *
 * <ul>
 *   <li><b>Statements.</b> A fenced block with the info string {@code java} holds statements: they
 *       run as the body of a {@code main} method. A block that declares a type (a compilation
 *       unit, such as a JUnit test class) is compiled as the file it is, with its own imports, and
 *       runs its {@code main} method, or else its tests on the JUnit Platform.
 *   <li><b>Imports.</b> A statement snippet may begin with import lines. Besides those it imports on
 *       demand every package that a parkdata module on the class path exports, and {@code
 *       java.io}, {@code java.math}, {@code java.net}, {@code java.nio.file}, {@code java.time},
 *       {@code java.util}, {@code java.util.function} and {@code java.util.stream}. Where parkdata
 *       and the JDK both have a simple name, it means parkdata's type ({@code Period} is {@code
 *       dev.parkdata.observation.Period}, {@code Path} is {@code dev.parkdata.validation.Path})
 *       unless the snippet imports the JDK's itself ({@code import java.nio.file.Path;}).
 *       See {@link DefaultImports}.
 *   <li><b>Claims: {@code // → text}.</b> At the end of a statement's last line, and on lines of
 *       their own right after it (one a line of output), the text after the arrow is what the
 *       statement prints: for an expression with a value, that value as {@code System.out.println}
 *       prints it; for a declaration, the declared variable's value; for any other statement (a
 *       {@code void} call such as {@code println}, a loop), what it prints. Text after {@code " — "}
 *       is prose about the claim, not part of it ({@code // → 47775 — exactly}); trailing white
 *       space is ignored.
 *   <li><b>Claims: {@code // throws Name}.</b> The statement, an expression, throws an exception
 *       whose class's simple name is {@code Name}; the snippet then goes on.
 *   <li><b>Prose.</b> Any other comment is prose and is not checked. A result stated in a comment
 *       is written as a claim, so that it is checked.
 *   <li><b>Given code.</b> An HTML comment directly above the fence, {@code <!-- given: … -->},
 *       holds statements that run before the snippet's, hidden where the page is rendered. It
 *       gives only what the text around the snippet takes as given (a dataset, a data source, an
 *       input file), and claims nothing.
 *   <li><b>{@code java no-run}.</b> A block that needs what a test cannot have (a server, a
 *       user's file) is compiled and not run; it makes no claims.
 * </ul>
 *
 * <p>Each snippet compiles with {@code -Xlint:all -Werror} for release 17 against this module's
 * test class path (every module a snippet uses is a test dependency of docs-it), runs for at
 * most {@link SnippetRunner#TIME_LIMIT} in {@code docs-it/target/snippet-files} (where a relative
 * path such as {@code parks.json} resolves), with its standard output captured. It fails if it
 * does not compile, if a statement throws that is not claimed to, if a claim is not what its
 * statement printed or its statement never ran, if a claim ends no statement, and if the info
 * string has a word other than {@code no-run}; every failure names the page's line.
 */
class DocumentationSnippetsTest {
  private static SnippetRunner runner;

  @BeforeAll
  static void compiler() {
    runner = new SnippetRunner(System.getProperty("java.class.path"), SnippetRunner.TIME_LIMIT);
  }

  @AfterAll
  static void close() throws Exception {
    runner.close();
  }

  /** The repository's root: where README.md is. */
  static Path root() {
    String configured = System.getProperty("parkdata.docs.root");
    Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("README.md")) && Files.isDirectory(d.resolve("docs-it"))) {
        return d;
      }
    }
    throw new IllegalStateException("no README.md above " + dir + "; set parkdata.docs.root");
  }

  /** README.md, then every page of docs/, by name. */
  static List<Snippet> snippets() throws IOException {
    Path root = root();
    List<Snippet> all = new ArrayList<>(Snippet.read(root.resolve("README.md"), "README.md"));
    try (Stream<Path> pages = Files.list(root.resolve("docs"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        all.addAll(Snippet.read(page, "docs/" + page.getFileName()));
      }
    }
    return all;
  }

  @TestFactory
  Stream<DynamicTest> everySnippetDoesWhatItsCommentsClaim() throws IOException {
    Path root = root();
    return snippets().stream().map(s -> DynamicTest.dynamicTest(s.name(),
        URI.create(root.resolve(s.page()).toUri() + "?line=" + s.fenceLine()), () -> runner.check(s)));
  }

  @Test
  void theSnippetsAreFound() throws IOException {
    List<Snippet> snippets = snippets();
    // As many as the README had when the harness came: a reader that finds fewer is broken.
    assertThat(snippets.stream().filter(s -> s.page().equals("README.md"))).hasSizeGreaterThanOrEqualTo(10);
    assertThat(snippets.stream().map(Snippet::page)).contains("docs/places.md", "docs/series.md");
    assertThat(snippets).allSatisfy(s -> assertThat(s.code()).isNotEmpty());
  }
}
