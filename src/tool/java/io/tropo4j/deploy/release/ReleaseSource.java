package io.tropo4j.deploy.release;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The git side of a deploy: the repository, opened only when the deploy needs it (a release of a
 * bundle, files or stack sources, or an image tagged by the commit), and the release it resolved.
 * Internal.
 */
public final class ReleaseSource implements AutoCloseable {
  private final Path workTree;
  private GitSource git;

  public ReleaseSource(Path workTree) {
    this.workTree = workTree;
  }

  public GitSource git() {
    if (git == null) {
      git = GitSource.open(workTree);
    }
    return git;
  }

  /** The release of a revision (HEAD when null), checked for uncommitted changes to these paths. */
  public GitSource.Release release(String revision, List<String> paths, boolean allowDirty, boolean refuseDirty) {
    return git().release(revision, paths, allowDirty, refuseDirty);
  }

  /**
   * The id of the commit the revision names (HEAD by default): the tag an image release defaults to.
   * The work tree does not matter: the image was built elsewhere, and its tag says from which commit.
   */
  public String commitId(String revision) {
    return git().resolve(revision).id();
  }

  /** The repository, if the work tree is in one: for what only adds detail from git. */
  public Optional<GitSource> find() {
    return git != null ? Optional.of(git) : GitSource.find(workTree).map(found -> git = found);
  }

  @Override
  public void close() {
    if (git != null) {
      git.close();
    }
  }
}
