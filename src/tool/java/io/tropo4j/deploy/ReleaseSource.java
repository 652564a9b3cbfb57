package io.tropo4j.deploy;

import java.util.Optional;

/**
 * The git side of a deploy: the repository is opened, and the revision resolved, only for a stack
 * that has something to release (a source bundle or static files).
 */
final class ReleaseSource implements AutoCloseable {
  private final DeployRequest request;
  private final GitSource git;
  private Optional<GitSource.Release> release;

  private ReleaseSource(DeployRequest request, GitSource git) {
    this.request = request;
    this.git = git;
  }

  static ReleaseSource of(DeployRequest request) {
    boolean releases = request.stack().source().isPresent() || request.stack().staticFiles().isPresent();
    if (!releases && request.revision() != null) {
      throw new DeployException("stack " + request.stack().name() + " has no source or files to release, so a "
          + "commit means nothing to it; leave the commit out");
    }
    return new ReleaseSource(request, releases ? GitSource.open(request.workTree()) : null);
  }

  /** The commit this deploy releases, or empty for a stack without a release. */
  Optional<GitSource.Release> release() {
    if (release == null) {
      release = git == null ? Optional.empty() : Optional.of(git.release(request.revision(), request.allowDirty()));
    }
    return release;
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
