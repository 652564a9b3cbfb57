package io.tropo4j.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template tropo4j emits into output/ reads back, and its JSON and YAML give one model. */
class OutputTemplatesTest {
  static Stream<String> stacks() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("output"))) {
      List<String> stacks = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
      assertTrue(stacks.size() >= 5, "the catalog's templates are in output/: " + stacks);
      return stacks.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void jsonAndYamlReadAsEqualModels(String stack) throws IOException {
    TemplateDocument json = TemplateReader.read(Path.of("output", stack + ".json"));
    TemplateDocument yaml = TemplateReader.read(Path.of("output", stack + ".yaml"));
    assertEquals(TemplateDocument.Format.JSON, json.format());
    assertEquals(TemplateDocument.Format.YAML, yaml.format());
    assertEquals(json.root().toPrettyJson(), yaml.root().toPrettyJson()); // shows where, if they differ
    assertEquals(json, yaml);
    assertTrue(json.resources().size() > 0);
  }

  /** The long form written back is the file itself, key order and all: nothing was lost in reading. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void theJsonWrittenBackIsTheFile(String stack) throws IOException {
    String text = Files.readString(Path.of("output", stack + ".json"));
    assertEquals(text.strip(), TemplateReader.read(text, stack + ".json").root().toPrettyJson());
  }
}
