package dev.parkdata.docs;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The JDK's compiler, in process: parses a source for {@link SnippetProgram} and compiles one
 * into classes held in memory, against the class path the tests run on, with the options the
 * project's own code compiles with ({@code -Xlint:all -Werror}, release 17).
 */
final class Javac implements AutoCloseable {
  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final StandardJavaFileManager files;
  private final List<String> options;

  /** A parsed source and its errors (a statement snippet is no compilation unit). */
  record Parsed(CompilationUnitTree unit, SourcePositions positions, List<Diagnostic<? extends JavaFileObject>> errors) {}

  /** Compiled classes, or the compiler's diagnostics. */
  record Compiled(Map<String, byte[]> classes, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    boolean succeeded() {
      return !classes.isEmpty() && diagnostics.stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    }
  }

  Javac(String classPath) {
    if (compiler == null) {
      throw new IllegalStateException("the documentation test needs a JDK, not a JRE: no system Java compiler");
    }
    files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    options = List.of("--release", "17", "-proc:none", "-Xlint:all", "-Werror", "-g", "-classpath", classPath);
  }

  Parsed parse(String path, String source) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, List.of("-proc:none"), null,
        List.of(new Source(path, source)));
    try {
      Iterator<? extends CompilationUnitTree> units = task.parse().iterator();
      List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
      return new Parsed(units.next(), Trees.instance(task).getSourcePositions(), errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Compiled compile(String path, String source) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, byte[]> classes = new HashMap<>();
    ForwardingJavaFileManager<StandardJavaFileManager> inMemory = new ForwardingJavaFileManager<>(files) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
              @Override
              public void close() {
                classes.put(className, toByteArray());
              }
            };
          }
        };
      }
    };
    Boolean ok = compiler.getTask(null, inMemory, diagnostics, options, null, List.of(new Source(path, source))).call();
    return new Compiled(ok ? classes : Map.of(), new ArrayList<>(diagnostics.getDiagnostics()));
  }

  /** Loads compiled classes, with the test's own classes (the class path) as the parent. */
  static ClassLoader loader(Map<String, byte[]> classes) {
    return new ClassLoader("snippet", Javac.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  @Override
  public void close() throws IOException {
    files.close();
  }

  /** A source file held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("string:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
