package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.core.SourceDirectory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceBundleTest {
  private static final SourceDirectory SOURCE = new SourceDirectory("src/app", "app/", "Bucket", "Key");
  @TempDir Path repo;
  private Git git;

  @BeforeEach
  void commitAnApp() throws Exception {
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    write("src/app/b.py", "b\n");
    write("src/app/a/inner.txt", "inner\n");
    write("other/file.txt", "not bundled\n");
    commit();
  }

  @Test
  void oneCommitGivesTheSameBytesAndAKeyWithItsId() throws Exception {
    SourceBundle first = SourceBundle.fromHead(repo, SOURCE, false);
    Thread.sleep(1100); // a later time must not change the bytes
    SourceBundle second = SourceBundle.fromHead(repo, SOURCE, false);
    assertArrayEquals(first.zip(), second.zip());
    String head = git.getRepository().resolve("HEAD").name();
    assertEquals("app/" + head + ".zip", first.key());
    assertEquals(head, first.commit());
  }

  @Test
  void onlyTheFolderAsCommittedIsBundledInSortedOrder() throws Exception {
    write("src/app/uncommitted.py", "new\n");
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
        SourceBundle.fromHead(repo, SOURCE, false).zip()))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        names.add(entry.getName());
      }
    }
    assertEquals(List.of("a/inner.txt", "b.py"), names);
  }

  @Test
  void aDirtyTreeIsRefusedUnlessAllowedAndThenTheKeySaysSo() throws Exception {
    write("src/app/b.py", "changed\n");
    DeployException refused = assertThrows(DeployException.class, () -> SourceBundle.fromHead(repo, SOURCE, false));
    assertTrue(refused.getMessage().contains("uncommitted changes"), refused.getMessage());
    assertTrue(SourceBundle.fromHead(repo, SOURCE, true).key().endsWith("-dirty.zip"));
  }

  @Test
  void aFolderNotInTheCommitOrNoRepositoryIsExplained(@TempDir Path elsewhere) {
    DeployException missing = assertThrows(DeployException.class,
        () -> SourceBundle.fromHead(repo, new SourceDirectory("src/none", "x/", "B", "K"), false));
    assertTrue(missing.getMessage().contains("src/none is not in commit"), missing.getMessage());
    DeployException noRepo = assertThrows(DeployException.class, () -> SourceBundle.fromHead(elsewhere, SOURCE, false));
    assertTrue(noRepo.getMessage().contains("not inside a git repository"), noRepo.getMessage());
  }

  private void write(String path, String text) throws Exception {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void commit() throws Exception {
    git.add().addFilepattern(".").call();
    git.commit().setMessage("app").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").setSign(false).call();
  }
}
