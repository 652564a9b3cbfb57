package io.tropo4j.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The small specification whose generated code is checked in as golden files. */
final class Fixture {
  static final Path SPEC = Path.of("src/codegen/test/resources/codegen/fixture-spec.json");
  static final Path GOLDEN = Path.of("src/codegen/test/resources/codegen/golden");

  private Fixture() {}

  static Spec spec() {
    try {
      return SpecReader.read(SPEC);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<GeneratedFile> generate() {
    return Generator.generate(spec());
  }

  static Map<String, String> sources() {
    Map<String, String> sources = new LinkedHashMap<>();
    generate().forEach(file -> sources.put(file.path(), file.content()));
    return sources;
  }
}
