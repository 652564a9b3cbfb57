package io.tropo4j.deploy.release;

import io.tropo4j.core.StaticFiles;
import io.tropo4j.deploy.SiteUpload;
import io.tropo4j.deploy.cloudformation.AwsCalls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A static site's release in its bucket: every file of the folder as of one commit under
 * {@code releases/<release>/}, each with its media type and cache policy, then a manifest at
 * {@code releases/<release>.json} written last. A release is complete when its manifest is there,
 * and is then never uploaded again; files of earlier releases stay, so rolling back is a switch.
 */
public final class SiteRelease {
  private final S3Client s3;
  private final String bucket;

  public SiteRelease(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  private static String manifestKey(String release) {
    return "releases/" + release + ".json";
  }

  /** Whether the release's files are all there; only looks. */
  public boolean isComplete(String release) {
    try {
      return exists(manifestKey(release));
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "looking up release " + release + " in s3://" + bucket);
    }
  }

  /** Uploads the files unless the release is complete already. */
  public SiteUpload publish(String release, Map<String, byte[]> files) {
    long bytes = files.values().stream().mapToLong(b -> b.length).sum();
    String manifest = manifestKey(release);
    try {
      if (exists(manifest)) {
        return new SiteUpload(bucket, release, files.size(), bytes, false);
      }
      String prefix = StaticFiles.prefix(release);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        String path = file.getKey();
        s3.putObject(b -> b.bucket(bucket).key(prefix + path).contentType(ContentTypes.contentType(path))
            .cacheControl(ContentTypes.cacheControl(path)), RequestBody.fromBytes(file.getValue()));
      }
      s3.putObject(b -> b.bucket(bucket).key(manifest).contentType("application/json"),
          RequestBody.fromBytes(Manifest.write(release, files.size(), bytes)));
      return new SiteUpload(bucket, release, files.size(), bytes, true);
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "uploading release " + release + " to s3://" + bucket);
    }
  }

  /**
   * The viewer paths whose content differs between two releases' files: changed, added and removed
   * files, and the site's root when its index changed.
   */
  public static List<String> changedPaths(Map<String, byte[]> before, Map<String, byte[]> after) {
    TreeSet<String> paths = new TreeSet<>();
    TreeSet<String> all = new TreeSet<>(before.keySet());
    all.addAll(after.keySet());
    for (String path : all) {
      byte[] old = before.get(path);
      byte[] now = after.get(path);
      if (old == null || now == null || !Arrays.equals(old, now)) {
        paths.add("/" + path);
        if (path.equals("index.html")) {
          paths.add("/");
        }
      }
    }
    return new ArrayList<>(paths);
  }

  /**
   * A switch to a release whose cache invalidation is not done yet: written before the stack switches,
   * removed once CloudFront finished, so that a switch stopped in between is finished by the next
   * deploy of the same release.
   *
   * @param reference the invalidation's caller reference: CloudFront runs one invalidation per reference,
   *     so sending it again after an interruption does not invalidate twice
   */
  public record PendingSwitch(String release, String reference, List<String> paths) {}

  static String switchKey(String release) {
    return "releases/" + release + ".invalidate";
  }

  /** Writes down the switch's invalidation before the stack switches. */
  public void markSwitch(PendingSwitch pending) {
    String text = pending.reference() + "\n" + String.join("\n", pending.paths()) + "\n";
    try {
      s3.putObject(b -> b.bucket(bucket).key(switchKey(pending.release())).contentType("text/plain"),
          RequestBody.fromBytes(text.getBytes(StandardCharsets.UTF_8)));
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "writing the pending invalidation of release " + pending.release() + " to s3://"
          + bucket);
    }
  }

  /** The switch to this release whose invalidation is not done, if one is written down. */
  public Optional<PendingSwitch> pendingSwitch(String release) {
    try {
      if (!exists(switchKey(release))) {
        return Optional.empty();
      }
      String[] lines = s3.getObjectAsBytes(b -> b.bucket(bucket).key(switchKey(release))).asUtf8String().split("\n");
      List<String> paths = new ArrayList<>(Arrays.asList(lines).subList(1, lines.length));
      return Optional.of(new PendingSwitch(release, lines[0], paths));
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "reading the pending invalidation of release " + release + " in s3://" + bucket);
    }
  }

  /** The switch's invalidation is done. */
  public void clearSwitch(String release) {
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(switchKey(release)));
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "removing the pending invalidation of release " + release + " from s3://" + bucket);
    }
  }

  private boolean exists(String key) {
    return S3Objects.exists(s3, bucket, key);
  }
}
