package io.tropo4j.deploy;

import java.util.Optional;

/**
 * The git side of a deploy: the repository is opened, and the revision resolved, only for a stack
 * that has something to release (a source bundle or static files), or whose container image is
 * released by the commit's id.
 */
final class ReleaseSource implements AutoCloseable {
  private final DeployRequest request;
  private GitSource git;
  private Optional<GitSource.Release> release;

  private ReleaseSource(DeployRequest request, GitSource git) {
    this.request = request;
    this.git = git;
  }

  static ReleaseSource of(DeployRequest request) {
    boolean releases = request.stack().source().isPresent() || request.stack().staticFiles().isPresent();
    if (!releases && request.revision() != null
        && (request.stack().containerImage().isEmpty() || request.imageTag() != null)) {
      throw new DeployException("stack " + request.stack().name() + " has no source or files to release, so a "
          + "commit means nothing to it; leave the commit out");
    }
    return new ReleaseSource(request, releases ? GitSource.open(request.workTree()) : null);
  }

  /** The commit this deploy releases, or empty for a stack without a release. */
  Optional<GitSource.Release> release() {
    if (release == null) {
      boolean releases = request.stack().source().isPresent() || request.stack().staticFiles().isPresent();
      release = releases ? Optional.of(git.release(request.revision(), request.allowDirty())) : Optional.empty();
    }
    return release;
  }

  /**
   * The id of the commit the revision names (HEAD by default): the tag an image release defaults to.
   * The work tree does not matter: the image was built elsewhere, and its tag says from which commit.
   */
  String commitId() {
    if (git == null) {
      git = GitSource.open(request.workTree());
    }
    return git.resolve(request.revision()).id();
  }

  GitSource git() {
    return git;
  }

  @Override
  public void close() {
    if (git != null) {
      git.close();
    }
  }
}
