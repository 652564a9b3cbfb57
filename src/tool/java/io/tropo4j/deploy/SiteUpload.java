package io.tropo4j.deploy;

/**
 * A static site's release in its bucket.
 *
 * @param release the commit id the files are from (with "-dirty" if HEAD went out with local changes)
 * @param uploaded false when the release was complete there already, and nothing was sent
 */
public record SiteUpload(String bucket, String release, int files, long bytes, boolean uploaded) {}
