package io.tropo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.tropo4j.testing.SourceText;
import org.junit.jupiter.api.Test;

/**
 * The tool's packages depend as the design says: the command line uses the deployer's API package
 * and never its internal packages or the AWS SDK; the deployer's internal packages use the API's
 * types and the packages below them, never the command line; the template reader, the catalog and
 * the importer stand apart. The deployer's public API speaks the SDK only through
 * {@code AwsClients}, and names no emulator. Read from the sources (imports and qualified names, not
 * comments), as the library's {@code LayeringTest} reads its own.
 */
class ToolLayeringTest {
  private static final Path SOURCES = Path.of("src/tool/java/io/tropo4j");
  private static final Set<String> LIBRARY = Set.of("io.tropo4j", "io.tropo4j.fn", "io.tropo4j.core",
      "io.tropo4j.check", "io.tropo4j.emit", "io.tropo4j.resources", "io.tropo4j.iam", "io.tropo4j.nested");

  /** The tool's packages, and the others of the tool each may use. */
  private static final Map<String, Set<String>> MAY_USE = Map.of(
      "read", Set.of(),
      "catalog", Set.of(),
      "importer", Set.of("read"),
      "deploy", Set.of("deploy.cloudformation", "deploy.release", "deploy.ecs", "deploy.diff", "deploy.stackset", "read",
          "catalog"),
      "deploy.cloudformation", Set.of("deploy", "read"),
      "deploy.release", Set.of("deploy", "deploy.cloudformation"),
      "deploy.ecs", Set.of("deploy", "deploy.cloudformation"),
      "deploy.diff", Set.of("deploy", "read"),
      "deploy.stackset", Set.of("deploy", "deploy.cloudformation", "deploy.diff", "read", "catalog"),
      "cli", Set.of("deploy", "read", "catalog", "importer"));

  private static final Pattern REFERENCE = Pattern.compile("\\bio\\.tropo4j(\\.[a-z]\\w*)*");
  private static final Pattern EMULATORS = Pattern.compile("moto|ministack|localstack", Pattern.CASE_INSENSITIVE);

  @Test
  void everyPackageHasAPlaceInTheLayers() throws IOException {
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> dirs = Files.walk(SOURCES)) {
      dirs.filter(Files::isDirectory).filter(d -> !d.equals(SOURCES)).filter(ToolLayeringTest::hasSources)
          .forEach(d -> packages.add(SOURCES.relativize(d).toString().replace('/', '.')));
    }
    assertEquals(new TreeSet<>(MAY_USE.keySet()), packages, "a new package needs its place in MAY_USE");
  }

  @Test
  void packagesUseOnlyWhatTheirLayerAllows() throws IOException {
    List<String> violations = new ArrayList<>();
    int files = 0;
    for (Map.Entry<String, Set<String>> layer : MAY_USE.entrySet()) {
      for (Path source : sources(layer.getKey())) {
        files++;
        String code = SourceText.withoutComments(Files.readString(source, StandardCharsets.UTF_8));
        for (String used : references(code)) {
          if (!used.equals(layer.getKey()) && !layer.getValue().contains(used)) {
            violations.add(SOURCES.relativize(source) + " uses io.tropo4j." + used);
          }
        }
        if (layer.getKey().equals("cli") && code.contains("software.amazon.awssdk")) {
          violations.add(SOURCES.relativize(source) + " uses the AWS SDK; the command line goes through deploy");
        }
      }
    }
    assertTrue(files > 100, "read " + files + " sources; is the working directory the repository root?");
    assertEquals(List.of(), violations);
  }

  /** The API's types speak the deployer's own words: the SDK only where the clients are made. */
  @Test
  void theDeployersPublicTypesExposeNoSdkTypeButItsClients() throws IOException {
    List<String> leaks = new ArrayList<>();
    for (Path source : sources("deploy")) {
      String code = SourceText.withoutComments(Files.readString(source, StandardCharsets.UTF_8));
      boolean isPublic = Pattern.compile("^public (final |abstract )?(class|record|interface|enum) ", Pattern.MULTILINE)
          .matcher(code).find();
      if (isPublic && !source.getFileName().toString().equals("AwsClients.java")
          && code.contains("software.amazon.awssdk")) {
        leaks.add(SOURCES.relativize(source).toString());
      }
    }
    assertEquals(List.of(), leaks);
  }

  /** What works on every emulator is what AWS documents: no branch of the deployer names one. */
  @Test
  void theDeployerNamesNoEmulator() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> all = Files.walk(SOURCES.resolve("deploy"))) {
      for (Path source : all.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        Matcher m = EMULATORS.matcher(SourceText.withoutComments(Files.readString(source, StandardCharsets.UTF_8)));
        while (m.find()) {
          found.add(SOURCES.relativize(source) + ": " + m.group().toLowerCase(Locale.ROOT));
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void referencesNameTheDeployersPackagesAndSkipTheLibrarys() {
    assertEquals(Set.of("deploy.release", "deploy", "read"), references(SourceText.withoutComments("""
        import io.tropo4j.deploy.release.GitSource;
        import io.tropo4j.deploy.Deployer;
        import io.tropo4j.core.Template;
        import io.tropo4j.resources.s3.Bucket;
        // io.tropo4j.cli in a comment is no use
        class X { Object o = io.tropo4j.read.Node.class; }
        """)));
  }

  /** The tool's packages a source names; the library's and the JDK's are free to use. */
  static Set<String> references(String code) {
    Set<String> used = new TreeSet<>();
    Matcher m = REFERENCE.matcher(code);
    while (m.find()) {
      String name = m.group();
      if (LIBRARY.contains(name) || name.startsWith("io.tropo4j.resources.") || name.startsWith("io.tropo4j.iam.")) {
        continue;
      }
      String rest = name.substring("io.tropo4j.".length());
      if (rest.startsWith("deploy.")) {
        String[] parts = rest.split("\\.");
        used.add(parts.length > 1 && MAY_USE.containsKey("deploy." + parts[1]) ? "deploy." + parts[1] : "deploy");
      } else {
        used.add(rest.split("\\.")[0]);
      }
    }
    return used;
  }

  private static List<Path> sources(String layer) throws IOException {
    try (Stream<Path> files = Files.list(SOURCES.resolve(layer.replace('.', '/')))) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static boolean hasSources(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
