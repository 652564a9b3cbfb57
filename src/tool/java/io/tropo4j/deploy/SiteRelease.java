package io.tropo4j.deploy;

import io.tropo4j.core.StaticFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
final class SiteRelease {
  private final S3Client s3;
  private final String bucket;

  SiteRelease(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  static String manifestKey(String release) {
    return "releases/" + release + ".json";
  }

  /** Whether the release's files are all there; only looks. */
  boolean isComplete(String release) {
    try {
      return exists(manifestKey(release));
    } catch (SdkException e) {
      throw Errors.explain(e, "looking up release " + release + " in s3://" + bucket);
    }
  }

  /** Uploads the files unless the release is complete already. */
  SiteUpload publish(String release, Map<String, byte[]> files) {
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
      String json = "{\"release\": \"" + release + "\", \"files\": " + files.size() + ", \"bytes\": " + bytes + "}\n";
      s3.putObject(b -> b.bucket(bucket).key(manifest).contentType("application/json"),
          RequestBody.fromBytes(json.getBytes(StandardCharsets.UTF_8)));
      return new SiteUpload(bucket, release, files.size(), bytes, true);
    } catch (SdkException e) {
      throw Errors.explain(e, "uploading release " + release + " to s3://" + bucket);
    }
  }

  /**
   * The viewer paths whose content differs between two releases' files: changed, added and removed
   * files, and the site's root when its index changed.
   */
  static List<String> changedPaths(Map<String, byte[]> before, Map<String, byte[]> after) {
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

  private boolean exists(String key) {
    return S3Objects.exists(s3, bucket, key);
  }
}
