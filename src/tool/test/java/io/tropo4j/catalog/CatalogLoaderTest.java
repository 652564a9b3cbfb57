package io.tropo4j.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.Templates;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stacks from folders of sources (compiled here, cached) and from class paths (ServiceLoader). */
class CatalogLoaderTest {
  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  private CatalogLoader loader() {
    return new CatalogLoader(dir.resolve("cache"), warnings::add);
  }

  /** A stack class with one bucket; its description is {@code description}. */
  private static String stack(String pkg, String type, String name, String description) {
    return "package " + pkg + ";\n"
        + "import io.tropo4j.core.*;\n"
        + "import io.tropo4j.resources.s3.Bucket;\n"
        + "public final class " + type + " implements Stack {\n"
        + "  public String name() { return \"" + name + "\"; }\n"
        + "  public String summary() { return \"the " + name + " stack\"; }\n"
        + "  public Template build() {\n"
        + "    Template t = new Template().description(\"" + description + "\");\n"
        + "    t.add(new Bucket(\"Data\").retainData());\n"
        + "    return t;\n"
        + "  }\n"
        + "}\n";
  }

  private Path write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static String description(Stack stack) {
    return Catalog.build(stack).description();
  }

  @Test
  void aFolderOfSourcesIsCompiledAndItsStacksFound() throws IOException {
    write("stacks/com/example/Web.java", stack("com.example", "Web", "web", "first"));
    write("stacks/com/example/Api.java", stack("com.example", "Api", "api", "api"));
    CatalogLoader loader = loader();
    Catalog catalog = loader.load(List.of(), List.of(), List.of(dir.resolve("stacks")));
    assertTrue(loader.compiled());
    assertEquals(List.of("api", "web"), catalog.names(), "sorted by name");
    assertEquals("first", description(catalog.find("web").orElseThrow()));
    assertTrue(Templates.toJson(Catalog.build(catalog.find("web").orElseThrow())).contains("\"Data\""));
  }

  @Test
  void anUnchangedFolderIsNotCompiledAgainAndAChangedOneIs() throws IOException {
    Path source = write("stacks/com/example/Web.java", stack("com.example", "Web", "web", "first"));
    CatalogLoader loader = loader();
    loader.load(List.of(), List.of(), List.of(dir.resolve("stacks")));
    assertTrue(loader.compiled());

    CatalogLoader again = loader(); // a new process, the same cache
    Catalog cached = again.load(List.of(), List.of(), List.of(dir.resolve("stacks")));
    assertFalse(again.compiled());
    assertEquals("first", description(cached.find("web").orElseThrow()));

    Files.writeString(source, stack("com.example", "Web", "web", "second"));
    Catalog changed = again.load(List.of(), List.of(), List.of(dir.resolve("stacks")));
    assertTrue(again.compiled());
    assertEquals("second", description(changed.find("web").orElseThrow()));
    try (Stream<Path> compiles = Files.list(onlyChild(dir.resolve("cache")))) {
      assertEquals(1, compiles.count(), "the earlier compile is removed");
    }
  }

  @Test
  void stacksCompileForTheReleaseSetAndItsCompileIsReused() throws IOException {
    write("stacks/com/example/Web.java", stack("com.example", "Web", "web", "web"));
    String before = System.getProperty(SourceCompiler.RELEASE_PROPERTY);
    try {
      System.setProperty(SourceCompiler.RELEASE_PROPERTY, "17");
      CatalogLoader loader = loader();
      loader.load(List.of(), List.of(), List.of(dir.resolve("stacks")));
      assertTrue(loader.compiled());
      byte[] web = Files.readAllBytes(onlyChild(onlyChild(dir.resolve("cache"))).resolve("com/example/Web.class"));
      assertEquals(61, (web[6] & 0xff) << 8 | web[7] & 0xff, "the class file version of Java 17");
      CatalogLoader again = loader();
      again.load(List.of(), List.of(), List.of(dir.resolve("stacks")));
      assertFalse(again.compiled());
    } finally {
      restore(before);
    }
  }

  @Test
  void aReleaseTheStacksCannotCompileForIsNamed() throws IOException {
    write("stacks/com/example/Web.java", stack("com.example", "Web", "web", "web"));
    String before = System.getProperty(SourceCompiler.RELEASE_PROPERTY);
    try {
      System.setProperty(SourceCompiler.RELEASE_PROPERTY, "11");
      CatalogException e = assertThrows(CatalogException.class,
          () -> loader().load(List.of(), List.of(), List.of(dir.resolve("stacks"))));
      assertTrue(e.getMessage().startsWith("tropo4j.stacks.release=11: "), e.getMessage());
    } finally {
      restore(before);
    }
  }

  private static void restore(String release) {
    if (release == null) {
      System.clearProperty(SourceCompiler.RELEASE_PROPERTY);
    } else {
      System.setProperty(SourceCompiler.RELEASE_PROPERTY, release);
    }
  }

  @Test
  void aRemovedSourceLeavesNoStaleClass() throws IOException {
    write("stacks/com/example/Web.java", stack("com.example", "Web", "web", "web"));
    Path api = write("stacks/com/example/Api.java", stack("com.example", "Api", "api", "api"));
    CatalogLoader loader = loader();
    assertEquals(List.of("api", "web"), loader.load(List.of(), List.of(), List.of(dir.resolve("stacks"))).names());
    Files.delete(api);
    assertEquals(List.of("web"), loader.load(List.of(), List.of(), List.of(dir.resolve("stacks"))).names());
  }

  @Test
  void sourcesThatDoNotCompileAreJavacsMessagesWithFileAndLine() throws IOException {
    write("stacks/com/example/Web.java", stack("com.example", "Web", "web", "first"));
    CatalogLoader loader = loader();
    loader.load(List.of(), List.of(), List.of(dir.resolve("stacks")));
    write("stacks/com/example/Broken.java", "package com.example;\nclass Broken {\n  int x = \"text\";\n}\n");

    CatalogException e = assertThrows(CatalogException.class,
        () -> loader.load(List.of(), List.of(), List.of(dir.resolve("stacks"))));
    assertTrue(e.getMessage().startsWith("the stack sources in " + dir.resolve("stacks") + " do not compile:\n"),
        e.getMessage());
    assertTrue(e.getMessage().contains("Broken.java:3: error: incompatible types: String cannot be converted to int"),
        e.getMessage());
    assertTrue(e.getMessage().contains("1 error"), e.getMessage());

    Files.delete(dir.resolve("stacks/com/example/Broken.java"));
    assertFalse(loader.load(List.of(), List.of(), List.of(dir.resolve("stacks"))).stacks().isEmpty());
    assertFalse(loader.compiled(), "the last good compile was kept");
  }

  @Test
  void aStackWithoutAPublicNoArgumentConstructorIsNamedInAWarning() throws IOException {
    write("stacks/com/example/Odd.java", stack("com.example", "Odd", "odd", "odd")
        .replace("public final class Odd implements Stack {", "public final class Odd implements Stack {\n"
            + "  public Odd(String region) {}"));
    Catalog catalog = loader().load(List.of(), List.of(), List.of(dir.resolve("stacks")));
    assertEquals(List.of(), catalog.names());
    assertEquals(List.of("note: com.example.Odd implements Stack but has no public no-argument constructor, "
        + "so it is not in the catalog"), warnings);
  }

  @Test
  void twoStacksOfOneNameAreOneError() throws IOException {
    write("stacks/com/example/Web.java", stack("com.example", "Web", "web", "one"));
    write("stacks/com/example/Site.java", stack("com.example", "Site", "web", "two"));
    CatalogException e = assertThrows(CatalogException.class,
        () -> loader().load(List.of(), List.of(), List.of(dir.resolve("stacks"))));
    assertTrue(e.getMessage().startsWith("stack 'web' is defined twice: by com.example.Site ("), e.getMessage());
    assertTrue(e.getMessage().contains(") and by com.example.Web ("), e.getMessage());
  }

  @Test
  void compiledStacksAreFoundThroughTheirServiceFile() throws IOException {
    write("stacks/com/example/Web.java", stack("com.example", "Web", "web", "from a class path"));
    CatalogLoader loader = loader();
    loader.load(List.of(), List.of(), List.of(dir.resolve("stacks")));
    Path classes = onlyChild(onlyChild(dir.resolve("cache")));
    assertEquals("com.example.Web\n", Files.readString(classes.resolve(SourceCompiler.SERVICE_FILE)));

    Catalog catalog = loader().load(List.of(), List.of(classes), List.of());
    assertEquals("from a class path", description(catalog.find("web").orElseThrow()));
  }

  @Test
  void oneStackClassFromTwoEntriesIsAClash() throws IOException {
    write("stacks/com/example/Web.java", stack("com.example", "Web", "web", "web"));
    CatalogLoader loader = loader();
    loader.load(List.of(), List.of(), List.of(dir.resolve("stacks")));
    Path classes = copy(onlyChild(onlyChild(dir.resolve("cache"))), dir.resolve("packaged"));

    CatalogException e = assertThrows(CatalogException.class,
        () -> loader.load(List.of(), List.of(classes), List.of(dir.resolve("stacks"))));
    assertEquals("stack class com.example.Web is named by two entries: " + dir.resolve("stacks") + " (compiled) and "
        + classes + "; leave one off", e.getMessage());
  }

  @Test
  void aMissingClassPathEntryIsNamed() {
    CatalogException e = assertThrows(CatalogException.class,
        () -> loader().load(List.of(), List.of(dir.resolve("nope.jar")), List.of()));
    assertEquals("class path entry " + dir.resolve("nope.jar") + " does not exist", e.getMessage());
  }

  @Test
  void aFolderWithoutSourcesIsNamed() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    CatalogException e = assertThrows(CatalogException.class,
        () -> loader().load(List.of(), List.of(), List.of(dir.resolve("empty"))));
    assertEquals("stack sources: no .java files in " + dir.resolve("empty"), e.getMessage());
  }

  @Test
  void aStackReadsItsBootScriptFromItsOwnFolder() throws IOException {
    write("stacks/userdata/hello.sh", "#!/bin/sh\necho ${AWS::Region}\n");
    write("stacks/com/example/Boot.java", """
        package com.example;
        import io.tropo4j.core.*;
        import io.tropo4j.resources.ec2.LaunchTemplate;
        public final class Boot implements Stack {
          public String name() { return "boot"; }
          public String summary() { return "boot"; }
          public Template build() {
            Template t = new Template();
            t.add(new LaunchTemplate("Launch").launchTemplateData(
                new LaunchTemplate.LaunchTemplateData().userData(UserData.fromFile("hello.sh"))));
            return t;
          }
        }
        """);
    Catalog catalog = loader().load(List.of(), List.of(), List.of(dir.resolve("stacks")));
    Template template = Catalog.build(catalog.find("boot").orElseThrow());
    assertTrue(Templates.toJson(template).contains("echo ${AWS::Region}"), Templates.toJson(template));
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> tree = Files.walk(from)) {
      for (Path path : tree.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
    return to;
  }

  private static Path onlyChild(Path folder) throws IOException {
    try (Stream<Path> children = Files.list(folder)) {
      List<Path> all = children.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
      assertEquals(1, all.size(), all.toString());
      assertNotEquals(null, all.get(0));
      return all.get(0);
    }
  }
}
