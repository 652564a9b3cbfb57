package io.tropo4j.core;

/**
 * Files a stack serves as they are, such as a single-page app: a folder of the repository that the
 * deployer uploads, as of a commit, into a bucket of the stack under {@code releases/<commit>/}, then
 * names in the stack's release parameter. Switching releases is one stack update of that parameter,
 * after which the deployer invalidates the distribution's cache for the files that changed.
 *
 * <p>The stack must build with an empty release parameter, creating the bucket and nothing that
 * serves from it: a first create makes the stack so, uploads, then sets the release, so no moment
 * exists in which the live path has no files.
 *
 * @param path the folder, relative to the repository root, e.g. {@code src/site}
 * @param bucketResource the logical ID of the bucket the files go to
 * @param releaseParameter the parameter that takes the release's commit id; empty means none yet
 * @param distributionResource the logical ID of the CloudFront distribution that serves them, or null
 */
public record StaticFiles(String path, String bucketResource, String releaseParameter, String distributionResource) {
  /** Where a release's files go in the bucket: the origin path is this with a leading slash. */
  public static String prefix(String commit) {
    return "releases/" + commit + "/";
  }
}
