package io.tropo4j.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
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
 * The git repository releases come from, read through its objects: what a release contains never
 * depends on the work tree, only on the commit.
 */
final class GitSource implements AutoCloseable {
  /** A commit: its full id, when it was made, and the first line of its message. */
  record Commit(String id, Instant time, String subject) {
    String shortId() {
      return id.substring(0, 12);
    }
  }

  /**
   * The commit a deploy releases.
   *
   * @param dirty HEAD was released from a work tree with uncommitted changes, as the caller allowed
   */
  record Release(Commit commit, boolean dirty) {}

  private final Repository repo;

  private GitSource(Repository repo) {
    this.repo = repo;
  }

  /** The repository that holds {@code workTree}. */
  static GitSource open(Path workTree) {
    try {
      FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(workTree.toFile());
      if (builder.getGitDir() == null) {
        throw new DeployException(workTree.toAbsolutePath() + " is not inside a git repository; releases are "
            + "versioned by their commit");
      }
      return new GitSource(builder.build());
    } catch (IOException e) {
      throw new DeployException("cannot open the git repository at " + workTree + ": " + e.getMessage(), e);
    }
  }

  /** The repository that holds {@code workTree}, if there is one: for what only adds detail from git. */
  static Optional<GitSource> find(Path workTree) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(workTree.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GitSource(builder.build()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The release of a revision. With none given it is HEAD, and a work tree with uncommitted changes is
   * refused unless allowed: what goes out is HEAD as committed, not the edits. A revision given is
   * released as committed, whatever the work tree holds.
   *
   * @param revision anything git names a commit by (full or short id, tag, branch, {@code HEAD~2}), or null
   */
  Release release(String revision, boolean allowDirty) {
    Commit commit = resolve(revision);
    boolean dirty = revision == null && hasUncommittedChanges();
    if (dirty && !allowDirty) {
      throw new DeployException("the work tree has uncommitted changes, and the release is made from HEAD", null,
          null, NextStep.COMMIT_OR_ALLOW_DIRTY);
    }
    return new Release(commit, dirty);
  }

  /** The commit a revision names; one sentence when it names none. */
  Commit resolve(String revision) {
    String name = revision == null ? Constants.HEAD : revision;
    ObjectId id;
    try {
      id = repo.resolve(name + "^{commit}");
    } catch (RevisionSyntaxException | IOException e) {
      id = null;
    }
    if (id == null) {
      throw new DeployException(revision == null
          ? "the repository at " + repo.getWorkTree() + " has no commit yet; commit the source first"
          : "unknown revision '" + revision + "': no commit, tag or branch of the repository at "
              + repo.getWorkTree() + " has that name");
    }
    return find(id.name()).orElseThrow();
  }

  /** The commit of that full id, if the repository has it. */
  Optional<Commit> find(String id) {
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(ObjectId.fromString(id));
      return Optional.of(new Commit(commit.name(), Instant.ofEpochSecond(commit.getCommitTime()),
          commit.getShortMessage()));
    } catch (MissingObjectException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new DeployException("cannot read commit " + id + " of the git repository at " + repo.getWorkTree()
          + ": " + e.getMessage(), e);
    }
  }

  private boolean hasUncommittedChanges() {
    try (Git git = new Git(repo)) {
      return git.status().call().hasUncommittedChanges();
    } catch (GitAPIException e) {
      throw new DeployException("cannot read the status of the git repository at " + repo.getWorkTree() + ": "
          + e.getMessage(), e);
    }
  }

  /** Every file of the folder in the commit, by its path inside the folder, sorted; empty if it has none. */
  Map<String, byte[]> files(Commit commit, String folder) {
    Map<String, byte[]> files = new TreeMap<>();
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    try (RevWalk revWalk = new RevWalk(repo); TreeWalk walk = new TreeWalk(repo)) {
      walk.addTree(revWalk.parseCommit(ObjectId.fromString(commit.id())).getTree());
      walk.setRecursive(true);
      walk.setFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
      while (walk.next()) {
        if (walk.getFileMode(0) == FileMode.GITLINK) {
          continue;
        }
        files.put(walk.getPathString().substring(prefix.length()), repo.open(walk.getObjectId(0)).getBytes());
      }
    } catch (IOException e) {
      throw new DeployException("cannot read " + folder + " of commit " + commit.shortId() + ": " + e.getMessage(), e);
    }
    return files;
  }

  @Override
  public void close() {
    repo.close();
  }
}
