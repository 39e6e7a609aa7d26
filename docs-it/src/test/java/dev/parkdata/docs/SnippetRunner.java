package dev.parkdata.docs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Compiles a snippet, runs it for at most {@link #TIME_LIMIT} with its standard output captured,
 * and checks its claims; fails with an {@link AssertionError} that names the page's lines.
 */
final class SnippetRunner implements AutoCloseable {

  /** How long a snippet may run. */
  static final Duration TIME_LIMIT = Duration.ofSeconds(60);

  private final Javac javac;
  private final DefaultImports imports;
  private final Duration timeLimit;

  SnippetRunner(String classPath, Duration timeLimit) {
    this.javac = new Javac(classPath);
    this.imports = DefaultImports.of(classPath, SnippetRunner.class.getClassLoader());
    this.timeLimit = timeLimit;
  }

  /** Compiles, runs and checks one snippet: returns what it printed, or throws AssertionError. */
  String check(Snippet snippet) {
    SnippetProgram program;
    try {
      program = SnippetProgram.of(snippet, imports, javac);
    } catch (IllegalArgumentException e) {
      throw new AssertionError(snippet.name() + " breaks the convention: " + e.getMessage(), e);
    }
    Javac.Compiled compiled = javac.compile(program.path(), program.source());
    if (!compiled.succeeded()) {
      throw new AssertionError(snippet.name() + " does not compile:\n" + diagnostics(program, compiled.diagnostics()));
    }
    if (!snippet.runs()) {
      if (!program.claims().isEmpty()) {
        throw new AssertionError(program.snippet().page() + ":" + program.claims().get(0).line()
            + ": a no-run snippet cannot have its claims checked; run it, or say it in prose");
      }
      return "";
    }
    ClassLoader loader = Javac.loader(compiled.classes());
    try (SnippetProbe.Recording recording = new SnippetProbe.Recording()) {
      Throwable failure = runWithin(() -> run(program, loader), loader);
      if (failure != null) {
        throw new AssertionError(snippet.name() + " failed at " + location(program, failure) + ": " + failure
            + printed(recording), failure);
      }
      List<String> mismatches = new ArrayList<>();
      for (Claim claim : program.claims()) {
        String mismatch = claim.mismatch(recording);
        if (mismatch != null) {
          mismatches.add(snippet.page() + ":" + claim.line() + ": " + mismatch);
        }
      }
      if (!mismatches.isEmpty()) {
        throw new AssertionError(snippet.name() + ": not what its comments claim:\n" + String.join("\n", mismatches)
            + printed(recording));
      }
      return recording.all();
    }
  }

  /** Runs the program's main method, or else the tests it declares. */
  private static void run(SnippetProgram program, ClassLoader loader) throws Throwable {
    List<Class<?>> types = new ArrayList<>();
    for (String type : program.types()) {
      types.add(Class.forName(type, true, loader));
    }
    Optional<Method> main = types.stream().flatMap(t -> mainMethod(t).stream()).findFirst();
    if (main.isPresent()) {
      try {
        main.get().invoke(null, (Object) new String[0]);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return;
    }
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(types.stream().map(DiscoverySelectors::selectClass).toList())
        .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    if (summary.getTestsFoundCount() == 0) {
      throw new AssertionError("nothing to run: no main method and no tests; mark it " + Snippet.NO_RUN
          + " if it is only to compile");
    }
    if (summary.getTotalFailureCount() > 0 || summary.getTestsSucceededCount() != summary.getTestsFoundCount()) {
      StringWriter report = new StringWriter();
      summary.printTo(new PrintWriter(report));
      summary.printFailuresTo(new PrintWriter(report), 20);
      throw new AssertionError("its tests fail:\n" + report);
    }
  }

  private static Optional<Method> mainMethod(Class<?> type) {
    try {
      Method main = type.getMethod("main", String[].class);
      return Modifier.isStatic(main.getModifiers()) ? Optional.of(main) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /** A snippet's run, on a thread of its own, stopped after the time limit. */
  @FunctionalInterface
  private interface Body {
    void run() throws Throwable;
  }

  private Throwable runWithin(Body body, ClassLoader loader) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(() -> {
      try {
        body.run();
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "snippet");
    thread.setDaemon(true);
    thread.setContextClassLoader(loader);
    thread.start();
    try {
      thread.join(timeLimit.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      thread.interrupt();
      return e;
    }
    if (thread.isAlive()) {
      thread.interrupt();
      return new AssertionError("still running after " + timeLimit.toSeconds() + " s, the limit a snippet has");
    }
    return failure.get();
  }

  /** The first line of the snippet's own code in the exception's stack. */
  private static String location(SnippetProgram program, Throwable failure) {
    String file = program.path().substring(program.path().lastIndexOf('/') + 1);
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (file.equals(frame.getFileName())) {
        return program.where(frame.getLineNumber());
      }
    }
    return program.snippet().name();
  }

  private static String diagnostics(SnippetProgram program, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    StringBuilder s = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      long line = d.getLineNumber();
      s.append(line > 0 ? program.where(line) : program.snippet().name()).append(": ")
          .append(d.getKind().toString().toLowerCase(Locale.ROOT)).append(": ").append(d.getMessage(Locale.ROOT))
          .append('\n');
      int pageLine = program.pageLine(line);
      Stream.concat(program.snippet().given().stream(), program.snippet().code().stream())
          .filter(l -> l.number() == pageLine && pageLine > 0)
          .forEach(l -> s.append("    ").append(l.text().strip()).append('\n'));
    }
    if (diagnostics.isEmpty()) {
      s.append("(no diagnostics: the compiler wrote no class)\n");
    }
    return s.toString();
  }

  private static String printed(SnippetProbe.Recording recording) {
    String all = recording.all();
    return all.isEmpty() ? "\n(it printed nothing)" : "\nit printed:\n" + all;
  }

  @Override
  public void close() throws IOException {
    javac.close();
  }
}
