package io.tropo4j.fn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** The type parameters earn their keep: misuse must not compile, and the correct use must. */
class TypedMisuseTest {
  private static final String HEADER = """
      import io.tropo4j.core.*;
      import io.tropo4j.fn.*;
      import io.tropo4j.testing.*;
      import java.util.List;
      class Snippet {
        void build(Template t) {
          Parameter<List<String>> subnets = t.add(Parameter.of("Subnets", ParameterType.SUBNET_IDS));
          Parameter<String> env = t.add(Parameter.string("Env"));
          Condition isProd = t.add(new Condition("IsProd", Fn.equals(env.ref(), Value.of("prod"))));
          TestBucket bucket = t.add(new TestBucket("Logs"));
      """;

  @Test
  void correctUseCompiles() {
    assertTrue(compile("bucket.bucketName(Fn.select(0, subnets.ref()));"
        + "bucket.bucketName(Fn.ifThen(isProd, bucket.arn(), Fn.noValue()));"
        + "bucket.bucketName(Fn.join(\",\", subnets.ref()));").isEmpty());
  }

  @Test
  void listWhereStringIsWantedDoesNotCompile() {
    assertFalse(compile("bucket.bucketName(subnets.ref());").isEmpty());
    assertFalse(compile("bucket.bucketName(Fn.getAZs());").isEmpty());
  }

  @Test
  void conditionWhereValueIsWantedDoesNotCompile() {
    assertFalse(compile("bucket.bucketName(isProd);").isEmpty());
    assertFalse(compile("bucket.bucketName(Fn.equals(env.ref(), Value.of(\"x\")));").isEmpty());
    assertFalse(compile("Fn.join(\",\", Fn.not(isProd));").isEmpty());
  }

  @Test
  void attributeTheResourceDoesNotHaveDoesNotCompile() {
    List<String> errors = compile("bucket.websiteUrl();");
    assertFalse(errors.isEmpty());
    assertTrue(errors.get(0).contains("websiteUrl"), errors.toString());
  }

  @Test
  void branchesOfIfMustAgree() {
    assertFalse(compile("Fn.ifThen(isProd, Value.of(1), Value.of(\"one\")).writeTo(null);"
        + "bucket.bucketName(Fn.ifThen(isProd, Value.of(1), Value.of(2)));").isEmpty());
  }

  /** Compiles the statements inside a method and returns the error messages. */
  static List<String> compile(String statements) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String source = HEADER + statements + "\n  }\n}\n";
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
        "-d", System.getProperty("java.io.tmpdir") + File.separator + "tropo4j-snippets", "-proc:none");
    new File(options.get(3)).mkdirs();
    compiler.getTask(null, null, diagnostics, options, null, List.of(file)).call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }
}
