package dev.parkdata.docs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What a running snippet's claimed statements printed. {@link SnippetProgram} rewrites each
 * statement that carries a claim into a call of this class, which marks where the statement's
 * output begins and ends in the captured standard output; a statement claimed to throw is run
 * here and its exception recorded. Public only because the snippets, compiled into the unnamed
 * package, call it.
 */
@SuppressWarnings("overloads") // show(Value) and show(Action) differ only in the lambda's result: that is their point
public final class SnippetProbe {

  /** A claimed expression with a value. */
  @FunctionalInterface
  public interface Value {
    /** Evaluates the expression. */
    Object get() throws Throwable;
  }

  /** A claimed expression without one (a {@code void} call). */
  @FunctionalInterface
  public interface Action {
    /** Runs the expression. */
    void run() throws Throwable;
  }

  private static Recording current;

  private SnippetProbe() {}

  /** Standard output while one snippet runs, and the part of it each claimed statement wrote. */
  static final class Recording implements AutoCloseable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final PrintStream saved = System.out;
    private final Map<Integer, Integer> open = new HashMap<>();
    private final Map<Integer, StringBuilder> printed = new HashMap<>();
    private final Map<Integer, String> outcomes = new HashMap<>();

    Recording() {
      synchronized (SnippetProbe.class) {
        if (current != null) {
          throw new IllegalStateException("one snippet runs at a time: System.out is global");
        }
        current = this;
        System.setOut(out);
      }
    }

    /** What the statement of claim {@code id} printed (all its runs), or null if it never ran. */
    synchronized String printed(int id) {
      StringBuilder s = printed.get(id);
      return s == null ? null : s.toString();
    }

    /** For a claim of an exception: "throws Name", or what happened instead. Null if never run. */
    synchronized String outcome(int id) {
      return outcomes.get(id);
    }

    /** Everything the snippet printed. */
    synchronized String all() {
      out.flush();
      return bytes.toString(StandardCharsets.UTF_8);
    }

    private synchronized void begin(int id) {
      out.flush();
      open.put(id, bytes.size());
    }

    private synchronized void end(int id) {
      out.flush();
      Integer start = open.remove(id);
      if (start == null) {
        throw new IllegalStateException("claim " + id + " ended without beginning");
      }
      byte[] all = bytes.toByteArray();
      printed.computeIfAbsent(id, k -> new StringBuilder())
          .append(new String(all, start, all.length - start, StandardCharsets.UTF_8));
    }

    private synchronized void outcome(int id, String outcome) {
      outcomes.putIfAbsent(id, outcome);
    }

    @Override
    public void close() {
      synchronized (SnippetProbe.class) {
        System.setOut(saved);
        current = null;
      }
    }
  }

  private static Recording recording() {
    synchronized (SnippetProbe.class) {
      if (current == null) {
        throw new IllegalStateException("a snippet runs only inside the documentation test");
      }
      return current;
    }
  }

  /** Marks where the output of the statement of claim {@code id} begins. */
  public static void begin(int id) {
    recording().begin(id);
  }

  /** Marks where it ends. */
  public static void end(int id) {
    recording().end(id);
  }

  /** Ends a declaration's output with the declared variable's value, as println prints it. */
  public static void value(int id, Object value) {
    System.out.println(text(value));
    end(id);
  }

  /** Runs a claimed expression and prints its value as println does. */
  public static void show(int id, Value expression) {
    begin(id);
    Object value;
    try {
      value = expression.get();
    } catch (Throwable t) {
      throw SnippetProbe.<RuntimeException>rethrow(t);
    }
    value(id, value);
  }

  /** Runs a claimed {@code void} expression: what it prints is its output. */
  public static void show(int id, Action expression) {
    begin(id);
    try {
      expression.run();
    } catch (Throwable t) {
      throw SnippetProbe.<RuntimeException>rethrow(t);
    }
    end(id);
  }

  /**
   * Throws {@code t} as it is, checked or not: a claimed statement throws what it would throw
   * unclaimed, in a method (a snippet's {@code main}) that may not declare it.
   */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T rethrow(Throwable t) throws T {
    throw (T) t;
  }

  /** Runs an expression claimed to throw and records what it did. */
  public static void expectThrows(int id, Value expression) {
    try {
      recording().outcome(id, "returned " + text(expression.get()));
    } catch (Throwable t) {
      recording().outcome(id, thrown(t));
    }
  }

  /** Runs a {@code void} expression claimed to throw and records what it did. */
  public static void expectThrows(int id, Action expression) {
    try {
      expression.run();
      recording().outcome(id, "completed without an exception");
    } catch (Throwable t) {
      recording().outcome(id, thrown(t));
    }
  }

  /** How an outcome names an exception, the form a claim compares with. */
  static String thrown(Throwable t) {
    return "throws " + t.getClass().getSimpleName();
  }

  /** A value as {@code System.out.println} prints it; arrays by their elements. */
  static String text(Object value) {
    if (value != null && value.getClass().isArray()) {
      String all = Arrays.deepToString(new Object[] {value});
      return all.substring(1, all.length() - 1);
    }
    return String.valueOf(value);
  }
}
