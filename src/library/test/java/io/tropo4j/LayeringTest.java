package io.tropo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.tropo4j.testing.SourceText;
import org.junit.jupiter.api.Test;

/**
 * The library's packages depend downward only: fn on nothing, core on fn, check on core and fn,
 * emit on fn, iam (typed policy documents) on fn; {@link Templates}, in the root package, stands above them all. Read from the sources
 * (imports and qualified names, not comments), so a dependency in the wrong direction fails here.
 */
class LayeringTest {
  private static final Path SOURCES = Path.of("src/library/java/io/tropo4j");
  private static final String ROOT = "io.tropo4j";

  /** The other packages each package may use; the root package may use every one. */
  private static final Map<String, Set<String>> MAY_USE = Map.of(
      "fn", Set.of(),
      "core", Set.of("fn"),
      "check", Set.of("fn", "core"),
      "emit", Set.of("fn"),
      "iam", Set.of("fn"),
      "nested", Set.of("fn", "core", "emit"));

  private static final Pattern REFERENCE = Pattern.compile("\\bio\\.tropo4j\\.(\\w+)");

  @Test
  void everyPackageHasAPlaceInTheLayers() throws IOException {
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> children = Files.list(SOURCES)) {
      children.filter(Files::isDirectory).forEach(dir -> packages.add(dir.getFileName().toString()));
    }
    assertEquals(new TreeSet<>(MAY_USE.keySet()), packages, "a new package needs its place in MAY_USE");
  }

  @Test
  void packagesUseOnlyTheLayersBelowThem() throws IOException {
    List<String> violations = new ArrayList<>();
    int files = 0;
    for (Map.Entry<String, Set<String>> layer : MAY_USE.entrySet()) {
      String name = layer.getKey();
      try (Stream<Path> sources = Files.walk(SOURCES.resolve(name))) {
        for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          files++;
          for (String used : references(Files.readString(source, StandardCharsets.UTF_8))) {
            if (!used.equals(name) && !layer.getValue().contains(used)) {
              violations.add(SOURCES.relativize(source) + " uses " + (used.equals(ROOT) ? ROOT : ROOT + "." + used));
            }
          }
        }
      }
    }
    assertTrue(files > 40, "read " + files + " sources; is the working directory the repository root?");
    assertEquals(List.of(), violations);
  }

  @Test
  void referencesComeFromImportsAndCodeNotFromComments() {
    String source = """
        package io.tropo4j.check;

        import io.tropo4j.emit.JsonWriter;
        import static io.tropo4j.core.Tags.of;

        /** Not a dependency: io.tropo4j.deploy. */
        final class Example { // nor io.tropo4j.cli
          Object templates = io.tropo4j.Templates.class;
          String glob = "s3://bucket/*"; Object fn = io.tropo4j.fn.Fn.class; /* io.tropo4j.tool */
          String block = \"""
              // io.tropo4j.stacks, inside a string, is a name the code uses
              \""";
        }
        """;
    assertEquals(Set.of("check", "emit", "core", ROOT, "fn", "stacks"), references(source));
  }

  /** The packages a source names: a lower-case name is a package, an upper-case one a root class. */
  static Set<String> references(String source) {
    Set<String> used = new TreeSet<>();
    Matcher m = REFERENCE.matcher(SourceText.withoutComments(source));
    while (m.find()) {
      String name = m.group(1);
      used.add(Character.isUpperCase(name.charAt(0)) ? ROOT : name);
    }
    return used;
  }
}
