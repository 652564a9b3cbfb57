package io.tropo4j.deploy.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.core.SourceDirectory;
import io.tropo4j.deploy.DeployException;
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

  /** The bundle of a revision (null: HEAD), as a deploy makes it. */
  private SourceBundle bundle(String revision, boolean allowDirty) {
    return bundle(repo, SOURCE, revision, allowDirty);
  }

  private static SourceBundle bundle(Path workTree, SourceDirectory source, String revision, boolean allowDirty) {
    try (GitSource git = GitSource.open(workTree)) {
      return SourceBundle.of(git, git.release(revision, List.of(source.path()), allowDirty, true), source);
    }
  }

  @Test
  void oneCommitGivesTheSameBytesAndAKeyWithItsId() throws Exception {
    SourceBundle first = bundle(null, false);
    Thread.sleep(1100); // a later time must not change the bytes
    SourceBundle second = bundle(null, false);
    assertArrayEquals(first.zip(), second.zip());
    String head = git.getRepository().resolve("HEAD").name();
    assertEquals("app/" + head + ".zip", first.key());
    assertEquals(head, first.commit());
  }

  @Test
  void onlyTheFolderAsCommittedIsBundledInSortedOrder() throws Exception {
    write("src/app/uncommitted.py", "new\n"); // a dirty release, allowed: still HEAD's files only
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
        bundle(null, true).zip()))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        names.add(entry.getName());
      }
    }
    assertEquals(List.of("a/inner.txt", "b.py"), names);
  }

  /** Only what the release carries counts: a change elsewhere in the work tree is no dirty release. */
  @Test
  void aChangeOutsideTheReleaseIsNotDirty() throws Exception {
    write("other/file.txt", "edited, not committed\n");
    write("notes.txt", "untracked\n");
    assertFalse(bundle(null, false).dirty());
    write("src/app/new.py", "untracked in the release\n");
    DeployException refused = assertThrows(DeployException.class, () -> bundle(null, false));
    assertTrue(refused.getMessage().startsWith("the release's files (src/app) have uncommitted changes"),
        refused.getMessage());
  }

  @Test
  void aDirtyTreeIsRefusedUnlessAllowedAndThenTheKeySaysSo() throws Exception {
    write("src/app/b.py", "changed\n");
    DeployException refused = assertThrows(DeployException.class, () -> bundle(null, false));
    assertTrue(refused.getMessage().contains("uncommitted changes"), refused.getMessage());
    assertTrue(bundle(null, true).key().endsWith("-dirty.zip"));
  }

  @Test
  void anyRevisionIsBundledFromGitObjectsWhateverTheWorkTreeHolds() throws Exception {
    String first = git.getRepository().resolve("HEAD").name();
    git.tag().setName("v1").setAnnotated(false).call();
    write("src/app/b.py", "second\n");
    commit();
    write("src/app/b.py", "not committed\n"); // a dirty tree does not matter for a named commit
    for (String revision : List.of(first, first.substring(0, 7), "v1", "HEAD~1", "main~1")) {
      SourceBundle bundle = bundle(revision, false);
      assertEquals("app/" + first + ".zip", bundle.key(), revision);
      assertEquals("b\n", unzip(bundle.zip(), "b.py"), revision);
    }
    String head = git.getRepository().resolve("HEAD").name();
    assertEquals("second\n", unzip(bundle("main", false).zip(), "b.py"));
    assertEquals("app/" + head + ".zip", bundle("main", false).key());
  }

  @Test
  void anUnknownRevisionIsOneSentence() {
    for (String revision : List.of("nosuch", "HEAD~5", "0123456789abcdef", "a..b")) {
      DeployException unknown = assertThrows(DeployException.class, () -> bundle(revision, false));
      assertEquals("unknown revision '" + revision + "': no commit, tag or branch of the repository at "
          + repo.toFile() + " has that name", unknown.getMessage());
    }
  }

  private static String unzip(byte[] zip, String name) throws Exception {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        if (entry.getName().equals(name)) {
          return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " is not in the bundle");
  }

  @Test
  void aFolderNotInTheCommitOrNoRepositoryIsExplained(@TempDir Path elsewhere) {
    DeployException missing = assertThrows(DeployException.class,
        () -> bundle(repo, new SourceDirectory("src/none", "x/", "B", "K"), null, false));
    assertTrue(missing.getMessage().contains("src/none is not in commit"), missing.getMessage());
    DeployException noRepo = assertThrows(DeployException.class, () -> bundle(elsewhere, SOURCE, null, false));
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
