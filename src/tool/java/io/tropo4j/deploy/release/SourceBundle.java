package io.tropo4j.deploy.release;

import io.tropo4j.core.SourceDirectory;
import io.tropo4j.core.ZipArchive;
import io.tropo4j.deploy.DeployException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The application source as committed, zipped with sorted entries and fixed timestamps, so one
 * commit always gives the same bytes and the same key.
 *
 * @param dirty HEAD went out from a work tree with uncommitted changes, as the caller allowed
 * @param key where it goes in the artifact bucket: the prefix, the full commit id, "-dirty" when dirty
 */
public record SourceBundle(String commit, boolean dirty, String key, byte[] zip) {
  /** Bundles {@code source.path()} as of the release's commit. */
  public static SourceBundle of(GitSource git, GitSource.Release release, SourceDirectory source) {
    Map<String, byte[]> files = git.files(release.commit(), source.path());
    if (files.isEmpty()) {
      throw new DeployException(source.path() + " is not in commit " + release.commit().shortId()
          + "; commit it first");
    }
    return new SourceBundle(release.commit().id(), release.dirty(), key(source, release), ZipArchive.of(new TreeMap<>(files)));
  }

  /** The key a release's bundle has, known without making it. */
  public static String key(SourceDirectory source, GitSource.Release release) {
    return source.keyPrefix() + release.id() + ".zip";
  }
}
