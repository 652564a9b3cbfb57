package io.tropo4j.deploy.release;

import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.NextStep;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.StatusCommand;
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
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * The git repository releases come from, read through its objects: what a release contains never
 * depends on the work tree, only on the commit.
 */
public final class GitSource implements AutoCloseable {
  /** A commit: its full id, when it was made, and the first line of its message. */
  public record Commit(String id, Instant time, String subject) {
    public String shortId() {
      return id.substring(0, 12);
    }
  }

  /**
   * The commit a deploy releases.
   *
   * @param dirty HEAD was released from a work tree with uncommitted changes, as the caller allowed
   */
  public record Release(Commit commit, boolean dirty, List<String> changed) {
    public Release {
      changed = List.copyOf(changed);
    }

    /** The release's name: the commit id, and "-dirty" when HEAD went out with local changes. */
    public String id() {
      return commit.id() + (dirty ? DIRTY : "");
    }
  }

  /** What a release's name ends with when HEAD went out with uncommitted changes. */
  public static final String DIRTY = "-dirty";

  /** The commit id of a release's name. */
  public static String commitOf(String releaseId) {
    return releaseId.endsWith(DIRTY) ? releaseId.substring(0, releaseId.length() - DIRTY.length()) : releaseId;
  }

  private final Repository repo;

  private GitSource(Repository repo) {
    this.repo = repo;
  }

  /** The repository that holds {@code workTree}. */
  public static GitSource open(Path workTree) {
    SystemConfig.install();
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
  public static Optional<GitSource> find(Path workTree) {
    SystemConfig.install();
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
   * The release of a revision. With none given it is HEAD, and uncommitted changes to what the
   * release carries ({@code paths}) are refused unless allowed: what goes out is HEAD as committed.
   * A revision given is released as committed, whatever the work tree holds.
   *
   * @param revision anything git names a commit by (full or short id, tag, branch, {@code HEAD~2}), or null
   * @param paths the folders and files the release carries, relative to the work tree's top
   * @param refuseDirty whether uncommitted changes stop the release (a command that only looks says so instead)
   */
  public Release release(String revision, List<String> paths, boolean allowDirty, boolean refuseDirty) {
    Commit commit = resolve(revision);
    List<String> changed = revision == null ? changedOf(paths) : List.of();
    if (!changed.isEmpty() && !allowDirty && refuseDirty) {
      throw new DeployException("the release's files (" + String.join(", ", changed) + ") have uncommitted changes, "
          + "and the release is made from HEAD", null, null, NextStep.COMMIT_OR_ALLOW_DIRTY);
    }
    return new Release(commit, !changed.isEmpty(), changed);
  }

  /** The work tree's top folder. */
  public Path workTree() {
    return repo.getWorkTree().toPath();
  }

  /** The commit a revision names; one sentence when it names none. */
  public Commit resolve(String revision) {
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
  public Optional<Commit> find(String id) {
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

  /**
   * Those of these paths (relative to the work tree's top) under which something differs from HEAD,
   * untracked files included: a new stack source in the folder is compiled from the work tree.
   */
  List<String> changedOf(List<String> paths) {
    try (Git git = new Git(repo)) {
      StatusCommand status = git.status();
      for (String path : paths) {
        status.addPath(path);
      }
      org.eclipse.jgit.api.Status found = status.call();
      java.util.Set<String> files = new java.util.TreeSet<>(found.getUncommittedChanges());
      files.addAll(found.getUntracked());
      List<String> changed = new java.util.ArrayList<>();
      for (String path : paths) {
        for (String file : files) {
          if (file.equals(path) || file.startsWith(path.endsWith("/") ? path : path + "/")) {
            changed.add(path);
            break;
          }
        }
      }
      return changed;
    } catch (GitAPIException e) {
      throw new DeployException("cannot read the status of the git repository at " + repo.getWorkTree() + ": "
          + e.getMessage(), e);
    }
  }

  /** Every file of the folder in the commit, by its path inside the folder, sorted; empty if it has none. */
  public Map<String, byte[]> files(Commit commit, String folder) {
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

  /**
   * Every file under these paths (folders or files, from the repository's top) in the commit, by its
   * path from the top; a path the commit does not have brings nothing.
   */
  public Map<String, byte[]> filesUnder(Commit commit, List<String> paths) {
    Map<String, byte[]> files = new TreeMap<>();
    if (paths.isEmpty()) {
      return files;
    }
    try (RevWalk revWalk = new RevWalk(repo); TreeWalk walk = new TreeWalk(repo)) {
      walk.addTree(revWalk.parseCommit(ObjectId.fromString(commit.id())).getTree());
      walk.setRecursive(true);
      walk.setFilter(PathFilterGroup.createFromStrings(paths));
      while (walk.next()) {
        if (walk.getFileMode(0) != FileMode.GITLINK) {
          files.put(walk.getPathString(), repo.open(walk.getObjectId(0)).getBytes());
        }
      }
    } catch (IOException e) {
      throw new DeployException("cannot read " + String.join(", ", paths) + " of commit " + commit.shortId() + ": "
          + e.getMessage(), e);
    }
    return files;
  }

  @Override
  public void close() {
    repo.close();
  }
}
