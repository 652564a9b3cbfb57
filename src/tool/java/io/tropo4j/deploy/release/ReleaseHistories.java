package io.tropo4j.deploy.release;

import io.tropo4j.core.SourceDirectory;
import io.tropo4j.core.StaticFiles;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.ReleaseHistory;
import io.tropo4j.deploy.ReleaseHistory.Release;
import io.tropo4j.deploy.cloudformation.AwsCalls;
import io.tropo4j.deploy.cloudformation.Stacks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Reads a stack's releases from their bucket, and what git knows of each. Internal. */
public final class ReleaseHistories {
  private ReleaseHistories() {}

  public static ReleaseHistory read(io.tropo4j.core.Stack declared, String name, Path workTree, Stacks stacks,
      Optional<ArtifactStore> artifacts, S3Client s3) {
    Optional<Stack> stack = stacks.describe(name);
    Optional<SourceDirectory> source = declared.source();
    Optional<StaticFiles> site = declared.staticFiles();
    List<Found> found = new ArrayList<>();
    String location = null;
    String live = null;
    if (source.isPresent()) {
      live = stack.flatMap(s -> Stacks.parameter(s, source.get().keyParameter())).orElse(null);
      if (artifacts.isPresent()) {
        String bucket = artifacts.get().bucket();
        location = "s3://" + bucket + "/" + source.get().keyPrefix();
        for (S3Object object : list(s3, bucket, source.get().keyPrefix())) {
          String rest = object.key().substring(source.get().keyPrefix().length());
          if (rest.endsWith(".zip") && !rest.contains("/")) {
            found.add(new Found(rest.substring(0, rest.length() - 4), object.key(), object.size(), object.lastModified()));
          }
        }
      }
    } else if (site.isPresent()) {
      live = stack.flatMap(s -> Stacks.parameter(s, site.get().releaseParameter())).orElse(null);
      Optional<String> bucket = stack.flatMap(s -> stacks.physicalId(name, site.get().bucketResource()));
      if (bucket.isPresent()) {
        location = "s3://" + bucket.get() + "/releases/";
        for (S3Object object : list(s3, bucket.get(), "releases/")) {
          String rest = object.key().substring("releases/".length());
          if (rest.endsWith(".json") && !rest.contains("/")) {
            String release = rest.substring(0, rest.length() - 5);
            found.add(new Found(release, release, siteBytes(s3, bucket.get(), object.key()), object.lastModified()));
          }
        }
      }
    } else {
      throw new DeployException("stack " + declared.name() + " has no source or files, so it has no releases");
    }
    List<Release> releases = new ArrayList<>();
    Optional<GitSource> git = GitSource.find(workTree);
    try {
      for (Found f : found) {
        String commit = GitSource.commitOf(f.release());
        Optional<GitSource.Commit> known = git.flatMap(g -> g.find(commit));
        releases.add(new Release(commit, f.release().endsWith(GitSource.DIRTY), known.map(GitSource.Commit::time).orElse(null),
            known.map(GitSource.Commit::subject).orElse(null), f.bytes(), f.uploaded(), f.key().equals(live)));
      }
    } finally {
      git.ifPresent(GitSource::close);
    }
    releases.sort(Comparator.comparing(Release::uploaded).reversed());
    return new ReleaseHistory(name, location, releases);
  }

  /** One release as its bucket shows it; {@code key} is what the stack's parameter holds when it runs it. */
  private record Found(String release, String key, long bytes, Instant uploaded) {}

  private static List<S3Object> list(S3Client s3, String bucket, String prefix) {
    try {
      List<S3Object> objects = new ArrayList<>();
      s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix).delimiter("/")).contents().forEach(objects::add);
      return objects;
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "listing s3://" + bucket + "/" + prefix);
    }
  }

  /** A site release's size, from the manifest written when it was uploaded. */
  private static long siteBytes(S3Client s3, String bucket, String manifest) {
    try {
      return Manifest.bytes(s3.getObjectAsBytes(b -> b.bucket(bucket).key(manifest)).asByteArray()).orElse(0);
    } catch (SdkException e) {
      if (AwsCalls.isInterrupted(e) || AwsCalls.isUnreachable(e)) {
        throw AwsCalls.failure(e, "reading " + manifest + " in s3://" + bucket);
      }
      return 0; // the size is a detail, the listing goes on
    }
  }
}
