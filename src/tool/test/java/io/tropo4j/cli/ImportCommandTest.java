package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tropo4j.catalog.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  private static final String SMALL = "src/tool/test/resources/importer/small.yaml";
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new Catalog(List.of()), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheClassUnderItsPackageFolder(@TempDir Path dir) throws Exception {
    assertEquals(0, run("import", SMALL, "--name", "SmallStack", "--package", "com.example.stacks", "--out", dir.toString()));
    Path written = dir.resolve("com/example/stacks/SmallStack.java");
    assertEquals(written + "\n", out.toString(StandardCharsets.UTF_8));
    assertEquals(Files.readString(Path.of("src/tool/test/resources/importer/SmallStack.java.golden")), Files.readString(written));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsTheClassWithoutOut() throws Exception {
    assertEquals(0, run("import", SMALL, "--name", "SmallStack", "--package", "com.example.stacks"));
    assertEquals(Files.readString(Path.of("src/tool/test/resources/importer/SmallStack.java.golden")),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aMissingFileIsOneSentence() {
    assertEquals(Main.FAILED, run("import", "no/such.yaml"));
    assertEquals("tropo4j: no/such.yaml: no such file or folder\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aNameThatIsNotAJavaIdentifierIsRefused() {
    assertEquals(Main.USAGE, run("import", SMALL, "--name", "my-stack"));
    assertEquals("tropo4j import: 'my-stack' is not a Java class name\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aTextThatIsNotATemplateSaysWhere(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("notes.yaml"), "Hello: [unclosed\n");
    assertEquals(Main.FAILED, run("import", file.toString()));
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, message.lines().count(), message);
    assertEquals(true, message.startsWith("tropo4j import: " + file + ":"), message);
  }
}
