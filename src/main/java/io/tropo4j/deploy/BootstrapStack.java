package io.tropo4j.deploy;

import io.tropo4j.core.Output;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Json;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.s3.BucketPolicy;
import io.tropo4j.stacks.Buckets;
import io.tropo4j.stacks.Stack;
import java.util.List;

/**
 * The artifact bucket's stack, one per account and region, created on first deploy: source bundles
 * and large templates go there. Encrypted, versioned, never public, TLS only, and kept if the stack
 * is deleted.
 */
final class BootstrapStack implements Stack {
  static final String STACK_NAME = "tropo4j-bootstrap";
  static final String BUCKET = "ArtifactBucket";

  @Override
  public String name() {
    return STACK_NAME;
  }

  @Override
  public String summary() {
    return "tropo4j's artifact bucket for source bundles and large templates";
  }

  @Override
  public Template build() {
    Template t = new Template().description("tropo4j artifact bucket: source bundles and large templates");
    Bucket bucket = t.add(Buckets.privateBucket(BUCKET)
        .versioningConfiguration(new Bucket.VersioningConfiguration().status("Enabled"))
        .lifecycleConfiguration(new Bucket.LifecycleConfiguration().rules(new Bucket.Rule()
            .id("ExpireReplacedVersions").status("Enabled")
            .noncurrentVersionExpiration(new Bucket.NoncurrentVersionExpiration().noncurrentDays(30)))));
    t.add(new BucketPolicy("ArtifactBucketPolicy").bucket(bucket).policyDocument(Json.object(
        "Version", "2012-10-17",
        "Statement", List.of(Buckets.tlsOnly(bucket)))));
    t.add(new Output("BucketName", bucket.ref()).description("Where tropo4j keeps source bundles and templates"));
    return t;
  }
}
