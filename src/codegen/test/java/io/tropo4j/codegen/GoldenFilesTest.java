package io.tropo4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The generator's output for the fixture specification, which has one of every type shape, is
 * exactly the reviewed files under {@code src/test/resources/codegen/golden}. After an intended
 * change, {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true} rewrites them for review.
 */
class GoldenFilesTest {
  @Test
  void generatedFilesMatchTheGoldenFiles() throws IOException {
    List<GeneratedFile> files = Fixture.generate();
    if (Boolean.getBoolean("golden.update")) {
      new SourceTree(Fixture.GOLDEN).write(files);
    }
    Map<String, String> expected = new TreeMap<>();
    for (Path path : new SourceTree(Fixture.GOLDEN).javaFiles()) {
      expected.put(Fixture.GOLDEN.relativize(path).toString().replace('\\', '/'),
          Files.readString(path, StandardCharsets.UTF_8));
    }
    Map<String, String> actual = new TreeMap<>();
    files.forEach(file -> actual.put(file.path(), file.content()));
    assertEquals(expected.keySet(), actual.keySet());
    actual.forEach((path, content) -> assertEquals(expected.get(path), content, path));
  }
}
