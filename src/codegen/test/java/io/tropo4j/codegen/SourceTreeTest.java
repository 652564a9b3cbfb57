package io.tropo4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeTest {
  @TempDir Path root;

  @Test
  void writesOnlyWhatChangedAndDeletesWhatIsGone() throws Exception {
    SourceTree tree = new SourceTree(root);
    assertEquals(new SourceTree.Summary(2, 0, 0), tree.write(List.of(
        new GeneratedFile("a/A.java", "class A {}\n"), new GeneratedFile("b/B.java", "class B {}\n"))));
    Path a = root.resolve("a/A.java");
    FileTime before = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(a, before);

    assertEquals(new SourceTree.Summary(1, 1, 1), tree.write(List.of(
        new GeneratedFile("a/A.java", "class A {}\n"), new GeneratedFile("c/C.java", "class C {}\n"))));
    assertEquals(before, Files.getLastModifiedTime(a), "an unchanged file is not touched");
    assertFalse(Files.exists(root.resolve("b")), "a stale file and its empty folder are removed");
    assertEquals(List.of(a, root.resolve("c/C.java")), tree.javaFiles());
  }
}
