package io.tropo4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles Java sources held in memory against the test class path, with javac's warnings as the build has them. */
public final class Compiler {
  /** What javac said, and where the classes went. */
  public record Result(List<String> errors, List<String> warnings, Path classes) {
    public boolean ok() {
      return errors.isEmpty();
    }

    /** A class loader over the compiled classes and the test class path. */
    public ClassLoader loader() {
      try {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Compiler.class.getClassLoader());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Compiler() {}

  /** @param sources path of each file (e.g. {@code a/b/C.java}) to its text */
  public static Result compile(Map<String, String> sources) {
    try {
      Path classes = Files.createTempDirectory(Files.createDirectories(Path.of("target", "compiled")), "snippet");
      JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<JavaFileObject> files = new ArrayList<>();
      sources.forEach((path, text) -> files.add(source(path, text)));
      List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
          "-d", classes.toString(), "-proc:none", "-Xlint:all,-serial,-processing", "-encoding", "UTF-8");
      compiler.getTask(null, null, diagnostics, options, null, files).call();
      List<String> errors = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(where + d.getMessage(Locale.ROOT));
        } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
          warnings.add(where + d.getMessage(Locale.ROOT));
        }
      }
      return new Result(errors, warnings, classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject source(String path, String text) {
    return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
