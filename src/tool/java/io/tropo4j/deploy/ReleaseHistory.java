package io.tropo4j.deploy;

import java.time.Instant;
import java.util.List;
/**
 * The releases of a stack's source that are in their bucket, newest upload first, each with what git
 * knows of its commit and whether the deployed stack runs it now.
 *
 * @param location where they are, e.g. {@code s3://bucket/webapp/}; null when there is no bucket yet
 */
public record ReleaseHistory(String stackName, String location, List<Release> releases) {
  public ReleaseHistory {
    releases = List.copyOf(releases);
  }

  /**
   * @param commit the full commit id
   * @param dirty HEAD went out with local changes under this commit's id
   * @param commitTime when the commit was made, or null if this repository does not have it
   * @param subject the first line of the commit's message, or null likewise
   * @param bytes the bundle's size, or the site's files together
   * @param live the deployed stack runs this release now
   */
  public record Release(String commit, boolean dirty, Instant commitTime, String subject, long bytes,
      Instant uploaded, boolean live) {}
}
