package io.tropo4j.deploy;

import io.tropo4j.core.SourceDirectory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The application source as committed at HEAD (not the work tree), zipped with sorted entries and
 * fixed timestamps, so one commit always gives the same bytes and the same key.
 *
 * @param dirty the work tree had uncommitted changes, and the caller allowed it
 * @param key where it goes in the artifact bucket: the prefix, the commit id, "-dirty" when dirty
 */
record SourceBundle(String commit, boolean dirty, String key, byte[] zip) {
  /** DOS time starts in 1980; any fixed time would do. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  /** Bundles {@code source.path()} of the repository that holds {@code workTree}. */
  static SourceBundle fromHead(Path workTree, SourceDirectory source, boolean allowDirty) {
    try (Repository repo = open(workTree); Git git = new Git(repo)) {
      ObjectId head = repo.resolve(Constants.HEAD);
      if (head == null) {
        throw new DeployException("the repository at " + repo.getWorkTree() + " has no commit yet; commit "
            + source.path() + " first");
      }
      boolean dirty = git.status().call().hasUncommittedChanges();
      if (dirty && !allowDirty) {
        throw new DeployException("the work tree has uncommitted changes, and the bundle is made from HEAD",
            null, null, NextStep.COMMIT_OR_ALLOW_DIRTY);
      }
      try (RevWalk revWalk = new RevWalk(repo)) {
        RevCommit commit = revWalk.parseCommit(head);
        Map<String, byte[]> files = files(repo, commit, source.path());
        if (files.isEmpty()) {
          throw new DeployException(source.path() + " is not in commit " + commit.name().substring(0, 12)
              + "; commit it first");
        }
        String key = source.keyPrefix() + commit.name() + (dirty ? "-dirty" : "") + ".zip";
        return new SourceBundle(commit.name(), dirty, key, zip(files));
      }
    } catch (IOException e) {
      throw new DeployException("cannot read the git repository at " + workTree + ": " + e.getMessage(), e);
    } catch (GitAPIException e) {
      throw new DeployException("cannot read the status of the git repository at " + workTree + ": "
          + e.getMessage(), e);
    }
  }

  private static Repository open(Path workTree) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(workTree.toFile());
    if (builder.getGitDir() == null) {
      throw new DeployException(workTree.toAbsolutePath() + " is not inside a git repository; the source "
          + "bundle is versioned by its commit");
    }
    return builder.build();
  }

  /** Path inside the folder to contents, sorted, for every file of the folder in the commit. */
  private static Map<String, byte[]> files(Repository repo, RevCommit commit, String folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    try (TreeWalk walk = new TreeWalk(repo)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      walk.setFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
      while (walk.next()) {
        if (walk.getFileMode(0) == FileMode.GITLINK) {
          continue;
        }
        files.put(walk.getPathString().substring(prefix.length()), repo.open(walk.getObjectId(0)).getBytes());
      }
    }
    return files;
  }

  private static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey());
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
