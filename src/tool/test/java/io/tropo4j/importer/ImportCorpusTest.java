package io.tropo4j.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.Templates;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.emit.JsonWriter;
import io.tropo4j.read.MapNode;
import io.tropo4j.read.TemplateDocument;
import io.tropo4j.read.TemplateReadException;
import io.tropo4j.read.TemplateReader;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip over the corpus (the catalog's output/ and the public templates under
 * import-corpus/, see its SOURCE.md): each template is imported, every class compiled in one javac
 * call, built and written as JSON without validation, and the written template read back must equal
 * the file in meaning ({@link Normalised}). The templates that cannot make the trip are listed with
 * their reasons, so a new failure fails the test, and so does a fixed one until it leaves the list.
 */
class ImportCorpusTest {
  private static final Path CORPUS = Path.of("src/tool/test/resources/import-corpus");

  private static final String PUBLIC = CORPUS + "/aws-cloudformation-templates/";
  private static final String FOR_EACH = "import: the template loops with Fn::ForEach, which tropo4j has no form of";
  private static final String WHY_FOR_EACH = "Fn::ForEach (AWS::LanguageExtensions) makes resources and outputs from a"
      + " loop; tropo4j builds templates in Java, where a loop is a for statement, and has no object for the macro's loop";
  private static final String ASSET = "import: rule PeerRoleValidation has an assertion with AssetDescription, which"
      + " CloudFormation's rules do not";
  private static final String WHY_ASSET = "the template misspells AssertDescription; tropo4j's Rule has no place for an"
      + " unknown key, and the importer refuses rather than drop it";

  /** Templates that do not round-trip: file, the failure as the test reports it, and why. */
  static final Map<String, Expected> EXPECTED_FAILURES = Map.ofEntries(
      expected("CloudFormation/fn-foreach-ddb.json", FOR_EACH, WHY_FOR_EACH),
      expected("CloudFormation/fn-foreach-ddb.yaml", FOR_EACH, WHY_FOR_EACH),
      expected("CloudFormation/fn-foreach-s3-outputs.json", FOR_EACH, WHY_FOR_EACH),
      expected("CloudFormation/fn-foreach-s3-outputs.yaml", FOR_EACH, WHY_FOR_EACH),
      expected("Solutions/VPCPeering/templates/VPCPeering-Requester-Setup.cfn.json", ASSET, WHY_ASSET),
      expected("Solutions/VPCPeering/templates/VPCPeering-Requester-Setup.cfn.yaml", ASSET, WHY_ASSET),
      expected("Solutions/VPCPeering/templates/VPCPeering-Requester.main.cfn.json", ASSET, WHY_ASSET),
      expected("Solutions/VPCPeering/templates/VPCPeering-Requester.main.cfn.yaml", ASSET, WHY_ASSET));

  record Expected(String failure, String reason) {}

  private static Map.Entry<String, Expected> expected(String file, String failure, String reason) {
    return Map.entry(PUBLIC + file, new Expected(failure, reason));
  }

  @Test
  void everyTemplateImportsCompilesAndRoundTrips(@TempDir Path classes) throws Exception {
    List<Path> files = corpus();
    assertTrue(files.size() >= 110, "the corpus has the catalog's templates and 100 public ones: " + files.size());
    StackImporter importer = new StackImporter();
    Map<String, String> failures = new TreeMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, String> fileOfClass = new LinkedHashMap<>();
    Map<String, TemplateDocument> documents = new LinkedHashMap<>();
    for (Path file : files) {
      String name = file.toString().replace('\\', '/');
      TemplateDocument document;
      try {
        document = TemplateReader.read(Files.readString(file), name);
      } catch (TemplateReadException e) {
        failures.put(name, "read: " + e.getMessage());
        continue;
      }
      String className = "corpus." + StackImporter.className(name.replace('/', '-').replace('.', '-'));
      try {
        sources.put(className, importer.toJava(document, "corpus", className.substring("corpus.".length())));
        fileOfClass.put(className, name);
        documents.put(name, document);
      } catch (ImportException e) {
        failures.put(name, "import: " + e.getMessage());
      }
    }
    long started = System.nanoTime();
    Map<String, String> errors = InMemoryCompiler.compile(sources, classes);
    long compiled = System.nanoTime();
    if (!errors.isEmpty()) {
      for (Map.Entry<String, String> error : errors.entrySet()) {
        failures.put(fileOfClass.get(error.getKey()), "compile: " + error.getValue());
        sources.remove(error.getKey());
      }
      assertEquals(Map.of(), InMemoryCompiler.compile(sources, classes), "the rest compiles on its own");
    }
    int valid = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (String className : sources.keySet()) {
        String name = fileOfClass.get(className);
        Template template;
        try {
          template = ((Stack) loader.loadClass(className).getConstructor().newInstance()).build();
        } catch (RuntimeException e) {
          failures.put(name, "build: " + e);
          continue;
        }
        MapNode written = TemplateReader.read(JsonWriter.write(template), name + ".json").root();
        String difference = Normalised.firstDifference(Normalised.template(documents.get(name).root()),
            Normalised.template(written), "");
        if (difference != null) {
          failures.put(name, "differs: " + difference);
        }
        valid += validates(template) ? 1 : 0;
      }
    }
    int passed = files.size() - failures.size();
    System.out.printf("import corpus: %d of %d templates round-trip (%.1f %%); %d of the imported pass validation;"
        + " javac %d ms, build and compare %d ms%n", passed, files.size(), 100.0 * passed / files.size(), valid,
        (compiled - started) / 1_000_000, (System.nanoTime() - compiled) / 1_000_000);
    StringBuilder report = new StringBuilder();
    for (Map.Entry<String, String> failure : failures.entrySet()) {
      Expected expected = EXPECTED_FAILURES.get(failure.getKey());
      if (expected == null || !failure.getValue().equals(expected.failure())) {
        report.append("\n    \"").append(failure.getKey()).append("\", \"").append(failure.getValue().replace("\"", "\\\"")).append("\"");
      }
    }
    for (String expected : EXPECTED_FAILURES.keySet()) {
      if (!failures.containsKey(expected)) {
        report.append("\n  now passes: ").append(expected);
      }
    }
    assertEquals("", report.toString(), "failures differ from EXPECTED_FAILURES");
    assertTrue(passed * 100 >= files.size() * 95, "at least 95 % round-trip: " + passed + " of " + files.size());
  }

  private static boolean validates(Template template) {
    try {
      return Templates.validate(template).isEmpty();
    } catch (RuntimeException e) { // InvalidTemplateException among them
      return false;
    }
  }

  /** The catalog's templates in output/, both formats, and the vendored public templates. */
  static List<Path> corpus() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Path.of("output"), CORPUS)) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(json|yaml|yml)$")).sorted()
            .forEach(files::add);
      }
    }
    return files;
  }
}
